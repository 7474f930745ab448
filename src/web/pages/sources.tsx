import type { ArticleSummary } from '../../store/articles.js';
import type { Source } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import type { SourceListing } from '../../store/sources.js';
import { feedFormatNames, feedFormats, feedLinks, feedPath } from '../feeds/index.js';
import { formatDate, plural } from '../format.js';
import { ArticleCards, Pagination } from './home.js';
import { Layout } from './layout.js';
import { SocialMeta } from './meta.js';

export function sourcePath(slug: string): string {
  return `/sources/${encodeURIComponent(slug)}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export interface SourcesPageProps {
  settings: Settings;
  sources: SourceListing[];
  publicUrl: string;
}

/** Every outlet the desk publishes from, by title, with how many of its articles are here. */
export function SourcesPage({ settings, sources, publicUrl }: SourcesPageProps) {
  const description = `The outlets ${settings.siteName} publishes excerpts from, each linking to its originals.`;
  return (
    <Layout
      settings={settings}
      title="Sources"
      description={description}
      section="sources"
      head={<SocialMeta type="website" title={`Sources – ${settings.siteName}`} description={description} url={`${publicUrl}/sources`} siteName={settings.siteName} />}
    >
      <h1 class="page-title">Sources</h1>
      <p>{description}</p>
      {sources.length === 0 ? (
        <p>No sources yet.</p>
      ) : (
        <ul class="article-list source-list">
          {sources.map((s) => (
            <li>
              <article class="card">
                <h2 class="card-title">
                  <a href={sourcePath(s.slug)}>{s.title}</a>
                </h2>
                <p class="meta">
                  {plural(s.articleCount, 'article', 'articles')}
                  {s.latestAt && (
                    <>
                      {' · latest '}
                      <time datetime={s.latestAt}>{formatDate(s.latestAt, settings.timeZone)}</time>
                    </>
                  )}
                  {' · '}
                  <a href={s.siteUrl} rel="noopener">
                    {hostOf(s.siteUrl)}
                  </a>
                </p>
                {s.description && <p class="card-excerpt">{s.description}</p>}
              </article>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export interface SourcePageProps {
  settings: Settings;
  source: Source;
  articles: ArticleSummary[];
  total: number;
  page: number;
  pageCount: number;
  publicUrl: string;
}

/** One outlet: what it is, where to follow it, and its articles on the desk, newest first. */
export function SourcePage({ settings, source, articles, total, page, pageCount, publicUrl }: SourcePageProps) {
  const path = sourcePath(source.slug);
  const description = source.description || `Articles from ${source.title} on ${settings.siteName}.`;
  const title = page > 1 ? `${source.title}, page ${page}` : source.title;
  return (
    <Layout
      settings={settings}
      title={title}
      description={description}
      feeds={feedLinks(path, `${source.title} – ${settings.siteName}`)}
      head={<SocialMeta type="website" title={`${source.title} – ${settings.siteName}`} description={description} url={page > 1 ? `${publicUrl}${path}?page=${page}` : publicUrl + path} siteName={settings.siteName} />}
    >
      <header class="source-header">
        <h1 class="page-title">{page > 1 ? `${source.title}, page ${page} of ${pageCount}` : source.title}</h1>
        {source.description && <p>{source.description}</p>}
        <p class="meta">
          {plural(total, 'article', 'articles')} on {settings.siteName}
          {' · '}
          <a href={source.site_url} rel="noopener">
            Visit {hostOf(source.site_url)}
          </a>
        </p>
        <FeedFormatLinks lead={`Follow ${source.title} here:`} path={path} />
      </header>
      {articles.length === 0 ? (
        <p>No articles from {source.title} yet.</p>
      ) : (
        <ArticleCards articles={articles} timeZone={settings.timeZone} label={`Articles from ${source.title}`} />
      )}
      <Pagination page={page} pageCount={pageCount} basePath={path} label={`Pages of ${source.title}`} />
    </Layout>
  );
}

/** "Follow … :" and a link to each of a page's feeds (RSS, Atom, JSON Feed). */
export function FeedFormatLinks({ lead, path }: { lead: string; path: string }) {
  return (
    <p class="meta">
      {lead}{' '}
      {feedFormatNames.map((format, i) => (
        <>
          {i > 0 && ' · '}
          <a href={feedPath(path, format)} type={feedFormats[format].contentType.split(';')[0]}>
            {feedFormats[format].label}
          </a>
        </>
      ))}
    </p>
  );
}
