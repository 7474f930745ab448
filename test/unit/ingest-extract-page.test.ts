import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractPage } from '../../src/ingest/extract/page.js';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize.js';
import type { ExtractedPage } from '../../src/ingest/types.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** Text of some HTML with tags removed and whitespace collapsed, to look for sentences. */
function text(html: string | null): string {
  return (html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

function meta({ contentHtml: _content, ...rest }: ExtractedPage) {
  return rest;
}

describe('extractPage: a local news site (The Tidewater Gazette)', () => {
  const url = 'https://tidewater-gazette.example/local/2026/harbour-barrier?utm_source=rss';
  const page = extractPage(fixture('tidewater-harbour-barrier.html'), url);
  const safe = sanitizeArticleHtml(page.contentHtml ?? '', { baseUrl: url });

  test('metadata from OpenGraph, JSON-LD (@graph with an @id author) and the head', () => {
    assert.deepEqual(meta(page), {
      title: 'Port Merrow council orders tidal barrier study after a decade of winter floods',
      author: 'Imogen Vale',
      publishedAt: new Date('2026-02-14T07:30:00Z'),
      imageUrl: 'https://tidewater-gazette.example/media/2026/02/harbour-wall-flood-og.jpg',
      canonicalUrl: 'https://tidewater-gazette.example/local/2026/harbour-barrier',
      language: 'en-GB',
    });
  });

  test('the article paragraphs, subheads, quote and video are kept, first to last', () => {
    const t = text(page.contentHtml);
    const sentences = [
      "Port Merrow's harbour council has ordered a full engineering study of a tidal barrier",
      'The vote on Thursday evening was nine to two.',
      'Flooding has reached the quayside shops in seven of the last ten winters.',
      'Fishing fleet wary of locks',
      'A gate that closes when the weather turns is a gate that keeps us in harbour',
      'Tomasz Penhallow, who chairs the Merrow Fishermen',
      'What happens next',
      'Meanwhile the temporary flood gates on Fish Street will stay in place until the end of March',
    ];
    let at = -1;
    for (const s of sentences) {
      const i = t.indexOf(s);
      assert.ok(i > at, `"${s}" in order`);
      at = i;
    }
  });

  test('navigation, sidebars, comments, footer, ads, share buttons, forms, scripts and hidden text are left out', () => {
    const t = text(page.contentHtml);
    for (const chrome of [
      'Local Latest', // navigation
      'Most read',
      'Ferry timetable changes from March', // sidebar
      'Lifeboat crew rescues two kayakers', // related stories
      'Harbourside Pete', // comments
      'My grandfather said the same thing in 1978',
      'All rights reserved', // footer
      'Advertisement', // ad slots
      'Share on Facebook',
      'Share this:', // sharedaddy
      'Sign me up', // newsletter form
      'We use cookies',
      'Injected by a script',
      'trackPageView',
      'Printed from the Tidewater Gazette website', // display: none
    ]) {
      assert.ok(!t.includes(chrome), `left out: ${chrome}`);
    }
  });

  test('once sanitized: YouTube goes through youtube-nocookie, the lazy image is lifted, the pixel and utm_ parameters are gone', () => {
    assert.match(safe, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/Xy12AbCdEfG\?rel=0" width="560" height="315" title="Storm surge at Port Merrow harbour" allowfullscreen sandbox="allow-scripts allow-same-origin allow-popups" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"><\/iframe>/);
    assert.match(safe, /<img src="https:\/\/tidewater-gazette\.example\/media\/2026\/02\/fish-street-sandbags\.jpg" alt="Sandbags stacked outside a shop on Fish Street" width="800" height="533" loading="lazy" \/>/);
    assert.match(safe, /<a href="https:\/\/tidewater-gazette\.example\/local\/flood-advice\?ref=story" rel="noopener nofollow">council's flood advice page<\/a>/);
    assert.doesNotMatch(safe, /pixel\.gif|blank\.gif|utm_|<script|<span|<div|class=/);
  });
});

describe('extractPage: a WordPress blog (Orchard Notes)', () => {
  const url = 'https://orchard-notes.example/2026/03/cold-spring-grafting/';
  const page = extractPage(fixture('orchard-notes-grafting.html'), url);
  const safe = sanitizeArticleHtml(page.contentHtml ?? '', { baseUrl: url });

  test('metadata: BlogPosting in an array with two authors, twitter:image, rel=canonical, html lang', () => {
    assert.deepEqual(meta(page), {
      title: 'What a cold spring taught me about grafting old apple varieties',
      author: 'Wren Halloway, Amos Halloway',
      publishedAt: new Date('2026-03-02T18:45:00Z'),
      imageUrl: 'https://orchard-notes.example/wp-content/uploads/2026/03/whip-and-tongue-twitter.jpg',
      canonicalUrl: 'https://orchard-notes.example/2026/03/cold-spring-grafting/',
      language: 'en-GB',
    });
  });

  test('the post, its list, figures and quote are kept; sharedaddy, widgets and comments are not', () => {
    const t = text(page.contentHtml);
    assert.ok(t.includes('Last April I lost eleven of the fourteen grafts I made'));
    assert.ok(t.includes('Match the cambium on at least one side'));
    assert.ok(t.includes('Grafting is mostly patience with a very sharp knife in the middle of it.'));
    assert.ok(t.includes('Keep it cold, keep it dormant, bind it tight.'));
    for (const chrome of ['Share this:', 'Click to share on Twitter', 'Archives 2026', 'Parcel tape! I have been using electrical tape', 'Old trees, new grafts', 'Pruning the russet, at last', 'Follow on Mastodon']) {
      assert.ok(!t.includes(chrome), `left out: ${chrome}`);
    }
  });

  test('once sanitized: srcset made absolute, the lazy figure lifted from data-lazy-src, the stats image gone', () => {
    assert.match(safe, /srcset="https:\/\/orchard-notes\.example\/wp-content\/uploads\/2026\/03\/whip-and-tongue-1024x683\.jpg 1024w, https:\/\/orchard-notes\.example\/wp-content\/uploads\/2026\/03\/whip-and-tongue-300x200\.jpg 300w, /);
    assert.match(safe, /<img src="https:\/\/orchard-notes\.example\/wp-content\/uploads\/2026\/03\/scion-bundle\.jpg" [^>]*alt="Labelled bundles of scion wood"/);
    assert.match(safe, /<ol>\s*<li>Cut the scion to three buds/);
    assert.doesNotMatch(safe, /placeholder\.png|pixel\.wp\.com|<noscript/);
  });
});

describe('extractPage: a city paper (The Metro Ledger)', () => {
  const url = 'https://metro-ledger.example/transit/2026/01/night-buses-record';
  const page = extractPage(fixture('metro-ledger-night-buses.html'), url);
  const safe = sanitizeArticleHtml(page.contentHtml ?? '', { baseUrl: url });

  test('metadata: malformed JSON-LD skipped, ReportageNewsArticle author string, article:published_time, og:url, og:locale', () => {
    assert.deepEqual(meta(page), {
      title: 'Night buses carried record riders while the river line was closed',
      author: 'Desmond Okafor, Lila Brandt',
      publishedAt: new Date('2026-01-28T03:10:00Z'),
      imageUrl: 'https://metro-ledger.example/img/2026/01/n7-bus-night.jpg',
      canonicalUrl: 'https://metro-ledger.example/transit/2026/01/night-buses-record',
      language: 'en-CA',
    });
  });

  test('the table, the quote and the Vimeo player are kept; addtoany and the share bar are not', () => {
    assert.match(safe, /<table>\s*<caption>Average riders per night, midnight to 5 a\.m\.<\/caption>/);
    assert.match(safe, /<td rowspan="3">about 5,900<\/td>/);
    assert.match(safe, /<td colspan="2">Source: City Transit Authority<\/td>/);
    assert.match(safe, /<iframe src="https:\/\/player\.vimeo\.com\/video\/701234567\?h=ab12cd" width="640" height="360" allowfullscreen sandbox="allow-scripts allow-same-origin allow-popups"/);
    assert.match(safe, /<h2>Why riders switched<\/h2>/);
    const t = text(safe);
    assert.ok(t.includes('The river line reopened on January 25.'));
    for (const chrome of ['Share this story', 'Email', 'Nightshift Nadia', 'Council approves new bike lanes', 'Advertisement', 'Home delivery']) {
      assert.ok(!t.includes(chrome), `left out: ${chrome}`);
    }
    assert.doesNotMatch(safe, /fbclid|addtoany|sharer/);
  });
});

describe('extractPage: a bare fragment without <html>, <head> or <body>', () => {
  const page = extractPage(fixture('allotment-notice-bare.html'), 'https://greenway-allotments.example/notices/water');

  test('metadata from <title>, meta pubdate and a rel=author link; the rest null', () => {
    assert.deepEqual(meta(page), {
      title: 'Allotment water supply to be switched off for repairs',
      author: 'Fenella Rusk',
      publishedAt: new Date('2025-11-03T00:00:00Z'),
      imageUrl: null,
      canonicalUrl: null,
      language: null,
    });
  });

  test('the notice text is found', () => {
    const t = text(page.contentHtml);
    assert.ok(t.includes('The mains water supply to all three allotment fields will be switched off from Monday 10 November'));
    assert.ok(t.includes('dig out the section of path near the gate'));
    assert.ok(!t.includes('Greenway Allotment Society | Notices'));
  });
});

/** A small page around a head and an article body long enough for Readability. */
function doc(head: string, { htmlAttrs = '', article = '' } = {}): string {
  const para = '<p>The committee met on Tuesday to discuss the repairs to the old pier, which have been delayed twice by storms and once by a shortage of timber of the right grade.</p>';
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body><article>${article}${para.repeat(4)}</article></body></html>`;
}
const url = 'https://paper.example/news/2026/pier.html';
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('extractPage: title', () => {
  test('og:title comes first', () => {
    assert.equal(extractPage(doc('<title>T | Paper</title><meta property="og:title" content=" OG  title ">' + ld({ '@type': 'NewsArticle', headline: 'LD' })), url).title, 'OG title');
  });

  test('then the JSON-LD headline, then <title>', () => {
    assert.equal(extractPage(doc('<title>T | Paper</title>' + ld({ '@type': 'NewsArticle', headline: 'LD headline' })), url).title, 'LD headline');
    assert.equal(extractPage(doc('<title>Pier repairs &amp; delays | Paper</title>'), url).title, 'Pier repairs & delays | Paper');
  });

  test('none at all gives null', () => {
    assert.equal(extractPage(doc(''), url).title, null);
  });
});

describe('extractPage: author', () => {
  const author = (head: string, article = '') => extractPage(doc(head, { article }), url).author;

  test('JSON-LD author as a string, an object, an array of objects, an @id reference', () => {
    assert.equal(author(ld({ '@type': 'NewsArticle', author: 'Ada Quill' })), 'Ada Quill');
    assert.equal(author(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Ben Oar' } })), 'Ben Oar');
    assert.equal(author(ld({ '@type': 'BlogPosting', author: [{ name: 'Cy Rook' }, { name: 'Di Vane' }, { name: 'Cy Rook' }] })), 'Cy Rook, Di Vane');
    assert.equal(
      author(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'ReportageNewsArticle', author: { '@id': '#p1' } }, { '@type': 'Person', '@id': '#p1', name: 'Eve Lark' }] })),
      'Eve Lark',
    );
    assert.equal(author(ld({ '@type': 'NewsArticle', author: ['Fay Moss', 'https://paper.example/staff/fay'] })), 'Fay Moss');
  });

  test('@type may be an array or a full schema.org URL', () => {
    assert.equal(author(ld({ '@type': ['NewsArticle', 'Thing'], author: 'Gus Pike' })), 'Gus Pike');
    assert.equal(author(ld({ '@type': 'http://schema.org/NewsArticle', author: 'Hal Reed' })), 'Hal Reed');
  });

  test('JSON-LD that is not an article is not read for the author', () => {
    assert.equal(author(ld({ '@type': 'Organization', author: 'Not Me', name: 'Paper' }) + '<meta name="author" content="Ivy Teal">'), 'Ivy Teal');
  });

  test('malformed JSON-LD is ignored and the next source is used', () => {
    assert.equal(author('<script type="application/ld+json">{"@type": "NewsArticle", "author": </script><meta name="author" content="Jo Wren">'), 'Jo Wren');
  });

  test('meta name=author, then article:author when it is not a URL, then rel=author text', () => {
    assert.equal(author('<meta name="author" content="By Kit Ash"><meta property="article:author" content="Other">'), 'Kit Ash');
    assert.equal(author('<meta property="article:author" content="https://facebook.example/kit"><meta property="article:author" content="Lou Fern">'), 'Lou Fern');
    assert.equal(author('<meta property="article:author" content="https://facebook.example/kit">', '<p class="byline">By <a rel="author" href="/staff/max"> Max  Holm </a></p>'), 'Max Holm');
  });

  test('no author anywhere gives null', () => {
    assert.equal(author('<meta property="article:author" content="/staff/nobody">'), null);
  });
});

describe('extractPage: publishedAt', () => {
  const published = (head: string, article = '') => extractPage(doc(head, { article }), url).publishedAt;

  test('JSON-LD datePublished comes first', () => {
    assert.deepEqual(published(ld({ '@type': 'NewsArticle', datePublished: '2026-04-01T09:15:00+02:00' }) + '<meta property="article:published_time" content="2020-01-01T00:00:00Z">'), new Date('2026-04-01T07:15:00Z'));
  });

  test('then article:published_time, then meta date and pubdate', () => {
    assert.deepEqual(published('<meta property="article:published_time" content="2026-04-02T10:00:00Z"><meta name="date" content="2020-01-01">'), new Date('2026-04-02T10:00:00Z'));
    assert.deepEqual(published('<meta name="date" content="2026-04-03">'), new Date('2026-04-03T00:00:00Z'));
    assert.deepEqual(published('<meta name="pubdate" content="2026-04-04 08:30:00">'), new Date('2026-04-04T08:30:00Z'));
  });

  test('then a <time datetime> in the article', () => {
    assert.deepEqual(published('', '<p><time datetime="2026-04-05T06:00:00-04:00">5 April</time></p>'), new Date('2026-04-05T10:00:00Z'));
  });

  test('an unreadable date is skipped for the next source; none gives null', () => {
    assert.deepEqual(published(ld({ '@type': 'NewsArticle', datePublished: 'last Tuesday' }) + '<meta name="date" content="2026-04-06T12:00:00+0100">'), new Date('2026-04-06T11:00:00Z'));
    assert.equal(published('<meta name="date" content="not a date">'), null);
    assert.equal(published(''), null);
  });
});

describe('extractPage: imageUrl, canonicalUrl, language', () => {
  test('og:image is made absolute; twitter:image and JSON-LD image are fallbacks', () => {
    assert.equal(extractPage(doc('<meta property="og:image" content="../img/pier.jpg"><meta name="twitter:image" content="https://x.example/t.jpg">'), url).imageUrl, 'https://paper.example/news/img/pier.jpg');
    assert.equal(extractPage(doc('<meta name="twitter:image" content="/t.jpg">' + ld({ '@type': 'NewsArticle', image: 'https://x.example/ld.jpg' })), url).imageUrl, 'https://paper.example/t.jpg');
    assert.equal(extractPage(doc(ld({ '@type': 'NewsArticle', image: [{ '@type': 'ImageObject', url: '/ld-1.jpg' }, '/ld-2.jpg'] })), url).imageUrl, 'https://paper.example/ld-1.jpg');
  });

  test('an image that is not http(s) is not used', () => {
    assert.equal(extractPage(doc('<meta property="og:image" content="javascript:alert(1)">'), url).imageUrl, null);
  });

  test('canonical link first, og:url second, both absolute and without tracking parameters', () => {
    assert.equal(extractPage(doc('<link rel="canonical" href="/news/pier?utm_source=x&amp;id=7"><meta property="og:url" content="https://paper.example/og">'), url).canonicalUrl, 'https://paper.example/news/pier?id=7');
    assert.equal(extractPage(doc('<meta property="og:url" content="https://paper.example/og?fbclid=1">'), url).canonicalUrl, 'https://paper.example/og');
  });

  test('<base href> is what relative addresses resolve against', () => {
    const page = extractPage(doc('<base href="https://cdn.paper.example/site/"><link rel="canonical" href="pier.html"><meta property="og:image" content="img/a.jpg">', { article: '<p><a href="more.html">More on the pier</a></p>' }), url);
    assert.equal(page.canonicalUrl, 'https://cdn.paper.example/site/pier.html');
    assert.equal(page.imageUrl, 'https://cdn.paper.example/site/img/a.jpg');
    assert.match(page.contentHtml ?? '', /href="https:\/\/cdn\.paper\.example\/site\/more\.html"/);
  });

  test('language from html lang, then og:locale, normalized', () => {
    assert.equal(extractPage(doc('<meta property="og:locale" content="fr_FR">', { htmlAttrs: ' lang="EN-us"' }), url).language, 'en-US');
    assert.equal(extractPage(doc('<meta property="og:locale" content="fr_FR">'), url).language, 'fr-FR');
    assert.equal(extractPage(doc('<meta property="og:locale" content="pt_br">', { htmlAttrs: ' lang="not a language"' }), url).language, 'pt-BR');
    assert.equal(extractPage(doc(''), url).language, null);
  });
});

describe('extractPage: never throws', () => {
  const empty = { contentHtml: null, title: null, author: null, publishedAt: null, imageUrl: null, canonicalUrl: null, language: null };

  for (const [name, html] of [
    ['empty', ''],
    ['a doctype alone', '<!DOCTYPE html>'],
    ['only a head', '<html><head><meta charset="utf-8"></head></html>'],
  ] as const) {
    test(`${name} gives all nulls`, () => {
      assert.deepEqual(extractPage(html, url), empty);
    });
  }

  for (const [name, html, words] of [
    ['plain text', 'just some words', 'just some words'],
    ['stray brackets', '<<<>>> </ > <!-- ', '&lt;&lt;&lt;&gt;&gt;&gt;'],
    ['binary junk', '\u0000\u0001\uFFFD\u0007<\u0000html>', '\uFFFD'],
  ] as const) {
    test(`${name} gives null metadata and whatever text there is`, () => {
      const { contentHtml, ...rest } = extractPage(html, url);
      assert.deepEqual({ contentHtml: null, ...rest }, empty);
      assert.ok(contentHtml?.includes(words), String(contentHtml));
    });
  }

  test('unclosed and misnested tags still give the text', () => {
    const html = '<html><head><title>Broken</title><body><div><p>' + 'Words of a long enough sentence about the pier and its repairs. '.repeat(12) + '<b><i>bold</b></i><table><tr><td>cell</div>';
    const page = extractPage(html, url);
    assert.equal(page.title, 'Broken');
    assert.ok(text(page.contentHtml).includes('Words of a long enough sentence about the pier'));
  });

  test('an invalid page URL does not throw; relative metadata addresses are then dropped', () => {
    const page = extractPage(doc('<title>T</title><link rel="canonical" href="/x"><meta property="og:image" content="https://x.example/a.jpg">'), 'not a url');
    assert.equal(page.title, 'T');
    assert.equal(page.canonicalUrl, null);
    assert.equal(page.imageUrl, 'https://x.example/a.jpg');
  });

  test('a page with no text has no content', () => {
    assert.equal(extractPage('<html><head><title>Gallery</title></head><body><div><img src="/a.jpg"></div></body></html>', url).contentHtml, null);
  });
});

test('a byline element is read as the author and not left at the top of the text', async () => {
  const { extractPage } = await import('../../src/ingest/extract/page.js');
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a story long enough for the extractor to keep it as the main text of the page.</p>`).join('');
  const page = `<!doctype html><html><head><title>T</title><meta name="author" content="Ines Kowalczyk"></head><body><article><h1>T</h1><p class="byline">By Ines Kowalczyk</p>${paragraphs}</article></body></html>`;
  const result = extractPage(page, 'https://paper.example/t');
  assert.equal(result.author, 'Ines Kowalczyk');
  assert.ok(result.contentHtml?.includes('Paragraph 1 of a story'));
  assert.ok(!result.contentHtml?.includes('By Ines Kowalczyk'), result.contentHtml ?? '');
});
