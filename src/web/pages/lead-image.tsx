import { leadImageUrl } from '../../ingest/parse/lead-image.js';
import type { Article } from '../../store/schema.js';

/** The box an image is laid out in before it loads (16:9, the usual og:image shape), so nothing jumps. */
const BOXES = { lead: [1200, 675], thumb: [320, 180] } as const;

/**
 * An article's lead image, straight from the publisher's https address (the CSP's img-src
 * allows https:). alt is empty: the image is decoration beside the headline, which is the link
 * text. No referrer goes to the publisher's image host. Nothing for an address that is not https.
 */
export function LeadImage({ url, size, eager = false }: { url: string | null; size: keyof typeof BOXES; eager?: boolean }) {
  const src = leadImageUrl(url);
  if (src === null) return null;
  const [width, height] = BOXES[size];
  return <img class={`lead-image lead-image-${size}`} src={src} alt="" width={width} height={height} loading={eager ? 'eager' : 'lazy'} decoding="async" referrerpolicy="no-referrer" />;
}

/** The article page's picture under its headline, unless the excerpt already shows pictures of its own. */
export function ArticleLeadImage({ article }: { article: Pick<Article, 'image_url' | 'excerpt_html'> }) {
  if (/<img\b/i.test(article.excerpt_html)) return null;
  return <LeadImage url={article.image_url} size="lead" eager />;
}
