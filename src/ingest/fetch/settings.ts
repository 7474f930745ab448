import { readFileSync } from 'node:fs';
import { loadConfig, type Config } from '../../config.js';

/*
 * What the fetcher needs from the desk's configuration (src/config.ts reads the environment).
 * The pipeline passes fetchSettingsFor(config) down in FetchOptions; fetchResource falls back
 * to the safe defaults of an empty environment for anything the options leave out.
 */

export interface FetchSettings {
  /** NEWSDESK_ALLOW_PRIVATE_FEEDS=1 (or "true"): feeds on private and local addresses may be fetched. */
  allowPrivateAddresses: boolean;
  /** Newsdesk/<version> (+<NEWSDESK_PUBLIC_URL or http://localhost:3000>) */
  userAgent: string;
}

export function fetchSettingsFor(config: Pick<Config, 'allowPrivateFeeds' | 'publicUrl'>): FetchSettings {
  return { allowPrivateAddresses: config.allowPrivateFeeds, userAgent: defaultUserAgent(config.publicUrl) };
}

/** The settings a given set of variables implies; without one, those of an empty environment (private addresses refused). */
export function fetchSettingsFromEnv(env: NodeJS.ProcessEnv = {}): FetchSettings {
  return { allowPrivateAddresses: loadConfig(env).allowPrivateFeeds, userAgent: defaultUserAgent(env.NEWSDESK_PUBLIC_URL) };
}

export function defaultUserAgent(publicUrl: string | undefined): string {
  const url = (publicUrl?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
  return `Newsdesk/${newsdeskVersion()} (+${url})`;
}

let version: string | undefined;

/** From package.json, which sits three folders up from both src/ingest/fetch and dist/ingest/fetch. */
export function newsdeskVersion(): string {
  if (version === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
      version = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
