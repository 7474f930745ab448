import type { ArticleSummary } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import type { AlsoReported, StoryListing } from '../../store/stories.js';
import { feedLinks } from '../feeds/index.js';
import { formatDate, plural } from '../format.js';
import { ArticleCards, Pagination } from './home.js';
import { Layout } from './layout.js';
import { SocialMeta } from './meta.js';
import { FeedFormatLinks } from './sources.js';

export function storyPath(id: number): string {
  return `/stories/${id}`;
}

/** "Reported by 3 sources: A, B and C" — the line every story carries. */
function reportedBy(story: StoryListing): string {
  const names = story.sourceTitles;
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Reported by ${plural(story.sourceCount, 'source', 'sources')}${list ? `: ${list}` : ''}`;
}

function Seen({ story, timeZone }: { story: StoryListing; timeZone: string }) {
  if (!story.firstSeenAt || !story.lastSeenAt) return null;
  const first = formatDate(story.firstSeenAt, timeZone);
  const last = formatDate(story.lastSeenAt, timeZone);
  return (
    <>
      {' · '}
      {first === last ? (
        <time datetime={story.firstSeenAt}>{first}</time>
      ) : (
        <>
          <time datetime={story.firstSeenAt}>{first}</time> to <time datetime={story.lastSeenAt}>{last}</time>
        </>
      )}
    </>
  );
}

export interface StoriesPageProps {
  settings: Settings;
  stories: StoryListing[];
  page: number;
  pageCount: number;
  /** How many days back a story counts as active. */
  activeDays: number;
  publicUrl: string;
}

/** The stories of the last days, those most outlets report first. */
export function StoriesPage({ settings, stories, page, pageCount, activeDays, publicUrl }: StoriesPageProps) {
  const description = `Events of the last ${activeDays} days of news on ${settings.siteName}, each with every outlet that reported it.`;
  return (
    <Layout
      settings={settings}
      title={page > 1 ? `Stories, page ${page}` : 'Stories'}
      description={description}
      section={page === 1 ? 'stories' : undefined}
      head={<SocialMeta type="website" title={`Stories – ${settings.siteName}`} description={description} url={page > 1 ? `${publicUrl}/stories?page=${page}` : `${publicUrl}/stories`} siteName={settings.siteName} />}
    >
      <h1 class="page-title">{page > 1 ? `Stories, page ${page} of ${pageCount}` : 'Stories'}</h1>
      <p>{description}</p>
      {stories.length === 0 ? (
        <p>No stories in the last {activeDays} days of news yet.</p>
      ) : (
        <ol class="article-list story-list">
          {stories.map((story) => (
            <li>
              <article class="card">
                <h2 class="card-title">
                  <a href={storyPath(story.id)}>{story.title}</a>
                </h2>
                <p class="meta">
                  {reportedBy(story)}
                  {' · '}
                  {plural(story.size, 'article', 'articles')}
                  <Seen story={story} timeZone={settings.timeZone} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} basePath="/stories" label="Pages of stories" />
    </Layout>
  );
}

export interface StoryPageProps {
  settings: Settings;
  story: StoryListing;
  /** Its visible articles, earliest first. */
  articles: ArticleSummary[];
  publicUrl: string;
}

/** One event: every outlet's version, earliest first, and the story's feeds. */
export function StoryPage({ settings, story, articles, publicUrl }: StoryPageProps) {
  const path = storyPath(story.id);
  const description = `${reportedBy(story)}.`;
  return (
    <Layout
      settings={settings}
      title={story.title}
      description={description}
      feeds={feedLinks(path, `${story.title} – ${settings.siteName}`)}
      head={<SocialMeta type="website" title={`${story.title} – ${settings.siteName}`} description={description} url={publicUrl + path} siteName={settings.siteName} />}
    >
      <header class="source-header">
        <p class="meta">Story</p>
        <h1 class="page-title">{story.title}</h1>
        <p class="meta">
          {reportedBy(story)}
          <Seen story={story} timeZone={settings.timeZone} />
        </p>
        <FeedFormatLinks lead="Follow this story:" path={path} />
      </header>
      <h2>Every version, earliest first</h2>
      <ArticleCards articles={articles} timeZone={settings.timeZone} />
    </Layout>
  );
}

/** The "Also reported by" aside on an article page; nothing when the article stands alone. */
export function AlsoReportedBy({ storyId, others, timeZone }: { storyId: number; others: AlsoReported[]; timeZone: string }) {
  if (others.length === 0) return null;
  return (
    <aside class="also-reported" aria-labelledby="also-reported-title">
      <h2 id="also-reported-title">Also reported by</h2>
      <ul>
        {others.map((o) => (
          <li>
            <span class="source">{o.sourceTitle}</span>: <a href={`/articles/${o.slug}`}>{o.title}</a> <span class="meta">(<time datetime={o.publishedAt}>{formatDate(o.publishedAt, timeZone)}</time>)</span>
          </li>
        ))}
      </ul>
      <p>
        <a href={storyPath(storyId)}>The whole story</a>
      </p>
    </aside>
  );
}
