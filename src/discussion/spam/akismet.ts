import { isTestEnvironment } from '../../config.js';

/*
 * An Akismet-compatible spam service (Akismet itself, or anything speaking its protocol):
 * POST form-encoded fields to {url}/1.1/comment-check, answered "true" (spam) or "false";
 * submit-spam and submit-ham teach it from moderators' decisions. The service is optional
 * and fallible: callers treat every answer other than "true" or "false", every error and
 * every wait beyond the timeout as "unavailable", and decide without it.
 */

export interface AkismetService {
  key: string;
  /** Base address without a trailing slash, e.g. https://rest.akismet.com. */
  url: string;
  /** Marks every request as a test (Config.akismetTestMode); when absent, NODE_ENV=test does. */
  testMode?: boolean;
}

/** The documented comment fields; empty or missing ones are not sent. */
export interface AkismetComment {
  user_ip?: string;
  user_agent?: string;
  referrer?: string;
  permalink?: string;
  comment_type?: 'comment' | 'reply';
  comment_author?: string;
  comment_author_email?: string;
  comment_author_url?: string;
  comment_content?: string;
  comment_date_gmt?: string;
  comment_post_modified_gmt?: string;
  blog_lang?: string;
}

export type AkismetVerdict = { kind: 'ham' } | { kind: 'spam'; discard: boolean } | { kind: 'unavailable'; detail: string };

/** Longest a reader's post waits for the service before the comment is held without its answer. */
export const AKISMET_TIMEOUT_MS = 3000;

const USER_AGENT = 'Newsdesk/0.1 | Akismet-compatible/1.1';

export interface AkismetOptions {
  timeoutMs?: number;
}

/** Asks whether a comment is spam. Never throws: failures come back as "unavailable". */
export async function akismetCommentCheck(service: AkismetService, blog: string, comment: AkismetComment, options: AkismetOptions = {}): Promise<AkismetVerdict> {
  const timeoutMs = options.timeoutMs ?? AKISMET_TIMEOUT_MS;
  try {
    const response = await post(service, 'comment-check', blog, comment, timeoutMs);
    const body = (await response.text()).trim();
    // Akismet's hint that a comment is blatant spam, safe to discard unseen; we keep it as spam.
    const discard = (response.headers.get('x-akismet-pro-tip') ?? '').trim().toLowerCase() === 'discard';
    if (response.status === 200 && discard) return { kind: 'spam', discard: true };
    if (response.status === 200 && body === 'true') return { kind: 'spam', discard: false };
    if (response.status === 200 && body === 'false') return { kind: 'ham' };
    const help = response.headers.get('x-akismet-debug-help');
    return { kind: 'unavailable', detail: `HTTP ${response.status}, answer ${JSON.stringify(body.slice(0, 60))}${help ? ` (${help})` : ''}` };
  } catch (error) {
    return { kind: 'unavailable', detail: describeError(error, timeoutMs) };
  }
}

/** Reports a moderator's verdict (submit-spam or submit-ham); throws when the service did not take it. */
export async function akismetSubmit(service: AkismetService, blog: string, verdict: 'spam' | 'ham', comment: AkismetComment, options: AkismetOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? AKISMET_TIMEOUT_MS;
  let response: Response;
  let body: string;
  try {
    response = await post(service, verdict === 'spam' ? 'submit-spam' : 'submit-ham', blog, comment, timeoutMs);
    body = (await response.text()).trim();
  } catch (error) {
    throw new Error(`submit-${verdict}: ${describeError(error, timeoutMs)}`);
  }
  if (response.status !== 200 || !body.startsWith('Thanks')) {
    throw new Error(`submit-${verdict}: HTTP ${response.status}, answer ${JSON.stringify(body.slice(0, 60))}`);
  }
}

/** The form a request sends: the key, the site, then every non-empty documented field. */
export function akismetForm(service: AkismetService, blog: string, comment: AkismetComment): URLSearchParams {
  const form = new URLSearchParams({ api_key: service.key, blog, blog_charset: 'UTF-8' });
  for (const [name, value] of Object.entries(comment)) {
    if (typeof value === 'string' && value !== '') form.set(name, value);
  }
  if (service.testMode ?? isTestEnvironment()) form.set('is_test', '1');
  return form;
}

async function post(service: AkismetService, method: string, blog: string, comment: AkismetComment, timeoutMs: number): Promise<Response> {
  return fetch(`${service.url}/1.1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', 'user-agent': USER_AGENT },
    body: akismetForm(service, blog, comment).toString(),
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
}

function describeError(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
