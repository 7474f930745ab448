import type { Settings } from '../../store/settings.js';
import type { CommentDraft } from '../comment-form.js';
import { countLinks } from '../markdown.js';
import { matchBlockedAuthor, matchWordList, type ListMatch } from './lists.js';
import { scoreComment, type SpamScore } from './score.js';

/*
 * What the comment itself says about spam, before anything is looked up in the store:
 * links, the moderators' lists and the content score. postComment and the evaluation
 * (eval/run.ts) both gather it here, so the evaluation measures the rules readers meet.
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

export interface ContentFacts {
  linkCount: number;
  /** The blocked-authors line that matched: "email" or "address", never the address itself. */
  blockedAuthor: 'email' | 'address' | null;
  disallowedWord: ListMatch | null;
  moderationWord: ListMatch | null;
  spamScore: SpamScore;
}

export type ContentSettings = Pick<Settings, 'moderationWords' | 'disallowedWords' | 'blockedAuthors'>;

export function gatherContentFacts(subject: ContentSubject, settings: ContentSettings): ContentFacts {
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
    spamScore: scoreComment({
      authorName: draft.authorName,
      authorEmail: draft.authorEmail,
      authorUrl: draft.authorUrl,
      body: draft.body,
      bodyHtml: subject.bodyHtml,
      userAgent: subject.userAgent,
      articleLanguage: subject.articleLanguage,
    }),
  };
}
