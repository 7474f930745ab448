import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { leadImageUrl, MAX_IMAGE_URL_LENGTH } from '../../src/ingest/parse/lead-image.js';
import { extractPage } from '../../src/ingest/extract/page.js';
import { draftArticle } from '../../src/ingest/process-item.js';
import type { FeedItem, ParsedFeed } from '../../src/ingest/types.js';

const feedFixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const pageFixture = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** The article ingest would store from one item of a parsed feed (and the fetched page, if any). */
function draftOf(feed: ParsedFeed, feedUrl: string, item: FeedItem, page: { html: string; url: string } | null = null) {
  const extracted = page ? { ...extractPage(page.html, page.url), url: page.url } : null;
  return draftArticle({ item, feed, feedUrl, page: extracted, excerptWords: 55, firstSeen: new Date('2026-03-01T00:00:00Z') });
}

function rssWith(itemXml: string): ParsedFeed {
  return parseFeed(
    `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>https://paper.example/</link><description>D</description><item><title>One</title><link>https://paper.example/one</link><guid>one</guid><description>Text.</description>${itemXml}</item></channel></rss>`,
    'https://paper.example/feed.xml',
  );
}

describe('leadImageUrl', () => {
  test('keeps https, moves http to https', () => {
    assert.equal(leadImageUrl('https://cdn.example/a.jpg'), 'https://cdn.example/a.jpg');
    assert.equal(leadImageUrl('  http://cdn.example/a.jpg?w=800 '), 'https://cdn.example/a.jpg?w=800');
  });

  test('drops every other scheme, credentials, junk and overlong addresses', () => {
    for (const bad of ['data:image/png;base64,iVBORw0KGgo=', 'javascript:alert(1)', 'ftp://cdn.example/a.jpg', 'file:///etc/passwd', '/relative.jpg', 'not a url', '', '   ', 'https://user:pw@cdn.example/a.jpg', 'https://user@cdn.example/a.jpg']) {
      assert.equal(leadImageUrl(bad), null, bad);
    }
    assert.equal(leadImageUrl(null), null);
    assert.equal(leadImageUrl(undefined), null);
    const long = `https://cdn.example/${'a'.repeat(MAX_IMAGE_URL_LENGTH)}.jpg`;
    assert.equal(leadImageUrl(long), null);
    const justFits = `https://cdn.example/${'a'.repeat(MAX_IMAGE_URL_LENGTH - 'https://cdn.example/'.length)}`;
    assert.equal(justFits.length, MAX_IMAGE_URL_LENGTH);
    assert.equal(leadImageUrl(justFits), justFits);
  });
});

describe('the lead image ingest stores, from the parsers’ fixtures', () => {
  test('RSS 2.0: the widest media:content, else a media:group image, else an image enclosure', () => {
    const feedUrl = 'https://harbour-gazette.example/feed.xml';
    const feed = parseFeed(feedFixture('rss2.xml'), feedUrl);
    assert.deepEqual(
      feed.items.map((item) => draftOf(feed, feedUrl, item).imageUrl),
      ['https://cdn.harbour-gazette.example/ferry-large.jpg', 'https://cdn.harbour-gazette.example/lighthouse.webp', 'https://cdn.harbour-gazette.example/market-cover.png'],
    );
  });

  test('Atom: an image enclosure link, resolved against the entry', () => {
    const feedUrl = 'https://field-journal.example/atom.xml';
    const feed = parseFeed(feedFixture('atom.xml'), feedUrl);
    const drafts = feed.items.map((item) => draftOf(feed, feedUrl, item).imageUrl);
    assert.ok(drafts.includes('https://field-journal.example/media/heron.jpg'), JSON.stringify(drafts));
  });

  test('JSON Feed: image (made absolute), else banner_image', () => {
    for (const [name, expected] of [
      ['json-feed-1.0.json', 'https://tinkerers-log.example/images/clock.jpg'],
      ['json-feed-1.1.json', 'https://night-train.example/banner.jpg'],
    ] as const) {
      const feed = parseFeed(feedFixture(name), `https://${name.includes('1.0') ? 'tinkerers-log' : 'night-train'}.example/feed.json`);
      const images = feed.items.map((item) => draftOf(feed, '', item).imageUrl);
      assert.ok(images.includes(expected), `${name}: ${JSON.stringify(images)}`);
    }
  });

  test('an http media:content is stored as https; data: and javascript: are never stored', () => {
    const upgraded = rssWith('<media:content url="http://img.paper.example/one.jpg" medium="image"/>');
    assert.equal(draftOf(upgraded, 'https://paper.example/feed.xml', upgraded.items[0]!).imageUrl, 'https://img.paper.example/one.jpg');
    const dataUrl = rssWith('<enclosure url="data:image/png;base64,iVBORw0KGgo=" type="image/png" length="10"/>');
    assert.equal(draftOf(dataUrl, 'https://paper.example/feed.xml', dataUrl.items[0]!).imageUrl, null);
    const script = rssWith('<media:thumbnail url="javascript:alert(1)"/>');
    assert.equal(draftOf(script, 'https://paper.example/feed.xml', script.items[0]!).imageUrl, null);
  });

  test('a feed without a picture takes the page’s og:image when the full text is fetched', () => {
    const bare = rssWith('');
    const url = 'https://tidewater-gazette.example/local/2026/harbour-barrier';
    assert.equal(draftOf(bare, 'https://paper.example/feed.xml', bare.items[0]!).imageUrl, null);
    const draft = draftOf(bare, 'https://paper.example/feed.xml', bare.items[0]!, { html: pageFixture('tidewater-harbour-barrier.html'), url });
    assert.equal(draft.imageUrl, 'https://tidewater-gazette.example/media/2026/02/harbour-wall-flood-og.jpg');
  });

  test('the feed’s own picture wins over the page’s, unless it cannot be shown', () => {
    const url = 'https://tidewater-gazette.example/local/2026/harbour-barrier';
    const page = { html: pageFixture('tidewater-harbour-barrier.html'), url };
    const own = rssWith('<media:content url="https://img.paper.example/own.jpg" medium="image"/>');
    assert.equal(draftOf(own, 'https://paper.example/feed.xml', own.items[0]!, page).imageUrl, 'https://img.paper.example/own.jpg');
    const unusable = rssWith(`<media:content url="https://img.paper.example/${'x'.repeat(MAX_IMAGE_URL_LENGTH)}.jpg" medium="image"/>`);
    assert.equal(draftOf(unusable, 'https://paper.example/feed.xml', unusable.items[0]!, page).imageUrl, 'https://tidewater-gazette.example/media/2026/02/harbour-wall-flood-og.jpg');
  });
});
