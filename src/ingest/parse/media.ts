import type { MediaNs } from 'feedsmith';
import type { FeedItem } from '../types.js';
import { resolveHttpUrl } from './text.js';

type MediaContent = MediaNs.Content;

const imageExtension = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function isImageContent(content: MediaContent): boolean {
  if (content.medium) return content.medium.toLowerCase() === 'image';
  if (content.type) return content.type.toLowerCase().startsWith('image/');
  return content.url !== undefined && imageExtension.test(content.url);
}

/** The default image, else the widest, else the first. */
function bestImage(contents: MediaContent[]): MediaContent | undefined {
  const images = contents.filter((content) => content.url && isImageContent(content));
  return images.find((image) => image.isDefault) ?? [...images].sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0];
}

/**
 * The item's picture from Media RSS: an image media:content (directly or in a media:group),
 * else a media:thumbnail at any level.
 */
export function imageFromMedia(media: MediaNs.ItemOrFeed | undefined, base: string): string | null {
  if (!media) return null;
  const groups = media.groups ?? [];
  const image = bestImage(media.contents ?? []) ?? bestImage(groups.flatMap((group) => group.contents ?? []));
  if (image) {
    const url = resolveHttpUrl(image.url, base);
    if (url) return url;
  }
  const thumbnails = [
    ...(media.thumbnails ?? []),
    ...(media.contents ?? []).flatMap((content) => content.thumbnails ?? []),
    ...groups.flatMap((group) => [...(group.thumbnails ?? []), ...(group.contents ?? []).flatMap((content) => content.thumbnails ?? [])]),
  ];
  for (const thumbnail of thumbnails) {
    const url = resolveHttpUrl(thumbnail.url, base);
    if (url) return url;
  }
  return null;
}

export function imageFromEnclosures(enclosures: FeedItem['enclosures']): string | null {
  return enclosures.find((enclosure) => enclosure.type?.toLowerCase().startsWith('image/'))?.url ?? null;
}

export function enclosure(url: string | undefined, type: string | undefined, length: number | undefined, base: string): FeedItem['enclosures'] {
  const absolute = resolveHttpUrl(url, base);
  if (!absolute) return [];
  const size = typeof length === 'number' && Number.isFinite(length) && length > 0 ? Math.round(length) : null;
  return [{ url: absolute, type: type?.trim() || null, length: size }];
}
