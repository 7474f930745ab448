import type { ArticleSummary } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import { formatDate, plural, plainTextTeaser } from '../format.js';
import { Layout } from './layout.js';

export interface HomePageProps {
  settings: Settings;
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
}

export function HomePage({ settings, articles, page, pageCount }: HomePageProps) {
  return (
    <Layout settings={settings} title={page > 1 ? `Latest articles, page ${page}` : undefined} description={settings.siteTagline}>
      <h1 class="page-title">{page > 1 ? `Latest articles, page ${page} of ${pageCount}` : 'Latest articles'}</h1>
      {articles.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <ol class="article-list" reversed={false}>
          {articles.map((a) => (
            <li>
              <ArticleCard article={a} timeZone={settings.timeZone} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} />
    </Layout>
  );
}

function ArticleCard({ article, timeZone }: { article: ArticleSummary; timeZone: string }) {
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

function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pages">
      {page > 1 && (
        <a href={page === 2 ? '/' : `/?page=${page - 1}`} rel="prev">
          ← Newer articles
        </a>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <a href={`/?page=${page + 1}`} rel="next">
          Older articles →
        </a>
      )}
    </nav>
  );
}
