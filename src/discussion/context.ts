import type { AkismetService } from './spam/akismet.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Settings } from '../store/settings.js';
import type { ExamineContent } from './examine.js';

/** What the discussion flow and its commands need: the store (or the transaction of the change), the desk's secret and settings. */
export interface DiscussionContext {
  db: Kysely<Database>;
  secret: string;
  settings: Settings;
  /** The desk's public address, for links in mail. */
  publicUrl: string;
  /** The Akismet-compatible service, when a key is configured. */
  akismet?: AkismetService | undefined;
  now?: () => Date;
  /** Where problems that must not stop a reader or a moderator are reported (console.warn when absent). */
  warn?: ((message: string) => void) | undefined;
  /** How a comment's text is examined (examineContent when absent; a test may watch it). */
  examine?: ExamineContent | undefined;
}
