import type { ThreadNode } from '../../discussion/threading.js';
import type { PublicComment } from '../../store/comments.js';
import type { Article, Source } from '../../store/schema.js';
import type { Settings } from '../../store/settings.js';
import { articleUrl, parseTopics } from '../feeds/index.js';
import { htmlToText } from '../../text/html.js';
import { plainTextTeaser } from '../format.js';
import { leadImageUrl } from '../../ingest/parse/lead-image.js';

/** OpenGraph and Twitter card tags; `article` adds the article: properties. */
export interface SocialMetaProps {
  type: 'website' | 'article';
  title: string;
  description: string;
  url: string;
  siteName: string;
  imageUrl?: string | null;
  article?: { publishedTime: string; modifiedTime: string; author: string | null; section: string; tags: string[] };
}

export function SocialMeta({ type, title, description, url, siteName, imageUrl, article }: SocialMetaProps) {
  return (
    <>
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content="en_GB" />
      {imageUrl && <meta property="og:image" content={imageUrl} />}
      {article && (
        <>
          <meta property="article:published_time" content={article.publishedTime} />
          <meta property="article:modified_time" content={article.modifiedTime} />
          {article.author && <meta property="article:author" content={article.author} />}
          <meta property="article:section" content={article.section} />
          {article.tags.map((tag) => (
            <meta property="article:tag" content={tag} />
          ))}
        </>
      )}
      <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {imageUrl && <meta name="twitter:image" content={imageUrl} />}
    </>
  );
}

/**
 * JSON for a `<script>` data block: `<`, `>` and `&` become \u escapes, so no text inside
 * can close the element or open a comment; U+2028/2029 too, for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}

export interface ArticleJsonLdInput {
  publicUrl: string;
  settings: Settings;
  article: Article;
  source: Source;
  /** Approved comments only; PublicComment carries no email by construction. */
  comments: readonly PublicComment[];
}

/** schema.org NewsArticle for an article page, with its approved comments. */
export function articleJsonLd({ publicUrl, settings, article, source, comments }: ArticleJsonLdInput): Record<string, unknown> {
  const url = articleUrl(publicUrl, article.slug);
  const outlet = { '@type': 'Organization', name: source.title, url: source.site_url };
  const topics = parseTopics(article.topics);
  const listed = new Set(comments.map((c) => c.id));
  const image = leadImageUrl(article.image_url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description: plainTextTeaser(article.excerpt_html, 30),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.published_at,
    dateModified: article.updated_at,
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    publisher: outlet,
    sourceOrganization: outlet,
    isBasedOn: article.url,
    isPartOf: { '@type': 'WebSite', name: settings.siteName, url: `${publicUrl}/` },
    ...(image ? { image } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    ...(topics.length > 0 ? { keywords: topics } : {}),
    commentCount: comments.length,
    comment: comments.map((c) => ({
      '@type': 'Comment',
      '@id': `${url}#comment-${c.id}`,
      url: `${url}#comment-${c.id}`,
      author: { '@type': 'Person', name: c.author_name, ...(c.author_url ? { url: c.author_url } : {}) },
      dateCreated: c.created_at,
      text: htmlToText(c.body_html),
      ...(c.parent_id !== null && listed.has(c.parent_id) ? { parentItem: { '@id': `${url}#comment-${c.parent_id}` } } : {}),
    })),
  };
}

function approvedIn(thread: readonly ThreadNode<PublicComment>[]): PublicComment[] {
  return thread.flatMap((node) => [...(node.comment.status === 'approved' ? [node.comment] : []), ...approvedIn(node.replies)]);
}

/** The article page's head: its canonical link, OpenGraph, Twitter card, and NewsArticle JSON-LD with the approved comments. */
export function ArticleHead({ publicUrl, settings, article, source, thread }: { publicUrl: string; settings: Settings; article: Article; source: Source; thread: readonly ThreadNode<PublicComment>[] }) {
  const comments = approvedIn(thread).sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id));
  // One address for machines: the desk's page, in the canonical link, og:url, the JSON-LD and the sitemap (README, "One canonical story").
  const url = articleUrl(publicUrl, article.slug);
  return (
    <>
      <link rel="canonical" href={url} />
      <SocialMeta
        type="article"
        title={article.title}
        description={plainTextTeaser(article.excerpt_html, 30)}
        url={url}
        siteName={settings.siteName}
        imageUrl={leadImageUrl(article.image_url)}
        article={{ publishedTime: article.published_at, modifiedTime: article.updated_at, author: article.author, section: source.title, tags: parseTopics(article.topics) }}
      />
      <JsonLd data={articleJsonLd({ publicUrl, settings, article, source, comments })} />
    </>
  );
}
