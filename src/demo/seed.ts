import type { Kysely } from 'kysely';
import { clientHash } from '../discussion/identity.js';
import { renderCommentMarkdown } from '../discussion/markdown.js';
import { createIngestDeps } from '../ingest/deps.js';
import type { IngestDeps } from '../ingest/ingest-source.js';
import { ingestDueSources } from '../ingest/run.js';
import { findArticleIdByUrl } from '../store/articles.js';
import { insertComment } from '../store/comments.js';
import { addFeedSource } from '../store/ingest.js';
import type { Database } from '../store/schema.js';
import { loadSettings } from '../store/settings.js';
import { countSources } from '../store/sources.js';
import { demoArticles, type DemoComment } from './content.js';
import { demoFeeds, demoPublisherDeps } from './publishers.js';

export interface SeedSummary {
  sources: number;
  articles: number;
  comments: number;
}

/**
 * Fills an empty desk with the demo, once: the demo outlets are added as ordinary sources
 * and ingested through the real pipeline, with the demo publishers composed in (their .example
 * addresses are answered from the project's own content), then the demo discussions are attached. A desk that already has
 * a source is left alone, so a restart never duplicates anything.
 */
export async function seedDemoDesk(db: Kysely<Database>, secret: string, overrides: Partial<IngestDeps> = {}): Promise<SeedSummary | null> {
  if ((await countSources(db)) > 0) return null;
  const now = new Date();
  for (const { source, feedUrl, format } of demoFeeds) {
    await addFeedSource(db, { feedUrl, title: source.title, siteUrl: source.siteUrl, description: source.description, slug: source.slug, fullText: format === 'rss-summary' ? 'auto' : 'off' }, now);
  }
  const ingest = await ingestDueSources(createIngestDeps(db, await loadSettings(db), { ...demoPublisherDeps(), ...overrides }));
  if (ingest.failed > 0) throw new Error(`The demo feeds did not ingest: ${ingest.reports.map((r) => r.error).filter(Boolean).join('; ')}`);

  let comments = 0;
  for (const a of demoArticles) {
    if (!a.comments?.length) continue;
    const articleId = await findArticleIdByUrl(db, a.url);
    if (articleId === undefined) continue;
    const insertThread = async (thread: DemoComment[], parentId: number | null) => {
      for (const c of thread) {
        const row = await insertComment(db, {
          article_id: articleId,
          parent_id: parentId,
          author_name: c.author,
          author_email: c.email,
          author_url: c.url ?? null,
          body_markdown: c.body,
          body_html: renderCommentMarkdown(c.body),
          status: 'approved',
          status_reason: 'approved: demo content',
          client_hash: clientHash(secret, `demo:${c.email}`),
          user_agent: 'newsdesk-demo',
          created_at: new Date(Date.parse(a.publishedAt) + c.minutesAfter * 60_000).toISOString(),
        });
        comments++;
        await insertThread(c.replies ?? [], row.id);
      }
    };
    await insertThread(a.comments, null);
  }
  return { sources: demoFeeds.length, articles: ingest.newArticles, comments };
}
