import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { decodeDocument } from '../../src/ingest/parse/decode.js';
import type { FeedItem } from '../../src/ingest/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

function item(items: FeedItem[], guid: string): FeedItem {
  const found = items.find((i) => i.guid === guid);
  assert.ok(found, `no item ${guid}`);
  return found;
}

describe('RSS 2.0', () => {
  const feedUrl = 'https://harbour-gazette.example/feed.xml';
  const feed = parseFeed(fixture('rss2.xml'), feedUrl);

  test('feed-level fields', () => {
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'The Harbour Gazette');
    assert.equal(feed.siteUrl, 'https://harbour-gazette.example/');
    assert.equal(feed.description, 'News from Port Wendell and the bay');
    assert.equal(feed.language, 'en-gb');
    assert.equal(feed.ttlMinutes, 45);
    assert.deepEqual(feed.items.map((i) => i.guid), ['harbour-gazette-4711', 'https://harbour-gazette.example/?p=4712', 'https://harbour-gazette.example/podcast/7']);
  });

  test('content:encoded, dc:creator, media:content, enclosure, categories', () => {
    assert.deepEqual(item(feed.items, 'harbour-gazette-4711'), {
      guid: 'harbour-gazette-4711',
      link: 'https://harbour-gazette.example/2024/ferry-timetable',
      title: 'Ferry timetable changes for the winter',
      author: 'Mara Quill',
      publishedAt: new Date('2024-11-05T08:30:00Z'),
      updatedAt: null,
      contentHtml: '<p>The harbour office announced <a href="/timetable">a new timetable</a>.</p><p>Sunday sailings drop from six to four.</p>',
      summaryHtml: 'The short version: fewer sailings on Sundays.',
      imageUrl: 'https://cdn.harbour-gazette.example/ferry-large.jpg',
      categories: ['Transport', 'Port Wendell'],
      enclosures: [{ url: 'https://cdn.harbour-gazette.example/ferry-report.mp3', type: 'audio/mpeg', length: 1048576 }],
      baseUrl: feedUrl,
    });
  });

  test('escaped HTML description, <author> name, media:group image, relative link resolved against the feed URL', () => {
    const lighthouse = item(feed.items, 'https://harbour-gazette.example/?p=4712');
    assert.equal(lighthouse.link, 'https://harbour-gazette.example/2024/lighthouse-open-day');
    assert.equal(lighthouse.author, 'Ines Ferro');
    assert.equal(lighthouse.contentHtml, null);
    assert.equal(lighthouse.summaryHtml, '<p>Visitors can climb the <b>old lighthouse</b> on Saturday.</p>');
    assert.equal(lighthouse.imageUrl, 'https://cdn.harbour-gazette.example/lighthouse.webp');
  });

  test('a permalink guid stands in for a missing link; an image enclosure is the picture', () => {
    const podcast = item(feed.items, 'https://harbour-gazette.example/podcast/7');
    assert.equal(podcast.link, 'https://harbour-gazette.example/podcast/7');
    assert.equal(podcast.imageUrl, 'https://cdn.harbour-gazette.example/market-cover.png');
    assert.deepEqual(podcast.enclosures, [{ url: 'https://cdn.harbour-gazette.example/market-cover.png', type: 'image/png', length: 20480 }]);
  });
});

describe('RSS 0.91 and 0.92', () => {
  test('0.91: titles, links, descriptions as summaries, no guid', () => {
    const feed = parseFeed(decodeDocument(readFileSync(new URL('../fixtures/feeds/rss091.xml', import.meta.url)), null).text, 'http://valley-weekly.example/rss.xml');
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Valley Weekly');
    assert.equal(feed.language, 'en-us');
    assert.equal(feed.ttlMinutes, null);
    assert.deepEqual(
      feed.items.map((i) => [i.guid, i.link, i.title, i.summaryHtml, i.contentHtml, i.publishedAt]),
      [
        [null, 'http://valley-weekly.example/bridge.html', 'Bridge repairs finished early', 'The old stone bridge reopens on Friday.', null, null],
        [null, 'http://valley-weekly.example/orchard.html', 'Orchard festival dates', 'Cider, music and a pie contest.', null, null],
      ],
    );
  });

  test('0.92: category, enclosure, entities in the description', () => {
    const feed = parseFeed(fixture('rss092.xml'), 'http://radio-larkspur.example/rss.xml');
    const [only] = feed.items;
    assert.equal(feed.items.length, 1);
    assert.equal(only!.title, 'Evening jazz, week 12');
    assert.equal(only!.summaryHtml, "Tonight's playlist & notes.");
    assert.deepEqual(only!.categories, ['Jazz']);
    assert.deepEqual(only!.enclosures, [{ url: 'http://radio-larkspur.example/audio/12.mp3', type: 'audio/mpeg', length: 5588242 }]);
  });
});

describe('RDF (RSS 1.0)', () => {
  const feed = parseFeed(fixture('rdf.xml'), 'https://observatory-notes.example/rss.rdf');

  test('feed-level fields', () => {
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.title, 'Observatory Notes');
    assert.equal(feed.siteUrl, 'https://observatory-notes.example/');
    assert.equal(feed.language, 'de');
    assert.equal(feed.items.length, 2);
  });

  test('rdf:about as guid, dc:date, dc:creator, dc:subject, content:encoded', () => {
    const comet = feed.items[0]!;
    assert.equal(comet.guid, 'https://observatory-notes.example/comet');
    assert.equal(comet.link, 'https://observatory-notes.example/comet');
    assert.equal(comet.author, 'Tilde Brandt');
    assert.equal(comet.publishedAt?.toISOString(), '2024-10-14T17:45:00.000Z');
    assert.deepEqual(comet.categories, ['Comets']);
    assert.equal(comet.contentHtml, '<p>Visible with binoculars after dusk, low in the west.</p>');
    assert.equal(comet.summaryHtml, 'Visible with binoculars after dusk.');
    assert.equal(feed.items[1]!.publishedAt?.toISOString(), '2024-10-02T00:00:00.000Z');
  });
});

describe('Atom 1.0', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://feeds.field-journal.example/atom');
  const [herons, reeds, plain] = feed.items as [FeedItem, FeedItem, FeedItem];

  test('feed-level fields, with the alternate link resolved against the feed xml:base', () => {
    assert.equal(feed.format, 'atom');
    assert.equal(feed.title, 'Field Journal');
    assert.equal(feed.siteUrl, 'https://field-journal.example/blog/');
    assert.equal(feed.description, 'Notes from the marsh');
    assert.equal(feed.language, 'fr');
    assert.equal(feed.ttlMinutes, null);
  });

  test('entry xml:base is resolved against the feed xml:base (nested, relative)', () => {
    assert.equal(herons.link, 'https://field-journal.example/blog/2024/09/herons.html');
    assert.equal(herons.baseUrl, 'https://field-journal.example/blog/2024/09/');
    assert.deepEqual(herons.enclosures, [{ url: 'https://field-journal.example/media/heron.jpg', type: 'image/jpeg', length: 51200 }]);
    assert.equal(herons.imageUrl, 'https://field-journal.example/media/heron.jpg');
  });

  test('html content is kept as markup; html title is turned into text once; text summary is escaped', () => {
    assert.equal(herons.title, 'Herons & egrets');
    assert.equal(herons.contentHtml, '<p>A grey heron and <a href="egrets.html">three egrets</a>.</p><img src="img/heron.jpg">');
    assert.equal(herons.summaryHtml, 'Two &lt;species&gt; at the pond');
    assert.equal(herons.author, 'Odile Marsh');
    assert.equal(herons.publishedAt?.toISOString(), '2024-09-28T05:15:00.000Z');
    assert.equal(herons.updatedAt?.toISOString(), '2024-09-29T10:00:00.000Z');
    assert.deepEqual(herons.categories, ['Birds', 'marsh']);
  });

  test('xhtml content is the serialized div, with an absolute entry base and a content-level base', () => {
    assert.equal(reeds.title, 'Reeds in autumn');
    assert.equal(reeds.link, 'https://other-host.example/mirror/reeds');
    assert.equal(reeds.contentHtml, '<p>The reeds turn <strong>gold</strong> &amp; the water <a href="water.html">drops</a>.</p>');
    assert.equal(reeds.baseUrl, 'https://other-host.example/mirror/notes/');
    assert.equal(reeds.publishedAt?.toISOString(), '2024-09-20T09:00:00.000Z', 'updated stands in for a missing published');
  });

  test('text content is escaped to HTML; a root-relative link uses the feed base', () => {
    assert.equal(plain.title, 'Plain text day');
    assert.equal(plain.contentHtml, 'Water level: 1.2 m &lt; last year &amp; falling.');
    assert.equal(plain.link, 'https://field-journal.example/plain');
    assert.equal(plain.baseUrl, 'https://field-journal.example/blog/');
  });

  test('without any xml:base, links resolve against the feed URL', () => {
    const bare = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><entry><id>1</id><title>T</title><link href="posts/1"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>',
      'https://bare.example/blog/atom.xml',
    );
    assert.equal(bare.items[0]!.link, 'https://bare.example/blog/posts/1');
    assert.equal(bare.items[0]!.baseUrl, 'https://bare.example/blog/atom.xml');
  });

  test('Atom 0.3 with escaped text/html content and issued/modified dates', () => {
    const old = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title><link rel="alternate" type="text/html" href="https://old.example/"/>
       <entry><id>tag:old.example,2004:1</id><title>Legacy</title><link rel="alternate" type="text/html" href="https://old.example/1"/>
       <issued>2004-05-01T10:00:00Z</issued><modified>2004-05-02T10:00:00Z</modified>
       <content type="text/html" mode="escaped">&lt;p&gt;Still here&lt;/p&gt;</content></entry></feed>`,
      'https://old.example/atom.xml',
    );
    assert.equal(old.format, 'atom');
    assert.equal(old.siteUrl, 'https://old.example/');
    assert.equal(old.items[0]!.link, 'https://old.example/1');
    assert.equal(old.items[0]!.contentHtml, '<p>Still here</p>');
    assert.equal(old.items[0]!.publishedAt?.toISOString(), '2004-05-01T10:00:00.000Z');
  });
});

describe('JSON Feed', () => {
  test('1.0: author (singular), relative image, summary escaped, repeated tags once', () => {
    const feed = parseFeed(fixture('json-feed-1.0.json'), 'https://tinkerers-log.example/feed.json');
    assert.equal(feed.format, 'json');
    assert.equal(feed.title, "Tinkerers' Log");
    assert.equal(feed.siteUrl, 'https://tinkerers-log.example/');
    assert.equal(feed.description, 'Small machines, big plans.');
    assert.deepEqual(feed.items, [
      {
        guid: '2024-08-01-clock',
        link: 'https://tinkerers-log.example/clock',
        title: 'Rebuilding a station clock',
        author: 'Pell Okafor',
        publishedAt: new Date('2024-08-01T15:00:00Z'),
        updatedAt: null,
        contentHtml: '<p>The escapement was the hard part.</p>',
        summaryHtml: 'Escapements &amp; patience.',
        imageUrl: 'https://tinkerers-log.example/images/clock.jpg',
        categories: ['clocks', 'restoration'],
        enclosures: [],
        baseUrl: 'https://tinkerers-log.example/feed.json',
      },
    ]);
  });

  test('1.1: authors, numeric id, content_text escaped, banner image, attachments, external_url', () => {
    const feed = parseFeed(fixture('json-feed-1.1.json'), 'https://night-train.example/feed.json');
    const [dispatch, linked] = feed.items as [FeedItem, FeedItem];
    assert.equal(feed.language, 'sv');
    assert.equal(dispatch.guid, '42');
    assert.equal(dispatch.title, 'Sleeper car menu returns');
    assert.equal(dispatch.author, 'Sten Ek');
    assert.equal(dispatch.contentHtml, 'Soup at 9.\nTea at 6 &amp; toast &lt; noon.');
    assert.equal(dispatch.imageUrl, 'https://night-train.example/banner.jpg');
    assert.equal(dispatch.updatedAt?.toISOString(), '2024-07-16T08:00:00.000Z');
    assert.deepEqual(dispatch.enclosures, [{ url: 'https://night-train.example/audio/42.m4a', type: 'audio/x-m4a', length: 2048000 }]);
    assert.equal(linked.link, 'https://elsewhere.example/rail-story');
    assert.equal(linked.author, 'Britt Lund', 'the feed author stands in');
  });
});

describe('decoded fixtures end to end', () => {
  const german = 'Grüße aus Köln: Straße, Maß & Bäckerei';
  const russian = 'Привет из Москвы: новости дня';
  const bytes = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
  const cases: [string, string | null, string][] = [
    ['utf8-bom.xml', null, german],
    ['latin1-prolog.xml', 'application/rss+xml', german],
    ['latin1-claimed-utf8-bytes.xml', 'text/xml; charset=ISO-8859-1', german],
    ['windows-1251-header.xml', 'application/rss+xml; charset=windows-1251', russian],
    ['header-prolog-disagree.xml', 'application/xml; charset=cp1251', russian],
  ];
  for (const [name, contentType, expected] of cases) {
    test(name, () => {
      const feed = parseFeed(decodeDocument(bytes(name), contentType).text, 'https://encodings.example/feed');
      assert.equal(feed.title, expected);
      assert.equal(feed.items[0]!.title, expected);
    });
  }

  test('UTF-16LE and UTF-16BE feeds with a BOM', () => {
    const xml = fixture('rss092.xml').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').replace('Programme notes.', 'Программа');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const body of [le, be]) {
      const feed = parseFeed(decodeDocument(body, 'application/rss+xml').text, 'http://radio-larkspur.example/rss.xml');
      assert.equal(feed.description, 'Программа');
      assert.equal(feed.items[0]!.title, 'Evening jazz, week 12');
    }
  });
});
