import type { ArticleSummary } from '../../store/articles.js';
import type { EntityCount, EntityLink, EntityRecord, QuoteListing, StoryLink } from '../../store/entities.js';
import type { EntityTypeName } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import { formatDate, plural } from '../format.js';
import { ArticleCards } from './home.js';
import { Layout } from './layout.js';
import { SocialMeta } from './meta.js';
import { storyPath } from './stories.js';

export function entityPath(slug: string): string {
  return `/entities/${encodeURIComponent(slug)}`;
}

const typeHeadings: Record<EntityTypeName, string> = { PERSON: 'People', ORG: 'Organizations', PLACE: 'Places' };
const typeNames: Record<EntityTypeName, string> = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place' };

export interface EntitiesPageProps {
  settings: Settings;
  entities: EntityCount[];
  days: number;
  publicUrl: string;
}

/** The people, organizations and places most articles of the last days name, by kind. */
export function EntitiesPage({ settings, entities, days, publicUrl }: EntitiesPageProps) {
  const description = `The people, organizations and places named most in ${settings.siteName}'s articles over the last ${days} days of news.`;
  return (
    <Layout
      settings={settings}
      title="People, organizations and places"
      description={description}
      section="entities"
      head={<SocialMeta type="website" title={`People, organizations and places – ${settings.siteName}`} description={description} url={`${publicUrl}/entities`} siteName={settings.siteName} />}
    >
      <h1 class="page-title">People, organizations and places</h1>
      <p>{description}</p>
      {entities.length === 0 && <p>Nobody and nothing named yet in the last {days} days of news.</p>}
      {(['PERSON', 'ORG', 'PLACE'] as const).map((type) => {
        const ofType = entities.filter((e) => e.type === type);
        if (ofType.length === 0) return null;
        return (
          <section aria-labelledby={`entities-${type}`}>
            <h2 id={`entities-${type}`}>{typeHeadings[type]}</h2>
            <ol class="entity-list">
              {ofType.map((e) => (
                <li>
                  <a href={entityPath(e.slug)}>{e.name}</a> <span class="meta">({plural(e.articles, 'article', 'articles')})</span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </Layout>
  );
}

export interface EntityPageProps {
  settings: Settings;
  entity: EntityRecord;
  articles: ArticleSummary[];
  stories: StoryLink[];
  quotes: QuoteListing[];
  related: EntityCount[];
  publicUrl: string;
}

/** One person, organization or place: what they said, the stories and articles naming them, who else is named with them. */
export function EntityPage({ settings, entity, articles, stories, quotes, related, publicUrl }: EntityPageProps) {
  const path = entityPath(entity.slug);
  const description = `${entity.name} (${typeNames[entity.type].toLowerCase()}) in the articles on ${settings.siteName}.`;
  return (
    <Layout
      settings={settings}
      title={entity.name}
      description={description}
      head={<SocialMeta type="website" title={`${entity.name} – ${settings.siteName}`} description={description} url={publicUrl + path} siteName={settings.siteName} />}
    >
      <header class="source-header">
        <p class="meta">{typeNames[entity.type]}</p>
        <h1 class="page-title">{entity.name}</h1>
        {entity.aliases.length > 0 && <p class="meta">Also named: {entity.aliases.join(', ')}</p>}
      </header>
      {quotes.length > 0 && (
        <section aria-labelledby="said-title">
          <h2 id="said-title">What {entity.name} said</h2>
          <ul class="quote-list">
            {quotes.map((q) => (
              <li>
                <blockquote>{q.text}</blockquote>
                <p class="meta">
                  <a href={`/articles/${q.articleSlug}`}>{q.articleTitle}</a> · <time datetime={q.publishedAt}>{formatDate(q.publishedAt, settings.timeZone)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stories.length > 0 && (
        <section aria-labelledby="stories-title">
          <h2 id="stories-title">Stories</h2>
          <ul>
            {stories.map((s) => (
              <li>
                <a href={storyPath(s.id)}>{s.title}</a> <span class="meta">({plural(s.sourceCount, 'source', 'sources')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Articles</h2>
        {articles.length === 0 ? (
          <p>No visible articles name {entity.name}.</p>
        ) : (
          <ArticleCards articles={articles} timeZone={settings.timeZone} />
        )}
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">Named with {entity.name}</h2>
          <EntityTags entities={related} />
        </section>
      )}
    </Layout>
  );
}

/** Links to entity pages, as a compact list of tags. */
export function EntityTags({ entities }: { entities: readonly EntityLink[] }) {
  return (
    <ul class="entity-tags">
      {entities.map((e) => (
        <li>
          <a href={entityPath(e.slug)}>{e.name}</a>
        </li>
      ))}
    </ul>
  );
}

/** "Who said what" and the article's tags, under the excerpt; nothing when the analysis found neither. */
export function ArticleAnalysis({ quotes, entities }: { quotes: readonly QuoteListing[]; entities: readonly EntityLink[] }) {
  if (quotes.length === 0 && entities.length === 0) return null;
  return (
    <section class="article-analysis" aria-label="In this article">
      {quotes.length > 0 && (
        <>
          <h2>Who said what</h2>
          <ul class="quote-list">
            {quotes.map((q) => (
              <li>
                <blockquote>{q.text}</blockquote>
                <p class="meta">— {q.speaker ? <a href={entityPath(q.speaker.slug)}>{q.speaker.name}</a> : (q.speakerName ?? 'speaker not named')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {entities.length > 0 && (
        <>
          <h2>Named in this article</h2>
          <EntityTags entities={entities} />
        </>
      )}
    </section>
  );
}
