import type { JsonFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from '../types.js';
import { categoryList, distinctSummary, firstDate, firstText, personName } from './common.js';
import { enclosure, imageFromEnclosures } from './media.js';
import { escapeHtml, stripTags } from '../../text/html.js';
import { resolveHttpUrl } from './text.js';

/** JSON Feed 1.0/1.1 (feedsmith maps 1.0's `author` to `authors`). Its text fields are plain text. */
export function fromJson(feed: JsonFeed.Feed<string>, feedUrl: string): ParsedFeed {
  const feedAuthor = personName(feed.authors?.[0]?.name);
  return {
    format: 'json',
    title: stripTags(feed.title ?? ''),
    siteUrl: resolveHttpUrl(feed.home_page_url, feedUrl),
    description: stripTags(feed.description ?? ''),
    language: firstText(feed.language),
    ttlMinutes: null,
    items: (feed.items ?? []).map((item) => jsonItem(item, feedUrl, feedAuthor)),
  };
}

function jsonItem(item: JsonFeed.Item<string>, base: string, feedAuthor: string | null): FeedItem {
  const text = firstText(item.content_text);
  const contentHtml = firstText(item.content_html) ?? (text === null ? null : escapeHtml(text));
  const summary = firstText(item.summary);
  const enclosures = (item.attachments ?? []).flatMap((a) => enclosure(a.url, a.mime_type, a.size_in_bytes, base));
  const updatedAt = firstDate(item.date_modified);
  return {
    guid: firstText(item.id),
    link: resolveHttpUrl(item.url, base) ?? resolveHttpUrl(item.external_url, base),
    title: stripTags(item.title ?? ''),
    author: personName(item.authors?.[0]?.name) ?? feedAuthor,
    publishedAt: firstDate(item.date_published) ?? updatedAt,
    updatedAt,
    contentHtml,
    summaryHtml: distinctSummary(summary === null ? null : escapeHtml(summary), contentHtml),
    imageUrl: resolveHttpUrl(item.image, base) ?? resolveHttpUrl(item.banner_image, base) ?? imageFromEnclosures(enclosures),
    categories: categoryList(item.tags ?? []),
    enclosures,
    baseUrl: base,
  };
}
