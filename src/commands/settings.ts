import type { Kysely } from 'kysely';
import { writeAudit } from '../store/audit.js';
import { signalSettingsChanged } from '../store/change-signals.js';
import type { Database } from '../store/schema.js';
import { defaultSettings, loadSettings, saveSetting, type SettingKey, type Settings } from '../store/settings.js';
import { allowedIn, type CommandActor, type Forbidden } from './actor.js';

/** For each setting that changed, its value before and after. */
export type SettingChanges = Partial<Record<SettingKey, { from: unknown; to: unknown }>>;

/**
 * Saves the settings that differ from the stored ones and records one audit entry listing each
 * change, whether staff changed them on the settings page or with `newsdesk settings set`.
 * Settings given with their current value change nothing and are not logged. Only roles with the
 * settings area (and the operator) may change them.
 */
export async function changeSettings(db: Kysely<Database>, actor: CommandActor, next: Partial<Settings>, now: Date = new Date()): Promise<Forbidden | { kind: 'saved'; changes: SettingChanges }> {
  const allowed = allowedIn(actor, 'settings');
  if (allowed.kind === 'forbidden') return allowed;
  const changes = await db.transaction().execute(async (trx) => {
    const current = await loadSettings(trx);
    const changes: SettingChanges = {};
    for (const key of Object.keys(defaultSettings) as SettingKey[]) {
      const value = next[key];
      if (value === undefined || value === current[key]) continue;
      await saveSetting(trx, key, value as never);
      changes[key] = { from: current[key], to: value };
    }
    if (Object.keys(changes).length > 0) {
      await writeAudit(trx, allowed.audit, { action: 'settings.change', targetType: 'settings', details: changes }, now);
      // Every node drops its cached settings when this commits.
      await signalSettingsChanged(trx);
    }
    return changes;
  });
  return { kind: 'saved', changes };
}
