import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { readSettingsVersion } from '../store/change-signals.js';
import { changeProbeOf } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { PageCaching } from './page-cache/send.js';
import { loadSettings, type Settings } from '../store/settings.js';

/** What every route needs; built once per process. */
export interface WebContext {
  db: Kysely<Database>;
  config: Config;
  secret: string;
  /** Current settings; a change made through changeSettings on any node shows on the next call. */
  settings(): Promise<Settings>;
  /** This node's cache of public pages; absent or null, pages are rendered every time. */
  pages?: PageCaching | null;
}

const settingsOfRequest = new WeakMap<FastifyRequest, Promise<Settings>>();

/**
 * The settings as one request sees them: read once however many steps of its handling ask (each
 * read of the cache may cost a query: the version check). A failed read is not kept.
 */
export function requestSettings(ctx: Pick<WebContext, 'settings'>, request: FastifyRequest): Promise<Settings> {
  let settings = settingsOfRequest.get(request);
  if (!settings) {
    settings = ctx.settings();
    settingsOfRequest.set(request, settings);
    settings.catch(() => settingsOfRequest.delete(request));
  }
  return settings;
}

/** The context for one request's handling: its settings() is requestSettings(), for helpers that take a context. */
export function requestContext(ctx: WebContext, request: FastifyRequest): WebContext {
  return { ...ctx, settings: () => requestSettings(ctx, request) };
}

/** What a process does to the settings cache from outside it (see serve()). */
export interface SettingsCacheControl {
  /** Drops the kept copy; the next read loads afresh. */
  invalidate(): void;
  /**
   * True while every change is known to arrive as invalidate() (a PostgreSQL LISTEN is up):
   * reads then skip the version check. False (the default) checks the version on every read.
   */
  setNotified(notified: boolean): void;
}

interface Kept {
  settings: Promise<Settings>;
  /** The settings version read before the settings were; null before any change was signalled. */
  version: string | null;
  until: number;
}

const controls = new WeakMap<() => Promise<Settings>, SettingsCacheControl>();

/**
 * Settings kept in memory and dropped on change. Without notifications each read compares the
 * settings version (one primary-key read) and reloads when another process changed it; with
 * them (setNotified(true)) reads are free until invalidate(). Either way a copy older than
 * `ttlMs` is reloaded, for a change that bypassed changeSettings or a missed notification.
 */
export function settingsCache(db: Kysely<Database>, ttlMs: number): () => Promise<Settings> {
  let kept: Kept | null = null;
  let notified = false;

  const load = (version: string | null): Promise<Settings> => {
    const settings = loadSettings(db);
    const entry: Kept = { settings, version, until: Date.now() + ttlMs };
    kept = entry;
    settings.catch(() => {
      if (kept === entry) kept = null;
    });
    return settings;
  };

  const probe = changeProbeOf(db);
  /** SQLite's change probe read before the kept copy's version was: equal again, nothing was written since. */
  let probedBeforeVersion: string | null = null;
  const check = async (): Promise<Settings> => {
    const probed = probe?.() ?? null;
    if (probed !== null && probed === probedBeforeVersion && kept && kept.until >= Date.now()) return kept.settings;
    const version = await readSettingsVersion(db);
    if (kept && kept.version === version && kept.until >= Date.now()) {
      probedBeforeVersion = probed;
      return kept.settings;
    }
    const settings = load(version);
    await settings;
    probedBeforeVersion = probed;
    return settings;
  };

  const read = (): Promise<Settings> => {
    if (notified) {
      if (kept && kept.until >= Date.now()) return kept.settings;
      // The version is not needed while notifications arrive; any value marks the copy.
      return load(kept?.version ?? null);
    }
    // Not shared between concurrent reads: a read that starts after a change must see it.
    return check();
  };

  controls.set(read, {
    invalidate: () => {
      kept = null;
    },
    setNotified: (on) => {
      notified = on;
      kept = null;
    },
  });
  return read;
}

/** The control of a context's settings cache, when its settings come from settingsCache(). */
export function settingsCacheControl(context: Pick<WebContext, 'settings'>): SettingsCacheControl | undefined {
  return controls.get(context.settings);
}
