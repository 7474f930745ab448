import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { CommentDraft } from './comment-form.js';
import { renderCommentMarkdown } from './markdown.js';
import type { ContentVerdictFacts } from './moderation.js';
import { gatherContentFacts, type ContentSettings } from './spam/content.js';
import { currentSpamModel } from './spam/model-store.js';

/*
 * The costly look at a comment's text: the Markdown rendering and the content facts (links, the
 * moderators' lists, the spam model's score with the desk's active model). A new comment has it only after
 * every cheap rule let it through (post-comment.ts); an author's edit has it every time
 * (own-comments.ts). Both then meet the same content rules (moderation.ts, judgeContent).
 */

export interface ExamineSubject {
  /** The author's fields and the text, as validated. */
  draft: Pick<CommentDraft, 'body' | 'authorName' | 'authorEmail' | 'authorUrl'>;
  /** The raw client address: matched against the lists, never stored. */
  clientAddress: string;
  userAgent: string;
  articleLanguage: string | null;
}

export interface ExaminedContent {
  /** The rendered, sanitized text: what is stored and shown. */
  bodyHtml: string;
  facts: ContentVerdictFacts;
}

/** How a text is examined: examineContent, unless a test watches what is examined. */
export type ExamineContent = (db: Kysely<Database>, settings: ContentSettings, subject: ExamineSubject) => Promise<ExaminedContent>;

export const examineContent: ExamineContent = async (db, settings, subject) => {
  const { draft } = subject;
  const bodyHtml = renderCommentMarkdown(draft.body);
  const content = gatherContentFacts(
    {
      draft,
      bodyHtml,
      clientAddress: subject.clientAddress,
      userAgent: subject.userAgent,
      articleLanguage: subject.articleLanguage,
    },
    settings,
    currentSpamModel(db),
  );
  return { bodyHtml, facts: content };
};
