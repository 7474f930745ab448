import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedParseError } from '../../src/ingest/types.js';
import { commonFeedPaths, findFeedLinks } from '../../src/ingest/parse/discover.js';
import { buildOpml, parseOpmlSources } from '../../src/ingest/parse/opml.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('findFeedLinks', () => {
  test('feed-typed alternate links, absolute, resolved against <base href>, in order, without repeats', () => {
    assert.deepEqual(findFeedLinks(fixture('discover-page.html'), 'https://tinkerers-log.example/blog/post'), [
      'https://cdn-mirror.example/site/feed.xml',
      'https://cdn-mirror.example/atom.xml?tag=clocks&full=1',
      'https://tinkerers-log.example/feed.json',
      'https://cdn-mirror.example/site/index.rdf',
      'https://cdn-mirror.example/api/feed.json',
    ]);
  });

  test('without <base>, relative links resolve against the page URL', () => {
    const html = '<html><head><link rel="alternate" type="application/atom+xml" href="../atom.xml"><link rel="alternate" type="application/rss+xml" href="//feeds.example/rss"></head></html>';
    assert.deepEqual(findFeedLinks(html, 'https://site.example/blog/post/'), ['https://site.example/blog/atom.xml', 'https://feeds.example/rss']);
  });

  test('a relative <base href> is itself resolved against the page URL', () => {
    const html = '<head><base href="/news/"><link rel="alternate" type="application/rss+xml" href="feed"></head>';
    assert.deepEqual(findFeedLinks(html, 'http://paper.example/a/b'), ['http://paper.example/news/feed']);
  });

  test('a page without feed links gives an empty list', () => {
    assert.deepEqual(findFeedLinks(fixture('html-page.html').replace(/<link[^>]*>/, ''), 'https://harbour-gazette.example/'), []);
    assert.deepEqual(findFeedLinks('', 'https://empty.example/'), []);
  });

  test('the common feed paths start with the five usual ones, in order', () => {
    assert.deepEqual(commonFeedPaths.slice(0, 5), ['/feed', '/rss.xml', '/atom.xml', '/feed.json', '/index.xml']);
    assert.equal(new Set(commonFeedPaths).size, commonFeedPaths.length);
  });
});

describe('parseOpmlSources', () => {
  test('flattens nested outlines, requires an http(s) xmlUrl, drops repeats, never resolves entities', () => {
    assert.deepEqual(parseOpmlSources(fixture('subscriptions.opml')), [
      { feedUrl: 'https://harbour-gazette.example/feed.xml', title: 'The Harbour Gazette', siteUrl: 'https://harbour-gazette.example/' },
      { feedUrl: 'https://observatory-notes.example/rss.rdf', title: 'Observatory Notes', siteUrl: null },
      { feedUrl: 'https://field-journal.example/blog/atom.xml?lang=fr&full=1', title: 'Field Journal', siteUrl: 'https://field-journal.example/blog/' },
    ]);
  });

  test('a file that is not OPML is a FeedParseError', () => {
    assert.throws(() => parseOpmlSources('<rss version="2.0"><channel/></rss>'), (error: unknown) => error instanceof FeedParseError && /not an OPML/.test(error.message));
    assert.throws(() => parseOpmlSources('not xml at all'), FeedParseError);
  });

  test('an OPML file with no feeds gives an empty list', () => {
    assert.deepEqual(parseOpmlSources('<opml version="2.0"><head/><body><outline text="Empty folder"/></body></opml>'), []);
  });
});

describe('buildOpml', () => {
  const sources = [
    { title: 'Fish & <Chips> Weekly', feedUrl: 'https://fish.example/feed?a=1&b=2', siteUrl: 'https://fish.example/' },
    { title: 'Observatory Notes', feedUrl: 'https://observatory-notes.example/rss.rdf', siteUrl: '' },
  ];

  test('writes OPML 2.0 with escaped attributes', () => {
    const opml = buildOpml(sources, 'Desk & sources');
    assert.match(opml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<opml version="2.0">/);
    assert.match(opml, /text="Fish &amp; &lt;Chips&gt; Weekly"/);
    assert.match(opml, /xmlUrl="https:\/\/fish.example\/feed\?a=1&amp;b=2"/);
    assert.match(opml, /type="rss"/);
    assert.doesNotMatch(opml, /htmlUrl=""/);
  });

  test('round-trips through parseOpmlSources', () => {
    assert.deepEqual(parseOpmlSources(buildOpml(sources, 'Desk & sources')), [
      { feedUrl: 'https://fish.example/feed?a=1&b=2', title: 'Fish & <Chips> Weekly', siteUrl: 'https://fish.example/' },
      { feedUrl: 'https://observatory-notes.example/rss.rdf', title: 'Observatory Notes', siteUrl: null },
    ]);
  });
});
