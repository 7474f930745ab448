import { readFileSync } from 'node:fs';

/*
 * The one place the fetcher reads the environment. The pipeline may call fetchSettingsFromEnv()
 * itself (e.g. with the worker's env) and pass the values down in FetchOptions; fetchResource
 * falls back to fetchSettingsFromEnv(process.env) for anything the options leave out.
 */

export interface FetchSettings {
  /** NEWSDESK_ALLOW_PRIVATE_FEEDS=1 (or "true"): feeds on private and local addresses may be fetched. */
  allowPrivateAddresses: boolean;
  /** Newsdesk/<version> (+<NEWSDESK_PUBLIC_URL or http://localhost:3000>) */
  userAgent: string;
}

export function fetchSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): FetchSettings {
  const flag = env.NEWSDESK_ALLOW_PRIVATE_FEEDS?.trim().toLowerCase();
  return {
    allowPrivateAddresses: flag === '1' || flag === 'true',
    userAgent: defaultUserAgent(env.NEWSDESK_PUBLIC_URL),
  };
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
