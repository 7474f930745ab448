import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discoverFeed, discoverFeeds, FeedDiscoveryError, withDiscoveryDeadline } from '../../src/ingest/discover-source.js';
import { FetchError, type FetchOptions, type FetchResult } from '../../src/ingest/types.js';

const rss = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://paper.example/</link><description>d</description></channel></rss>`;
const page = (...feeds: string[]) => `<!doctype html><html><head>${feeds.map((f) => `<link rel="alternate" type="application/rss+xml" href="${f}">`).join('')}</head><body>Home</body></html>`;

/** A fetch answering from a table of addresses; anything else is a 404. */
function site(documents: Record<string, string>, asked: string[] = []) {
  return async (url: string): Promise<FetchResult> => {
    asked.push(url);
    const body = documents[url];
    if (body === undefined) throw new FetchError('The server answered 404 Not Found', 'http', 404);
    return { kind: 'fetched', url, body: Buffer.from(body), contentType: body.startsWith('<?xml') ? 'application/rss+xml' : 'text/html', etag: null, lastModified: null, maxAgeSeconds: null, permanentUrl: null };
  };
}

test('every feed a page announces is offered, in its order; ones that fail are left out', async () => {
  const fetch = site({ 'https://paper.example/': page('/news.rss', '/broken.rss', '/sport.rss'), 'https://paper.example/news.rss': rss('News'), 'https://paper.example/sport.rss': rss('Sport') });
  const found = await discoverFeeds('https://paper.example/', fetch, {});
  assert.deepEqual(found.map((f) => [f.feedUrl, f.feed.title]), [['https://paper.example/news.rss', 'News'], ['https://paper.example/sport.rss', 'Sport']]);
  const first = await discoverFeed('https://paper.example/', fetch, {});
  assert.equal(first.feedUrl, 'https://paper.example/news.rss', 'discoverFeed still takes the first');
});

test('a feed address is its own one choice; a page with none says so as a problem kind', async () => {
  const fetch = site({ 'https://paper.example/news.rss': rss('News'), 'https://paper.example/about': page() });
  assert.deepEqual((await discoverFeeds('https://paper.example/news.rss', fetch, {})).map((f) => f.feedUrl), ['https://paper.example/news.rss']);
  await assert.rejects(discoverFeeds('https://paper.example/about', fetch, {}), (error: unknown) => error instanceof FeedDiscoveryError && error.problem.kind === 'no-feed' && error.problem.firstFailure === null);
  await assert.rejects(discoverFeeds('https://paper.example/gone', fetch, {}), (error: unknown) => error instanceof FeedDiscoveryError && error.problem.kind === 'no-feed' && error.problem.firstFailure?.status === 404);
  await assert.rejects(discoverFeeds('mailto:a@b.example', fetch, {}), (error: unknown) => error instanceof FeedDiscoveryError && error.problem.kind === 'not-a-web-address');
});

test('one deadline bounds all of discovery: each fetch gets what is left, and none starts after it', async () => {
  let clock = 0;
  const seen: FetchOptions[] = [];
  const inner = async (url: string, options: FetchOptions): Promise<FetchResult> => {
    seen.push(options);
    clock += 4_000;
    throw new FetchError(`${url} took too long`, 'http', 500);
  };
  const bounded = withDiscoveryDeadline(inner, { totalMs: 10_000, maxBytes: 1_000 }, () => clock);
  await assert.rejects(bounded('https://a.example/', { maxBytes: 5_000 }), /took too long/);
  await assert.rejects(bounded('https://a.example/', {}), /took too long/);
  await assert.rejects(bounded('https://a.example/', {}), /took too long/);
  await assert.rejects(bounded('https://a.example/', {}), (error: unknown) => error instanceof FetchError && error.kind === 'timeout');
  assert.deepEqual(seen.map((o) => [o.totalTimeoutMs, o.maxBytes]), [[10_000, 1_000], [6_000, 1_000], [2_000, 1_000]]);
});
