import type { ArticleSummary } from '../../store/articles.js';
import type { Settings } from '../../store/settings.js';
import { ArticleCards, Pagination } from './home.js';
import { topicPath } from './home-sections.js';
import { Layout } from './layout.js';
import { SocialMeta } from './meta.js';

export interface TopicPageProps {
  settings: Settings;
  topic: string;
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
  publicUrl: string;
}

/** Every visible article the feeds filed under one topic word, newest first. */
export function TopicPage({ settings, topic, articles, page, pageCount, publicUrl }: TopicPageProps) {
  const path = topicPath(topic);
  const url = `${publicUrl}${path}${page > 1 ? `?page=${page}` : ''}`;
  const title = `Articles on ${topic}`;
  const description = `The newest articles on ${topic} at ${settings.siteName}.`;
  return (
    <Layout settings={settings} title={page > 1 ? `${title}, page ${page}` : title} description={description} canonicalUrl={url} head={<SocialMeta type="website" title={title} description={description} url={url} siteName={settings.siteName} />}>
      <h1 class="page-title">{page > 1 ? `${title}, page ${page} of ${pageCount}` : title}</h1>
      <ArticleCards articles={articles} timeZone={settings.timeZone} />
      <Pagination page={page} pageCount={pageCount} basePath={path} label={`Pages of articles on ${topic}`} />
    </Layout>
  );
}
