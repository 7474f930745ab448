import type { ExtractedPage } from '../types.js';
import type { DomDocument, DomElement } from './dom.js';
import { readJsonLdArticle, type JsonLdArticle } from './jsonld.js';
import { resolveUrl } from './urls.js';

export type PageMetadata = Omit<ExtractedPage, 'contentHtml'>;

/**
 * What the page says about itself, from its head and markup:
 *   title       og:title, JSON-LD headline, twitter:title, <title>
 *   author      JSON-LD author name(s), meta name=author, article:author (unless a URL), rel=author text
 *   publishedAt JSON-LD datePublished, article:published_time, meta date/pubdate and kin, <time> in the article
 *   imageUrl    og:image, twitter:image, JSON-LD image
 *   canonical   link rel=canonical, og:url
 *   language    <html lang>, og:locale, JSON-LD inLanguage, Content-Language
 * Addresses are made absolute against base (the page address, or its <base href>).
 */
export function readMetadata(document: DomDocument, base: URL | null): PageMetadata {
  const meta = metaMap(document);
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const value of meta.get(key) ?? []) {
        const v = clean(value);
        if (v) return v;
      }
    }
    return null;
  };

  const jsonLd = readJsonLdArticle([...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ''));

  return {
    title: first('og:title') ?? jsonLd?.headline ?? first('twitter:title') ?? clean(document.querySelector('title')?.textContent),
    author: author(document, meta, jsonLd),
    publishedAt: publishedAt(document, meta, jsonLd),
    imageUrl:
      firstUrl([first('og:image'), first('og:image:url'), first('og:image:secure_url'), first('twitter:image'), first('twitter:image:src'), jsonLd?.image ?? null], base),
    canonicalUrl: firstUrl([document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null, first('og:url')], base),
    language:
      normalizeLanguage(document.documentElement?.getAttribute('lang')) ??
      normalizeLanguage(first('og:locale')) ??
      normalizeLanguage(jsonLd?.inLanguage) ??
      normalizeLanguage(first('content-language', 'language', 'dc.language')),
  };
}

/** meta property/name/itemprop/http-equiv (lowercased) → every content given for it, in order. */
function metaMap(document: DomDocument): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key);
      if (list) list.push(content);
      else map.set(key, [content]);
    }
  }
  return map;
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}

function firstUrl(candidates: (string | null)[], base: URL | null): string | null {
  for (const c of candidates) {
    const url = resolveUrl(c, base);
    if (url) return url;
  }
  return null;
}

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|www\.)/i;

function cleanAuthor(value: string | null | undefined): string | null {
  let v = clean(value);
  if (!v) return null;
  v = v.replace(/^by[:\s]+/i, '').replace(/[\s,;|·–—-]+$/, '').trim();
  if (v === '' || v.length > 200 || URL_LIKE.test(v) || v.includes('@')) return null;
  return v;
}

function author(document: DomDocument, meta: Map<string, string[]>, jsonLd: JsonLdArticle | null): string | null {
  const fromJsonLd = (jsonLd?.authors ?? []).map(cleanAuthor).filter((a): a is string => a !== null);
  if (fromJsonLd.length) return [...new Set(fromJsonLd)].join(', ');
  for (const value of meta.get('author') ?? []) {
    const a = cleanAuthor(value);
    if (a) return a;
  }
  const articleAuthors = (meta.get('article:author') ?? []).map(cleanAuthor).filter((a): a is string => a !== null);
  if (articleAuthors.length) return [...new Set(articleAuthors)].join(', ');
  for (const el of document.querySelectorAll('[rel~="author" i]')) {
    if (el.localName === 'link') continue;
    const a = cleanAuthor(el.textContent);
    if (a) return a;
  }
  return null;
}

function publishedAt(document: DomDocument, meta: Map<string, string[]>, jsonLd: JsonLdArticle | null): Date | null {
  const candidates: (string | null | undefined)[] = [jsonLd?.datePublished];
  for (const key of ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date']) {
    candidates.push(...(meta.get(key) ?? []));
  }
  for (const date of candidates) {
    const d = parseDate(date);
    if (d) return d;
  }
  const times: (DomElement | null)[] = [
    document.querySelector('[itemprop~="datePublished" i][datetime]'),
    document.querySelector('time[pubdate][datetime]'),
    document.querySelector('article time[datetime]'),
  ];
  for (const el of times) {
    const d = parseDate(el?.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

/**
 * A publication date: ISO 8601 (a date alone, or a date-time without an offset, is
 * taken as UTC so the result does not depend on the server's time zone) or anything
 * Date.parse reads unambiguously (RFC 2822). Null for nonsense and implausible years.
 */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  let v = value.trim();
  if (v === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(v);
  if (iso) {
    const [, date, time, zone] = iso;
    let offset = zone ?? 'Z';
    if (/^[+-]\d{2}$/.test(offset)) offset += ':00';
    else if (/^[+-]\d{4}$/.test(offset)) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
    v = `${date}T${(time ?? '00:00:00').replace(',', '.')}${offset.toUpperCase()}`;
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? d : null;
}

/** "en_gb" → "en-GB", "zh-hant-tw" → "zh-Hant-TW"; null for what is not a language tag. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  if (!value) return null;
  const tag = value.split(',')[0]!.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  return tag
    .split('-')
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}
