import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isAdName, isShareEndpoint, isShareName } from '../../src/ingest/extract/chrome.js';
import { readJsonLdArticle } from '../../src/ingest/extract/jsonld.js';
import { normalizeLanguage, parseDate } from '../../src/ingest/extract/metadata.js';
import { isSafeDataImage, isTrackingParam, resolveSrcset, resolveUrl, stripTrackingParams, LINK_SCHEMES } from '../../src/ingest/extract/urls.js';

const base = new URL('https://news.example/a/b.html');

describe('stripTrackingParams', () => {
  const strip = (u: string) => stripTrackingParams(new URL(u)).href;

  test('removes utm_* (any case), click ids and mailing-list ids; keeps the rest byte for byte', () => {
    assert.equal(strip('https://x.example/p?utm_source=a&id=7&Utm_Medium=b&fbclid=c&name=J%C3%BCrgen+K&mc_eid=d#top'), 'https://x.example/p?id=7&name=J%C3%BCrgen+K#top');
  });

  test('an encoded parameter name is recognized', () => {
    assert.equal(strip('https://x.example/p?utm%5Fsource=a&k=1'), 'https://x.example/p?k=1');
  });

  test('a query of only tracking parameters disappears, and an untouched URL is unchanged', () => {
    assert.equal(strip('https://x.example/p?gclid=1&msclkid=2'), 'https://x.example/p');
    assert.equal(strip('https://x.example/p?a=1&&b=2'), 'https://x.example/p?a=1&&b=2');
  });

  test('isTrackingParam knows the list and nothing else', () => {
    for (const p of ['utm_source', 'utm_x', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'igshid', 'yclid']) assert.equal(isTrackingParam(p), true, p);
    for (const p of ['utm', 'source', 'id', 'ref', 'page', 'fbclid2', 'xutm_source']) assert.equal(isTrackingParam(p), false, p);
  });
});

describe('resolveUrl', () => {
  test('resolves against the base and keeps only allowed schemes', () => {
    assert.equal(resolveUrl('../c.html?utm_term=x', base), 'https://news.example/c.html');
    assert.equal(resolveUrl('//cdn.example/i.png', base), 'https://cdn.example/i.png');
    assert.equal(resolveUrl('mailto:a@example.org', base), null);
    assert.equal(resolveUrl('mailto:a@example.org', base, LINK_SCHEMES), 'mailto:a@example.org');
    for (const bad of ['javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'ftp://x.example/', 'http://[bad', '   ']) assert.equal(resolveUrl(bad, base, LINK_SCHEMES), null, bad);
  });

  test('without a base only absolute addresses resolve', () => {
    assert.equal(resolveUrl('/x', null), null);
    assert.equal(resolveUrl('https://x.example/y', null), 'https://x.example/y');
  });
});

describe('resolveSrcset', () => {
  test('every candidate is made absolute, descriptors kept', () => {
    assert.equal(resolveSrcset(' a.jpg 1x,b.jpg  2x , /c.jpg 640w', base), 'https://news.example/a/a.jpg 1x, https://news.example/a/b.jpg 2x, https://news.example/c.jpg 640w');
  });

  test('commas inside a URL stay; a candidate without descriptor is kept', () => {
    assert.equal(resolveSrcset('/w_400,h_300/a.jpg 400w, /w_800,h_600/a.jpg', base), 'https://news.example/w_400,h_300/a.jpg 400w, https://news.example/w_800,h_600/a.jpg');
  });

  test('unsafe candidates and bad descriptors are dropped; nothing left gives null', () => {
    assert.equal(resolveSrcset('javascript:x 1x, /ok.jpg 2x, /bad.jpg 2q', base), 'https://news.example/ok.jpg 2x');
    assert.equal(resolveSrcset('javascript:x 1x', base), null);
    assert.equal(resolveSrcset('', base), null);
  });
});

describe('isSafeDataImage', () => {
  test('png, jpeg, gif, webp and avif only', () => {
    for (const t of ['png', 'jpeg', 'gif', 'webp', 'avif', 'PNG']) assert.equal(isSafeDataImage(`data:image/${t};base64,AA`), true, t);
    for (const v of ['data:image/svg+xml;base64,AA', 'data:text/html,x', 'data:image/pngx;base64,AA', 'https://x/a.png']) assert.equal(isSafeDataImage(v), false, v);
  });
});

describe('isShareName and isAdName', () => {
  test('share and social widgets by class or id', () => {
    for (const n of ['share', 'share-buttons', 'post_share', 'sharing', 'sd-sharing-enabled', 'sharedaddy', 'social', 'social-links', 'addtoany_list', 'a2a_kit', 'shareButtons', 'ShareBar', 'sharethis-inline']) {
      assert.equal(isShareName(n), true, n);
    }
  });

  test('"shared", "shareholder", "socialism" and other words are not share widgets', () => {
    for (const n of ['shared', 'shared-history', 'shareholders', 'socialism', 'sociology', 'header', 'entry-content', '']) assert.equal(isShareName(n), false, n);
  });

  test('advertising slots, not words that merely contain "ad"', () => {
    for (const n of ['ad', 'ad-slot', 'ads', 'advert', 'adsbygoogle', 'gpt-ad-1', 'sidebar-advertisement', 'adUnit']) assert.equal(isAdName(n), true, n);
    for (const n of ['header', 'lead', 'shadow', 'download', 'read-more', 'badge', 'loading']) assert.equal(isAdName(n), false, n);
  });

  test('share endpoints by host and path', () => {
    assert.equal(isShareEndpoint(new URL('https://www.facebook.com/sharer/sharer.php?u=x')), true);
    assert.equal(isShareEndpoint(new URL('https://x.com/intent/tweet?text=x')), true);
    assert.equal(isShareEndpoint(new URL('https://www.linkedin.com/shareArticle?url=x')), true);
    assert.equal(isShareEndpoint(new URL('https://www.facebook.com/SomePage')), false);
    assert.equal(isShareEndpoint(new URL('https://twitter.com/someone/status/1')), false);
  });
});

describe('readJsonLdArticle', () => {
  test('finds the article in an array, in @graph and behind mainEntity', () => {
    assert.equal(readJsonLdArticle([JSON.stringify([{ '@type': 'Organization' }, { '@type': 'NewsArticle', headline: 'In array' }])])?.headline, 'In array');
    assert.equal(readJsonLdArticle([JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'BlogPosting', headline: 'In graph' }] })])?.headline, 'In graph');
    assert.equal(readJsonLdArticle([JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'Main entity' } })])?.headline, 'Main entity');
  });

  test('reads every field, resolving @id references for author and image', () => {
    const block = JSON.stringify({
      '@graph': [
        {
          '@type': 'ReportageNewsArticle',
          headline: '  Spaced   headline ',
          author: [{ '@id': '#a' }, 'Second Writer', { '@type': 'Organization', name: 'The Desk' }],
          datePublished: '2026-05-01T10:00:00Z',
          image: { '@id': '#img' },
          inLanguage: 'de-AT',
        },
        { '@id': '#a', '@type': 'Person', name: 'First Writer' },
        { '@id': '#img', '@type': 'ImageObject', contentUrl: '/lead.jpg' },
      ],
    });
    assert.deepEqual(readJsonLdArticle([block]), {
      headline: 'Spaced headline',
      authors: ['First Writer', 'Second Writer', 'The Desk'],
      datePublished: '2026-05-01T10:00:00Z',
      image: '/lead.jpg',
      inLanguage: 'de-AT',
    });
  });

  test('malformed blocks are skipped; a later good one is used; HTML comment wrappers are tolerated', () => {
    assert.equal(readJsonLdArticle(['{"@type": "NewsArticle", ', '<!-- {"@type":"NewsArticle","headline":"Wrapped"} -->'])?.headline, 'Wrapped');
    assert.equal(readJsonLdArticle(['nonsense', '']), null);
  });

  test('no article type gives null', () => {
    assert.equal(readJsonLdArticle([JSON.stringify({ '@type': 'Recipe', headline: 'Soup' })]), null);
  });
});

describe('parseDate', () => {
  test('ISO 8601 with and without offset (no offset is UTC), date alone is UTC midnight', () => {
    assert.deepEqual(parseDate('2026-02-14T07:30:00+01:00'), new Date('2026-02-14T06:30:00Z'));
    assert.deepEqual(parseDate('2026-02-14T07:30:00.250Z'), new Date('2026-02-14T07:30:00.250Z'));
    assert.deepEqual(parseDate('2026-02-14 07:30'), new Date('2026-02-14T07:30:00Z'));
    assert.deepEqual(parseDate('2026-02-14T07:30:00+0530'), new Date('2026-02-14T02:00:00Z'));
    assert.deepEqual(parseDate('2026-02-14'), new Date('2026-02-14T00:00:00Z'));
  });

  test('RFC 2822 dates are read', () => {
    assert.deepEqual(parseDate('Sat, 14 Feb 2026 07:30:00 GMT'), new Date('2026-02-14T07:30:00Z'));
  });

  test('nonsense and implausible years give null', () => {
    for (const v of ['', 'soon', '2026-13-45', '0001-01-01T00:00:00Z', '9999-01-01']) assert.equal(parseDate(v), null, v);
    assert.equal(parseDate(null), null);
  });
});

describe('normalizeLanguage', () => {
  test('underscores, case and scripts', () => {
    assert.equal(normalizeLanguage('en_gb'), 'en-GB');
    assert.equal(normalizeLanguage(' FR '), 'fr');
    assert.equal(normalizeLanguage('zh-hant-tw'), 'zh-Hant-TW');
    assert.equal(normalizeLanguage('de-DE, en'), 'de-DE');
  });

  test('what is not a language tag gives null', () => {
    for (const v of ['', 'english language', '12', 'e', null]) assert.equal(normalizeLanguage(v), null, String(v));
  });
});
