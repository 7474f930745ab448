import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { Kysely } from 'kysely';
import { fetchResource } from '../ingest/fetch/fetcher.js';
import type { IngestDeps } from '../ingest/ingest-source.js';
import type { FetchOptions, FetchResult } from '../ingest/types.js';
import { findSourceByFeedUrl } from '../store/ingest.js';
import type { Database } from '../store/schema.js';
import { escapeHtml as escape } from '../text/html.js';
import { demoArticles, demoSources, type DemoArticle, type DemoSource } from './content.js';

/*
 * The demo's outlets live on the reserved .example domain (RFC 2606), which never resolves,
 * so answering those addresses from the project's own content can never hide a real site.
 * Each outlet publishes a different format, and one sends only summaries, so the demo runs
 * through every stage of ingestion: RSS, Atom and JSON Feed parsing, and full-text
 * extraction from the article pages.
 *
 * Production ingest never answers for these addresses: the demo's seeding composes the
 * publishers in, and so does whatever runs ingest for a desk that holds demo sources
 * (demoIngestOverrides). Any other desk fetches .example addresses like any other, and fails.
 */

type Format = 'rss' | 'atom' | 'json' | 'rss-summary';

const formats: Format[] = ['rss', 'atom', 'json', 'rss-summary'];

export interface DemoFeed {
  source: DemoSource;
  feedUrl: string;
  format: Format;
}

export const demoFeeds: DemoFeed[] = demoSources.map((source, i) => {
  const format = formats[i % formats.length]!;
  const path = format === 'atom' ? 'atom.xml' : format === 'json' ? 'feed.json' : 'feed.xml';
  return { source, feedUrl: new URL(path, source.siteUrl).href, format };
});

export function isDemoAddress(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.example');
  } catch {
    return false;
  }
}

/** Wraps a fetch so that demo addresses are answered from the bundled content. */
export function withDemoPublishers(fetch: (url: string, options: FetchOptions) => Promise<FetchResult>) {
  return async (url: string, options: FetchOptions): Promise<FetchResult> => {
    if (!isDemoAddress(url)) return fetch(url, options);
    const document = demoDocument(url);
    if (!document) throw new Error(`The demo publisher has nothing at ${url}`);
    return { kind: 'fetched', url, body: Buffer.from(document.body, 'utf8'), contentType: document.contentType, etag: null, lastModified: null, maxAgeSeconds: null, permanentUrl: null };
  };
}

/** Ingest overrides that answer the demo's addresses from the bundled content (and fetch the rest). */
export function demoPublisherDeps(): Pick<IngestDeps, 'fetch'> {
  return { fetch: withDemoPublishers(fetchResource) };
}

/** Whether any of the demo's feeds is among the desk's sources (it was seeded, or someone added one). */
export async function holdsDemoSources(db: Kysely<Database>): Promise<boolean> {
  const found = await Promise.all(demoFeeds.map((feed) => findSourceByFeedUrl(db, feed.feedUrl)));
  return found.some((source) => source !== undefined);
}

/** For a process that runs ingest: the demo publishers when this desk holds demo sources, else nothing. */
export async function demoIngestOverrides(db: Kysely<Database>): Promise<Partial<IngestDeps>> {
  return (await holdsDemoSources(db)) ? demoPublisherDeps() : {};
}

function demoDocument(url: string): { body: string; contentType: string } | null {
  const feed = demoFeeds.find((f) => f.feedUrl === url);
  if (feed) return feedDocument(feed);
  const article = demoArticles.find((a) => a.url === url);
  if (article) return { body: articlePage(article), contentType: 'text/html; charset=utf-8' };
  return null;
}

function articlesOf(source: DemoSource): DemoArticle[] {
  return demoArticles.filter((a) => a.source === source.slug).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}

function summary(html: string): string {
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return `${text.split(' ').slice(0, 40).join(' ')}…`;
}

function feedDocument({ source, feedUrl, format }: DemoFeed): { body: string; contentType: string } {
  const articles = articlesOf(source);
  const updated = new Date(articles[0]?.publishedAt ?? Date.now());
  switch (format) {
    case 'atom':
      return {
        contentType: 'application/atom+xml; charset=utf-8',
        body: generateAtomFeed({
          id: source.siteUrl,
          title: { value: source.title },
          subtitle: { value: source.description },
          updated,
          links: [{ href: source.siteUrl, rel: 'alternate' }, { href: feedUrl, rel: 'self' }],
          entries: articles.map((a) => ({
            id: a.url,
            title: { value: a.title },
            updated: new Date(a.publishedAt),
            published: new Date(a.publishedAt),
            links: [{ href: a.url, rel: 'alternate' }],
            authors: a.author ? [{ name: a.author }] : [],
            categories: a.topics.map((term) => ({ term })),
            content: { type: 'html', value: a.bodyHtml },
          })),
        }),
      };
    case 'json':
      return {
        contentType: 'application/feed+json; charset=utf-8',
        body: JSON.stringify(generateJsonFeed({
          title: source.title,
          home_page_url: source.siteUrl,
          feed_url: feedUrl,
          description: source.description,
          items: articles.map((a) => ({
            id: a.url,
            url: a.url,
            title: a.title,
            content_html: a.bodyHtml,
            date_published: new Date(a.publishedAt),
            authors: a.author ? [{ name: a.author }] : [],
            tags: a.topics,
          })),
        })),
      };
    default:
      return {
        contentType: 'application/rss+xml; charset=utf-8',
        body: generateRssFeed({
          title: source.title,
          link: source.siteUrl,
          description: source.description,
          items: articles.map((a) => ({
            title: a.title,
            link: a.url,
            guid: { value: a.url, isPermaLink: true },
            pubDate: new Date(a.publishedAt),
            description: format === 'rss-summary' ? summary(a.bodyHtml) : a.bodyHtml,
            ...(a.author ? { dc: { creators: [a.author] } } : {}),
            categories: a.topics.map((name) => ({ name })),
          })),
        }),
      };
  }
}

/** A plain article page, with the chrome a real one has around the text. */
function articlePage(article: DemoArticle): string {
  const source = demoSources.find((s) => s.slug === article.source)!;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(article.title)} | ${escape(source.title)}</title>
<link rel="canonical" href="${escape(article.url)}">
<meta property="og:title" content="${escape(article.title)}">
<meta property="article:published_time" content="${article.publishedAt}">
${article.author ? `<meta name="author" content="${escape(article.author)}">` : ''}
</head><body><header><nav><a href="/">${escape(source.title)}</a> · <a href="/news">News</a> · <a href="/about">About us</a></nav></header>
<main><article><h1>${escape(article.title)}</h1>${article.author ? `<p class="byline">By ${escape(article.author)}</p>` : ''}
${article.bodyHtml}</article></main>
<aside><h2>Most read</h2><ul><li><a href="/more">More from ${escape(source.title)}</a></li></ul></aside>
<footer><p>© ${escape(source.title)}. ${escape(source.description)}</p></footer></body></html>`;
}
