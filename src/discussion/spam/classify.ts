import { emptyCommentForm, validateCommentForm } from '../comment-form.js';
import { renderCommentMarkdown } from '../markdown.js';
import { decideComment, type CommentFacts, type ModerationSettings } from '../moderation.js';
import { defaultSettings } from '../../store/settings.js';
import { gatherContentFacts, type ContentSettings } from './content.js';
import type { SpamModel } from './model.js';

/*
 * The content decision for one text, as a posted comment meets it, with nothing else objecting:
 * a valid form token, no honeypot, no duplicate, no flood, and an author with an earlier
 * approved comment (so the first-comment rule does not hold it). `newsdesk spam classify` and
 * the evaluation (eval/run.ts) both judge through this, and through decideComment.
 */

export interface ClassifyInput {
  text: string;
  author?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  userAgent?: string | undefined;
}

export type Verdict = 'approve' | 'hold' | 'spam';

export type Classified = { kind: 'judged'; verdict: Verdict; score: number; reason: string } | { kind: 'invalid'; message: string };

/** The form needs a name and an email; the model reads neither, so stand-ins change nothing. */
const STAND_IN_AUTHOR = 'Reader';
const STAND_IN_EMAIL = 'reader@example.org';
/** A documentation address (RFC 5737): the default lists are empty, so it matches nothing. */
const CLIENT_ADDRESS = '192.0.2.10';

export function classifyComment(input: ClassifyInput, model: SpamModel, settings: ModerationSettings & ContentSettings = defaultSettings): Classified {
  const validation = validateCommentForm({
    ...emptyCommentForm,
    comment: input.text,
    author: input.author?.trim() ? input.author : STAND_IN_AUTHOR,
    email: input.email?.trim() ? input.email : STAND_IN_EMAIL,
    url: input.url ?? '',
  });
  if (!('draft' in validation)) return { kind: 'invalid', message: Object.values(validation.errors).join(' ') };
  const { draft } = validation;
  const bodyHtml = renderCommentMarkdown(draft.body);
  const content = gatherContentFacts({ draft, bodyHtml, clientAddress: CLIENT_ADDRESS, userAgent: input.userAgent ?? '', articleLanguage: null }, settings, model);
  const facts: CommentFacts = {
    commentsOpen: true,
    formToken: 'ok',
    honeypotFilled: false,
    duplicate: false,
    secondsSinceLastComment: null,
    authorHasApprovedComment: true,
    recentCommentsFromAddress: 0,
    ...content,
  };
  const decision = decideComment(draft, {}, facts, settings);
  if (decision.kind === 'refused') return { kind: 'invalid', message: decision.message };
  const verdict: Verdict = decision.status === 'spam' ? 'spam' : decision.status === 'approved' ? 'approve' : 'hold';
  return { kind: 'judged', verdict, score: content.spamScore.score, reason: decision.reason };
}
