import type { StoryListing } from '../../store/stories.js';
import type { ArticleSummary } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import { leadImageUrl } from '../../ingest/parse/lead-image.js';
import { formatDate, plural, plainTextTeaser } from '../format.js';
import type { HomeSection } from './home-sections.js';
import { Layout } from './layout.js';
import { LeadImage } from './lead-image.js';
import { SocialMeta } from './meta.js';

export interface HomePageProps {
  settings: Settings;
  articles: ArticleSummary[];
  /** Stories several outlets report, shown above the articles (the homeShowsStories setting). */
  topStories?: StoryListing[];
  /** Page 1's sections: per source and per topic, each with its newest few articles. */
  sections?: { sources: HomeSection[]; topics: HomeSection[] };
  page: number;
  pageCount: number;
  /** The desk's public address, for OpenGraph's absolute URLs. */
  publicUrl: string;
}

export function HomePage({ settings, articles, topStories = [], sections = { sources: [], topics: [] }, page, pageCount, publicUrl }: HomePageProps) {
  const url = page > 1 ? `${publicUrl}/?page=${page}` : `${publicUrl}/`;
  const head = <SocialMeta type="website" title={settings.siteName} description={settings.siteTagline} url={url} siteName={settings.siteName} />;
  return (
    <Layout settings={settings} title={page > 1 ? `Latest articles, page ${page}` : undefined} description={settings.siteTagline} canonicalUrl={url} head={head} section={page === 1 ? 'latest' : undefined}>
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
        // The newest story leads the first page, large and with its picture when it has one.
        <ArticleCards articles={articles} timeZone={settings.timeZone} lead={page === 1} />
      )}
      <Pagination page={page} pageCount={pageCount} />
      <HomeSections id="by-source" title="By source" sections={sections.sources} timeZone={settings.timeZone} />
      <HomeSections id="by-topic" title="By topic" sections={sections.topics} timeZone={settings.timeZone} />
    </Layout>
  );
}

/** A listing's articles as cards, in the order given; with `lead`, the first one is the page's lead story. */
export function ArticleCards({ articles, timeZone, label, lead = false }: { articles: readonly ArticleSummary[]; timeZone: string; label?: string; lead?: boolean }) {
  return (
    <ol class="article-list" aria-label={label}>
      {articles.map((a, i) => (
        <li class={lead && i === 0 ? 'lead-item' : undefined}>
          <ArticleCard article={a} timeZone={timeZone} lead={lead && i === 0} />
        </li>
      ))}
    </ol>
  );
}

export function ArticleCard({ article, timeZone, lead = false }: { article: ArticleSummary; timeZone: string; lead?: boolean }) {
  const hasImage = leadImageUrl(article.imageUrl) !== null;
  const classes = ['card', lead ? 'lead-story' : '', hasImage ? 'has-image' : ''].filter(Boolean).join(' ');
  return (
    <article class={classes}>
      {lead && <LeadImage url={article.imageUrl} size="lead" eager />}
      <div class="card-text">
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
        <p class="card-excerpt">{plainTextTeaser(article.excerptHtml, lead ? 70 : 45)}</p>
      </div>
      {!lead && <LeadImage url={article.imageUrl} size="thumb" />}
    </article>
  );
}

/** The front page's sections of one kind under a heading: each its newest few titles and a link to the full list. */
function HomeSections({ id, title, sections, timeZone }: { id: string; title: string; sections: readonly HomeSection[]; timeZone: string }) {
  if (sections.length === 0) return null;
  return (
    <section class="home-sections" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div class="home-section-grid">
        {sections.map((section, i) => (
          <section class="home-section" aria-labelledby={`${id}-${i}`}>
            <h3 id={`${id}-${i}`}>{section.title}</h3>
            <ul>
              {section.articles.map((a) => (
                <li>
                  <a href={`/articles/${a.slug}`}>{a.title}</a> <time class="meta" datetime={a.publishedAt}>{formatDate(a.publishedAt, timeZone)}</time>
                </li>
              ))}
            </ul>
            <p class="home-section-more">
              <a href={section.href}>{section.kind === 'source' ? `All articles from ${section.title}` : `All articles on ${section.title}`}</a>
            </p>
          </section>
        ))}
      </div>
    </section>
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
