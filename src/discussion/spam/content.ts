import type { Settings } from '../../store/settings.js';
import type { CommentDraft } from '../comment-form.js';
import { countLinks } from '../markdown.js';
import { matchBlockedAuthor, matchWordList, type ListMatch } from './lists.js';
import { scoreComment, topFeatures, type SpamModel } from './model.js';

/*
 * What the comment itself says about spam, before anything is looked up in the store:
 * links, the moderators' lists and the spam model's score. postComment, the evaluation
 * (eval/run.ts) and `newsdesk spam classify` all gather it here, so what is measured is what
 * readers meet.
 */

export interface ContentSubject {
  /** The author's fields and the text, as validated. */
  draft: Pick<CommentDraft, 'body' | 'authorName' | 'authorEmail' | 'authorUrl'>;
  /** The rendered, sanitized comment. */
  bodyHtml: string;
  /** The raw client address: matched against the lists, never stored. */
  clientAddress: string;
  userAgent: string;
  articleLanguage: string | null;
}

/** What the spam model made of a text: its score, which version gave it, and why (only when it objects). */
export interface SpamVerdict {
  score: number;
  version: number;
  /** The features that pushed the score up most; empty when the score holds nothing. */
  features: { feature: string; weight: number }[];
}

export interface ContentFacts {
  linkCount: number;
  /** The blocked-authors line that matched: "email" or "address", never the address itself. */
  blockedAuthor: 'email' | 'address' | null;
  disallowedWord: ListMatch | null;
  moderationWord: ListMatch | null;
  spamScore: SpamVerdict;
}

export type ContentSettings = Pick<Settings, 'moderationWords' | 'disallowedWords' | 'blockedAuthors' | 'spamScoreHold'>;

/** How many features a held comment shows moderators. */
const SHOWN_FEATURES = 5;

export function gatherContentFacts(subject: ContentSubject, settings: ContentSettings, model: SpamModel): ContentFacts {
  const { draft } = subject;
  const listSubject = {
    author: draft.authorName,
    email: draft.authorEmail,
    url: draft.authorUrl ?? '',
    text: draft.body,
    address: subject.clientAddress,
    userAgent: subject.userAgent,
  };
  const blocked = matchBlockedAuthor(settings.blockedAuthors, draft.authorEmail, subject.clientAddress);
  return {
    linkCount: countLinks(subject.bodyHtml),
    blockedAuthor: blocked === null ? null : blocked.includes('@') ? 'email' : 'address',
    disallowedWord: matchWordList(settings.disallowedWords, listSubject),
    moderationWord: matchWordList(settings.moderationWords, listSubject),
    spamScore: spamVerdict(model, { text: draft.body, url: draft.authorUrl }, settings.spamScoreHold),
  };
}

/** What a comment row keeps of the verdict: the score, the version, and the features when there are any. */
export function storedSpamVerdict(verdict: SpamVerdict | null): { spamScore: number | null; spamModelVersion: number | null; spamFeatures: string | null } {
  if (!verdict) return { spamScore: null, spamModelVersion: null, spamFeatures: null };
  return { spamScore: verdict.score, spamModelVersion: verdict.version, spamFeatures: verdict.features.length > 0 ? JSON.stringify(verdict.features) : null };
}

/** The features a row keeps (storedSpamVerdict), read back for moderators; nothing when absent or unreadable. */
export function readStoredFeatures(json: string | null): { feature: string; weight: number }[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((f): f is { feature: string; weight: number } => typeof f?.feature === 'string' && typeof f?.weight === 'number');
  } catch {
    return [];
  }
}

function spamVerdict(model: SpamModel, input: { text: string; url: string | null }, hold: number): SpamVerdict {
  const { score, version } = scoreComment(model, input);
  // Naming the features costs a second pass, so only a text the score objects to gets it.
  const features = hold > 0 && score >= hold ? topFeatures(model, input, SHOWN_FEATURES) : [];
  return { score, version, features };
}
