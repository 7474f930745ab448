import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseFilterRules } from '../ingest/filters.js';
import type { Database } from './schema.js';
import { writeSettingsRow } from './settings-rows.js';

/** Every setting the desk reads, with its default. Stored as JSON in `settings` when changed. */
export interface Settings {
  siteName: string;
  siteTagline: string;
  /** Nesting depth of replies shown and offered (WordPress's thread_comments_depth). */
  threadDepth: number;
  /** Hold a comment with this many links or more (WordPress's comment_max_links). */
  commentMaxLinks: number;
  /** Hold a comment whose author has no earlier approved comment (WordPress's comment_previously_approved). */
  requirePriorApproval: boolean;
  /** No two comments from one address or email within this many seconds. */
  floodSeconds: number;
  /** A form sent sooner than this after it was rendered is refused as a likely bot. */
  minFillSeconds: number;
  /** A rendered form older than this must be reloaded. */
  formTokenMaxAgeHours: number;
  articlesPerPage: number;
  /** Show the top stories (those most outlets report) above the latest articles on the home page. */
  homeShowsStories: boolean;
  /** IANA time zone that dates are shown in. */
  timeZone: string;
  /** Feed and page fetches running at once over all hosts (one per host at most). */
  maxConcurrentFetches: number;
  /** Keep/block rules for every source, as a JSON array (see src/ingest/filters.ts). */
  globalFilters: string;
  /** Remove articles older than this many days that nobody commented on; 0 keeps everything. */
  retentionDays: number;
  /** One word or phrase per line; a match in author, email, URL, text, address or user agent holds the comment. */
  moderationWords: string;
  /** One word or phrase per line; a match sends the comment to spam (WordPress's disallowed keys). */
  disallowedWords: string;
  /** Hold every comment for moderation. */
  holdAllComments: boolean;
  /** Close comments on articles older than this many days; 0 keeps them open (WordPress offers 14). */
  closeCommentsAfterDays: number;
  /** Top-level threads per page under an article, newest page first (WordPress's default 50). */
  commentsPerPage: number;
  /** One per line: an email address, or an address range in CIDR form (192.0.2.0/24, 2001:db8::/32). */
  blockedAuthors: string;
  /** Comments one address may post per minute; 0 turns the limit off. */
  commentsPerMinutePerAddress: number;
  /** Email moderators about each held comment. */
  notifyModeratorsOfHeld: boolean;
  /** Trash and spam older than this many days are deleted for good; 0 keeps them. */
  emptyTrashAfterDays: number;
  /** A spam model score (0–100) at or above this holds the comment; the default is data/spam/model.json's threshold. */
  spamScoreHold: number;
  /** A spam model score at or above this sends the comment to spam; the default is data/spam/model.json's threshold. */
  spamScoreSpam: number;
}

export const defaultSettings: Settings = {
  siteName: 'Newsdesk',
  siteTagline: 'The news, attributed, and a place to talk about it.',
  threadDepth: 5,
  commentMaxLinks: 2,
  requirePriorApproval: true,
  floodSeconds: 15,
  minFillSeconds: 3,
  formTokenMaxAgeHours: 24,
  articlesPerPage: 20,
  homeShowsStories: true,
  timeZone: 'UTC',
  maxConcurrentFetches: 4,
  globalFilters: '[]',
  retentionDays: 0,
  moderationWords: '',
  disallowedWords: '',
  holdAllComments: false,
  closeCommentsAfterDays: 0,
  commentsPerPage: 50,
  blockedAuthors: '',
  commentsPerMinutePerAddress: 5,
  notifyModeratorsOfHeld: true,
  emptyTrashAfterDays: 30,
  spamScoreHold: 48,
  spamScoreSpam: 71,
};

export type SettingKey = keyof Settings;

const SECRET_KEY = 'secret';

export async function loadSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const settings = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    const raw = stored.get(key);
    if (raw !== undefined) Object.assign(settings, { [key]: parseSetting(key, raw) });
  }
  return settings;
}

/** Parses and checks one setting's value; throws a message fit for the person who typed it. */
export function parseSetting<K extends SettingKey>(key: K, json: string): Settings[K] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${key}: not valid JSON: ${json}`);
  }
  const expected = typeof defaultSettings[key];
  if (typeof value !== expected) throw new Error(`${key} must be a ${expected}, got ${JSON.stringify(value)}`);
  if (expected === 'number' && (!Number.isFinite(value) || (value as number) < 0)) {
    throw new Error(`${key} must be a number of zero or more`);
  }
  if (key === 'globalFilters') parseFilterRules(value as string);
  if (key === 'timeZone' && !isTimeZone(value as string)) {
    throw new Error(`timeZone must be an IANA time zone such as "Europe/Lisbon" or "UTC", got ${JSON.stringify(value)}`);
  }
  return value as Settings[K];
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export async function saveSetting<K extends SettingKey>(db: Kysely<Database>, key: K, value: Settings[K]): Promise<void> {
  const json = JSON.stringify(value);
  parseSetting(key, json);
  await writeSettingsRow(db, key, json);
}

/**
 * The desk's signing secret: created once and kept in the database, so every node
 * sharing the database signs alike and restarts keep cookies and form tokens valid.
 */
export async function ensureSecret(db: Kysely<Database>): Promise<string> {
  const candidate = JSON.stringify(randomBytes(32).toString('base64url'));
  await db.insertInto('settings').values({ key: SECRET_KEY, value: candidate }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', SECRET_KEY).executeTakeFirstOrThrow();
  return JSON.parse(row.value) as string;
}
