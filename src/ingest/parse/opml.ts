import { parseOpml } from 'feedsmith';
import type { Opml } from 'feedsmith';
import { renderXmlDocument, xml } from '../../text/xml.js';
import { FeedParseError } from '../types.js';
import { firstText } from './common.js';
import { resolveHttpUrl } from './text.js';
import { makeXmlSafe } from './xml-safety.js';

export interface OpmlSource {
  feedUrl: string;
  title: string | null;
  siteUrl: string | null;
}

type Outline = Opml.Outline<string>;

/**
 * The feeds of an OPML subscription list, nested folders flattened, in document order.
 * Outlines without an http(s) xmlUrl (folders, links, notes) are left out, as are repeats.
 */
export function parseOpmlSources(text: string): OpmlSource[] {
  let document: Opml.Document<string>;
  try {
    document = parseOpml(makeXmlSafe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
    throw new FeedParseError('The file is not an OPML subscription list (no <opml> document with a <body> could be read).');
  }
  const sources: OpmlSource[] = [];
  const seen = new Set<string>();
  const visit = (outlines: Outline[] | undefined): void => {
    for (const outline of outlines ?? []) {
      const feedUrl = resolveHttpUrl(outline.xmlUrl, null);
      if (feedUrl && !seen.has(feedUrl)) {
        seen.add(feedUrl);
        sources.push({ feedUrl, title: firstText(outline.title, outline.text), siteUrl: resolveHttpUrl(outline.htmlUrl, null) });
      }
      visit(outline.outlines);
    }
  };
  visit(document.body?.outlines);
  return sources;
}

/** An OPML 2.0 subscription list of the given sources. */
export function buildOpml(sources: { title: string; feedUrl: string; siteUrl: string }[], title: string): string {
  return renderXmlDocument(
    xml(
      'opml',
      { version: '2.0' },
      xml('head', {}, xml('title', {}, title)),
      xml(
        'body',
        {},
        ...sources.map((source) =>
          xml('outline', { text: source.title || source.feedUrl, title: source.title || undefined, type: 'rss', xmlUrl: source.feedUrl, htmlUrl: source.siteUrl || undefined }),
        ),
      ),
    ),
  );
}
