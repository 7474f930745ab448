import type { DiscoveryProblem } from '../discover-source.js';
import type { FetchError } from '../types.js';

/*
 * The one place where a failed fetch or a fruitless discovery becomes a sentence for the person
 * who typed the address: what happened, in their words, not the fetcher's. Pure, so every
 * case is tested (test/unit/ingest-fetch-error-words.test.ts).
 */

/** A fetch failure as a sentence; `status` and `kind` decide, the message only fills in detail. */
export function fetchErrorInWords(error: Pick<FetchError, 'kind' | 'status' | 'message'>): string {
  switch (error.kind) {
    case 'blocked-address':
      return 'This address is on a private network; the desk does not fetch from private, local or reserved addresses.';
    case 'bad-url':
      return 'This is not a web address the desk can fetch: it should start with http:// or https:// and name a host.';
    case 'timeout':
      return 'The server took too long to answer; try again later.';
    case 'too-large':
      return 'The server sent more than the desk reads from one address.';
    case 'too-many-redirects':
      return 'The address redirects too many times (or in a loop) to reach a page.';
    case 'network':
      return `The desk could not reach the server: ${lowerFirst(error.message).replace(/\.$/, '')}.`;
    case 'http':
      return httpStatusInWords(error.status);
  }
}

/** "The server answered 404": the number, then what it means for the person. */
export function httpStatusInWords(status: number | null): string {
  if (status === null) return 'The server gave an answer the desk could not use.';
  const meaning =
    status === 404 || status === 410
      ? 'there is nothing at this address'
      : status === 401 || status === 403
        ? 'it does not let the desk read this address'
        : status === 429 || status === 503
          ? 'it is busy or asks the desk to wait; try again later'
          : status >= 500
            ? 'the server had a problem of its own; try again later'
            : 'the desk could not use that answer';
  return `The server answered ${status}: ${meaning}.`;
}

/** Why discovery found no feed to offer, as a sentence. */
export function discoveryProblemInWords(problem: DiscoveryProblem): string {
  switch (problem.kind) {
    case 'not-a-web-address':
      return 'This is not a web address: it should start with http:// or https://, e.g. https://example.org/.';
    case 'fetch':
      return fetchErrorInWords(problem.error);
    case 'no-feed':
      if (problem.firstFailure) return `${fetchErrorInWords(problem.firstFailure)} No feed was found there or at the usual feed addresses of the site.`;
      return 'No feed found at this page: it announces none, and none is at the usual feed addresses of the site.';
  }
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
