import type { ArticleSummary } from '../../store/articles.js';
import { parseTopics } from '../feeds/entry.js';

/** A heading on the front page with its newest few articles and the address of the full list. */
export interface HomeSection {
  kind: 'source' | 'topic';
  title: string;
  href: string;
  articles: ArticleSummary[];
}

export interface SectionLimits {
  /** How many sections of each kind at most. */
  sections: number;
  /** How many articles under each heading. */
  perSection: number;
}

export const HOME_SECTION_LIMITS: SectionLimits = { sections: 6, perSection: 3 };

export function topicPath(topic: string): string {
  return `/topics/${encodeURIComponent(topic)}`;
}

/**
 * The front page's sections from the desk's newest articles (newest first): one per source, the
 * sources that published last first; one per topic that at least two of them share, the most
 * shared first (then the most recent). A desk of a single source gets no source sections: they
 * would repeat the latest list.
 */
export function homeSections(newest: readonly ArticleSummary[], limits: SectionLimits = HOME_SECTION_LIMITS): { sources: HomeSection[]; topics: HomeSection[] } {
  const bySource = new Map<string, HomeSection>();
  const byTopic = new Map<string, HomeSection>();
  for (const article of newest) {
    const source = bySource.get(article.sourceSlug) ?? { kind: 'source', title: article.sourceTitle, href: `/sources/${encodeURIComponent(article.sourceSlug)}`, articles: [] };
    source.articles.push(article);
    bySource.set(article.sourceSlug, source);
    for (const topic of parseTopics(article.topics)) {
      const section = byTopic.get(topic) ?? { kind: 'topic', title: topic, href: topicPath(topic), articles: [] };
      section.articles.push(article);
      byTopic.set(topic, section);
    }
  }
  const cut = (section: HomeSection): HomeSection => ({ ...section, articles: section.articles.slice(0, limits.perSection) });
  const sources = bySource.size < 2 ? [] : [...bySource.values()].slice(0, limits.sections).map(cut);
  // Map order is first appearance, so a stable sort by count keeps the most recent first among equals.
  const topics = [...byTopic.values()]
    .filter((section) => section.articles.length >= 2)
    .sort((a, b) => b.articles.length - a.articles.length)
    .slice(0, limits.sections)
    .map(cut);
  return { sources, topics };
}
