import { sign, signatureMatches } from './signing.js';

/**
 * The comment form carries the time it was rendered, signed with the desk secret and bound
 * to the article. A post that comes back too soon was filled by a machine; one that comes
 * back days later is refused so tokens cannot be harvested and replayed forever.
 */
export type FormTokenCheck = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'expired';

export interface FormTokenRules {
  minFillSeconds: number;
  maxAgeHours: number;
}

/**
 * A token names its second, so every form of one article shown within a second carries the same
 * one: a busy page signs once a second, not once a view. Bounded, and emptied each new second.
 */
const thisSecond = { stamp: '', secret: '', tokens: new Map<number, string>() };
const TOKENS_KEPT = 10_000;

export function issueFormToken(secret: string, articleId: number, renderedAtMs: number): string {
  const stamp = Math.floor(renderedAtMs / 1000).toString(36);
  if (thisSecond.stamp !== stamp || thisSecond.secret !== secret) {
    thisSecond.stamp = stamp;
    thisSecond.secret = secret;
    thisSecond.tokens.clear();
  }
  let token = thisSecond.tokens.get(articleId);
  if (token === undefined) {
    token = `${stamp}.${sign(secret, formMessage(articleId, stamp))}`;
    if (thisSecond.tokens.size < TOKENS_KEPT) thisSecond.tokens.set(articleId, token);
  }
  return token;
}

export function checkFormToken(secret: string, token: string, articleId: number, nowMs: number, rules: FormTokenRules): FormTokenCheck {
  if (!token) return 'missing';
  const [stamp, signature, ...rest] = token.split('.');
  if (!stamp || !signature || rest.length > 0 || !/^[0-9a-z]{1,12}$/.test(stamp)) return 'invalid';
  if (!signatureMatches(secret, formMessage(articleId, stamp), signature)) return 'invalid';
  const ageSeconds = nowMs / 1000 - parseInt(stamp, 36);
  if (ageSeconds < rules.minFillSeconds) return 'too-fast';
  if (ageSeconds > rules.maxAgeHours * 3600) return 'expired';
  return 'ok';
}

function formMessage(articleId: number, stamp: string): string {
  return `comment-form:${articleId}:${stamp}`;
}
