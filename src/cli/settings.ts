import type { Config } from '../config.js';
import { changeSettings } from '../commands/settings.js';
import { operator } from '../commands/actor.js';
import { defaultSettings, loadSettings, parseSetting, type SettingKey } from '../store/settings.js';
import { UsageError, withDesk } from './shared.js';

export async function settingsCommand(config: Config, args: string[]): Promise<number> {
  const [action, key, value] = args;
  if (action === 'list') {
    return withDesk(config, async ({ store }) => {
      const settings = await loadSettings(store.db);
      for (const [k, v] of Object.entries(settings)) console.log(`${k} = ${JSON.stringify(v)}`);
    });
  }
  if (action === 'set' && key && value !== undefined) {
    if (!Object.hasOwn(defaultSettings, key)) throw new UsageError(`unknown setting "${key}"; known: ${Object.keys(defaultSettings).join(', ')}`);
    const settingKey = key as SettingKey;
    let parsed;
    try {
      parsed = parseSetting(settingKey, value);
    } catch {
      // Let people type plain words for text settings: settings set siteName My Desk
      try {
        parsed = parseSetting(settingKey, JSON.stringify(args.slice(2).join(' ')));
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    }
    return withDesk(config, async ({ store }) => {
      const saved = await changeSettings(store.db, operator, { [settingKey]: parsed });
      if (saved.kind === 'forbidden') throw new Error(saved.message);
      console.log(`${key} = ${JSON.stringify(parsed)}${Object.keys(saved.changes).length === 0 ? ' (unchanged)' : ''}`);
    });
  }
  throw new UsageError('settings needs list, or set KEY VALUE');
}

