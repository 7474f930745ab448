import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { clientHash } from '../discussion/identity.js';
import { renderCommentMarkdown } from '../discussion/markdown.js';
import { sanitizeArticleHtml } from '../ingest/sanitize.js';
import { insertArticle } from '../store/articles.js';
import { insertComment } from '../store/comments.js';
import type { Database } from '../store/schema.js';
import { countSources, insertSource } from '../store/sources.js';
import { demoArticles, demoSources, type DemoComment } from './content.js';

export interface SeedSummary {
  sources: number;
  articles: number;
  comments: number;
}

/**
 * Fills an empty desk with the demo content, once: a desk that already has a source is
 * left alone, so a restart never duplicates or resurrects anything. Demo comments are
 * approved, as if a moderator had read them.
 */
export async function seedDemoDesk(db: Kysely<Database>, secret: string, now = new Date()): Promise<SeedSummary | null> {
  if ((await countSources(db)) > 0) return null;
  return db.transaction().execute(async (trx) => {
    const summary: SeedSummary = { sources: 0, articles: 0, comments: 0 };
    const sourceIds = new Map<string, number>();
    for (const s of demoSources) {
      const row = await insertSource(trx, { slug: s.slug, title: s.title, site_url: s.siteUrl, feed_url: null, description: s.description, created_at: now.toISOString() });
      sourceIds.set(s.slug, row.id);
      summary.sources++;
    }
    for (const a of demoArticles) {
      const sourceId = sourceIds.get(a.source);
      if (sourceId === undefined) throw new Error(`Demo article "${a.title}" names unknown source ${a.source}`);
      const article = await insertArticle(trx, {
        source_id: sourceId,
        guid_hash: createHash('sha256').update(a.url).digest('hex'),
        url: a.url,
        canonical_url: a.url,
        title: a.title,
        author: a.author ?? null,
        published_at: a.publishedAt,
        fetched_at: now.toISOString(),
        updated_at: now.toISOString(),
        excerpt_html: sanitizeArticleHtml(a.bodyHtml, { baseUrl: a.url }),
        image_url: null,
        language: 'en',
        topics: JSON.stringify(a.topics),
      });
      summary.articles++;
      const insertThread = async (comments: DemoComment[], parentId: number | null) => {
        for (const c of comments) {
          const createdAt = new Date(Date.parse(a.publishedAt) + c.minutesAfter * 60_000).toISOString();
          const row = await insertComment(trx, {
            article_id: article.id,
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
            created_at: createdAt,
          });
          summary.comments++;
          await insertThread(c.replies ?? [], row.id);
        }
      };
      await insertThread(a.comments ?? [], null);
    }
    return summary;
  });
}
