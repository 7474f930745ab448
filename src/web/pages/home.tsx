import type { StoryListing } from '../../store/stories.js';
import type { ArticleSummary } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import { formatDate, plural, plainTextTeaser } from '../format.js';
import { Layout } from './layout.js';
import { SocialMeta } from './meta.js';

export interface HomePageProps {
  settings: Settings;
  articles: ArticleSummary[];
  /** Stories several outlets report, shown above the articles (the homeShowsStories setting). */
  topStories?: StoryListing[];
  page: number;
  pageCount: number;
  /** The desk's public address, for OpenGraph's absolute URLs. */
  publicUrl: string;
}

export function HomePage({ settings, articles, topStories = [], page, pageCount, publicUrl }: HomePageProps) {
  const head = <SocialMeta type="website" title={settings.siteName} description={settings.siteTagline} url={page > 1 ? `${publicUrl}/?page=${page}` : `${publicUrl}/`} siteName={settings.siteName} />;
  return (
    <Layout settings={settings} title={page > 1 ? `Latest articles, page ${page}` : undefined} description={settings.siteTagline} head={head} section={page === 1 ? 'latest' : undefined}>
      <h1 class="page-title">{page > 1 ? `Latest articles, page ${page} of ${pageCount}` : 'Latest articles'}</h1>
      {topStories.length > 0 && (
        <section class="top-stories" aria-labelledby="top-stories-title">
          <h2 id="top-stories-title">Top stories</h2>
          <ul>
            {topStories.map((story) => (
              <li>
                <a href={`/stories/${story.id}`}>{story.title}</a> <span class="meta">— reported by {plural(story.sourceCount, 'source', 'sources')}</span>
              </li>
            ))}
          </ul>
          <p>
            <a href="/stories">All stories</a>
          </p>
        </section>
      )}
      {articles.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <ArticleCards articles={articles} timeZone={settings.timeZone} />
      )}
      <Pagination page={page} pageCount={pageCount} />
    </Layout>
  );
}

/** A listing's articles as cards, in the order given. */
export function ArticleCards({ articles, timeZone, label }: { articles: readonly ArticleSummary[]; timeZone: string; label?: string }) {
  return (
    <ol class="article-list" aria-label={label}>
      {articles.map((a) => (
        <li>
          <ArticleCard article={a} timeZone={timeZone} />
        </li>
      ))}
    </ol>
  );
}

export function ArticleCard({ article, timeZone }: { article: ArticleSummary; timeZone: string }) {
  return (
    <article class="card">
      <h2 class="card-title">
        <a href={`/articles/${article.slug}`}>{article.title}</a>
      </h2>
      <p class="meta">
        <span class="source">{article.sourceTitle}</span>
        {' · '}
        <time datetime={article.publishedAt}>{formatDate(article.publishedAt, timeZone)}</time>
        {' · '}
        <a href={`/articles/${article.slug}#comments`}>{plural(article.commentCount, 'comment', 'comments')}</a>
      </p>
      <p class="card-excerpt">{plainTextTeaser(article.excerptHtml, 45)}</p>
    </article>
  );
}

/** Newer/older links; `basePath` is the listing's first page ('/' or '/sources/slug'), others add ?page=N. */
export function Pagination({ page, pageCount, basePath = '/', label = 'Pages' }: { page: number; pageCount: number; basePath?: string; label?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      {page > 1 && (
        <a href={page === 2 ? basePath : `${basePath}?page=${page - 1}`} rel="prev">
          ← Newer articles
        </a>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <a href={`${basePath}?page=${page + 1}`} rel="next">
          Older articles →
        </a>
      )}
    </nav>
  );
}
