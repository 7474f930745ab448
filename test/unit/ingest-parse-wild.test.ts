import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { FeedParseError } from '../../src/ingest/types.js';
import { looksLikeHtml, parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { safeFeedXml } from '../../src/ingest/parse/xml-safety.js';

const cutAfterLastItem = (text: string) => safeFeedXml(text, Number.POSITIVE_INFINITY).cutAfterLastItem();

const fixtureDir = new URL('../fixtures/feeds/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, fixtureDir), 'utf8');

function parseError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof FeedParseError, `expected FeedParseError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a FeedParseError');
}

describe('titles: entities decoded exactly once, tags stripped', () => {
  const feed = parseFeed(fixture('entities.xml'), 'https://cafe-society.example/feed');
  const titles = Object.fromEntries(feed.items.map((item) => [item.guid, item.title]));

  test('numeric and named references in the channel title', () => assert.equal(feed.title, 'Café Society & Friends'));
  test('"AT&amp;T" becomes "AT&T"', () => assert.equal(titles.e1, 'AT&T buys a “small” cafe'));
  test('"Fish &amp;amp; Chips" stays "Fish &amp; Chips" as text', () => assert.equal(titles.e2, 'Fish &amp; Chips'));
  test('escaped tags are removed after decoding', () => assert.equal(titles.e3, 'Bold claims & quiet facts'));
  test('CDATA is taken literally, tags removed', () => assert.equal(titles.e4, 'Salt & Vinegar crisps'));
  test('a lone "<" survives; HTML named entities decode; undeclared ones stay as written', () => {
    assert.equal(titles.e5, 'Prices < 5 € and &undeclared; names');
  });
  test('whitespace and newlines collapse', () => assert.equal(titles.e6, 'Spaced out title'));
});

describe('truncated documents', () => {
  test('an RSS feed cut mid-item keeps the items before the cut', () => {
    const feed = parseFeed(fixture('truncated.xml'), 'https://cut-short.example/feed');
    assert.equal(feed.title, 'Cut Short Times');
    assert.deepEqual(feed.items.map((i) => [i.guid, i.title, i.link]), [
      ['cut-1', 'First complete story', 'https://cut-short.example/one'],
      ['cut-2', 'Second complete story', 'https://cut-short.example/two'],
    ]);
    assert.equal(feed.items[0]!.contentHtml, '<p>One.</p>');
  });

  test('an Atom feed cut mid-entry keeps the entries before the cut', () => {
    const feed = parseFeed(fixture('truncated-atom.xml'), 'https://cut-atom.example/atom');
    assert.deepEqual(feed.items.map((i) => [i.guid, i.title]), [['tag:cut-atom.example,2024:1', 'Whole entry']]);
  });

  test('a document cut before any complete item is a clear error', () => {
    const text = fixture('truncated.xml');
    const message = parseError(() => parseFeed(text.slice(0, text.indexOf('<item>') + 20), 'https://cut-short.example/feed'));
    assert.match(message, /not well-formed XML and no complete item could be recovered/);
  });

  test('cutAfterLastItem closes what is open after the last complete item', () => {
    assert.equal(
      cutAfterLastItem('<rss><channel><title>T</title><item><title>A</title></item><item><title>B'),
      '<rss><channel><title>T</title><item><title>A</title></item></channel></rss>',
    );
    assert.equal(cutAfterLastItem('<rdf:RDF><channel/><item>x</item><item>'), '<rdf:RDF><channel/><item>x</item></rdf:RDF>');
    assert.equal(cutAfterLastItem('<rss><channel><title>T'), null);
  });

  test('an end tag quoted in the CDATA of the cut-off item is not taken for the last complete item', () => {
    const text = '<rss><channel><title>T</title><item><guid>a</guid><title>A</title></item><item><guid>b</guid><description><![CDATA[see </item> here';
    assert.equal(cutAfterLastItem(text), '<rss><channel><title>T</title><item><guid>a</guid><title>A</title></item></channel></rss>');
    assert.deepEqual(parseFeed(text, 'https://cdata.example/feed').items.map((i) => i.guid), ['a']);
  });

  test('a truncated document with a DOCTYPE is cut at the right place once the DOCTYPE is gone', () => {
    const text = '<!DOCTYPE rss [<!ENTITY x "y">]><rss><channel><title>T</title><item><guid>a</guid></item><item><guid>b';
    assert.equal(cutAfterLastItem(text), '<rss><channel><title>T</title><item><guid>a</guid></item></channel></rss>');
    assert.deepEqual(parseFeed(text, 'https://doctype.example/feed').items.map((i) => i.guid), ['a']);
  });

  test('every prefix of every XML fixture either parses or fails with a FeedParseError', () => {
    for (const name of readdirSync(fixtureDir).filter((n) => n.endsWith('.xml'))) {
      const text = fixture(name);
      for (let end = 0; end <= text.length; end += 7) {
        try {
          const feed = parseFeed(text.slice(0, end), 'https://fuzz.example/feed');
          assert.equal(typeof feed.title, 'string');
        } catch (error) {
          assert.ok(error instanceof FeedParseError, `${name} cut at ${end}: ${String(error)}`);
        }
      }
    }
  });
});

describe('not a feed', () => {
  test('an HTML page is "a web page, not a feed"', () => {
    assert.match(parseError(() => parseFeed(fixture('html-page.html'), 'https://harbour-gazette.example/')), /is a web page, not a feed/);
  });

  test('XHTML and doctype-less HTML pages too', () => {
    const xhtml = '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';
    assert.match(parseError(() => parseFeed(xhtml, 'https://x.example/')), /is a web page, not a feed/);
    assert.match(parseError(() => parseFeed('\n  <!-- hi --><HTML><body><rss version="2.0"></rss></body></HTML>', 'https://x.example/')), /is a web page, not a feed/);
  });

  test('looksLikeHtml', () => {
    assert.equal(looksLikeHtml(fixture('html-page.html')), true);
    assert.equal(looksLikeHtml('<head><title>x</title></head>'), true);
    assert.equal(looksLikeHtml(fixture('rss2.xml')), false);
    assert.equal(looksLikeHtml(fixture('atom.xml')), false);
    assert.equal(looksLikeHtml(fixture('xxe.xml')), false);
    assert.equal(looksLikeHtml('<rss><channel><description><![CDATA[<html><body></body></html>]]></description></channel></rss>'), false);
  });

  test('empty and whitespace-only documents', () => {
    assert.match(parseError(() => parseFeed('', 'https://x.example/')), /The feed is empty/);
    assert.match(parseError(() => parseFeed(' \n\t ', 'https://x.example/')), /The feed is empty/);
    assert.match(parseError(() => parseFeed('\ufeff', 'https://x.example/')), /The feed is empty/);
  });

  test('garbage that is neither XML nor JSON', () => {
    assert.match(parseError(() => parseFeed('Service Unavailable', 'https://x.example/')), /neither XML nor JSON/);
    assert.match(parseError(() => parseFeed('\u0000\u0001\u0002binary', 'https://x.example/')), /neither XML nor JSON/);
  });

  test('XML that is not a feed names its root element', () => {
    assert.match(parseError(() => parseFeed('<?xml version="1.0"?><sitemap><url>x</url></sitemap>', 'https://x.example/')), /not a feed: its root element is <sitemap>/);
  });

  test('invalid JSON', () => {
    assert.match(parseError(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "title": ', 'https://x.example/')), /not valid JSON/);
  });

  test('JSON that is not a JSON Feed', () => {
    assert.match(parseError(() => parseFeed('{"status": "ok", "data": []}', 'https://x.example/')), /JSON but not a JSON Feed/);
    assert.match(parseError(() => parseFeed('[1, 2, 3]', 'https://x.example/')), /JSON but not a JSON Feed/);
  });

  test('a feed root without the elements of a feed', () => {
    assert.match(parseError(() => parseFeed('<rss version="2.0"><nothing/></rss>', 'https://x.example/')), /has a <rss> root but not the elements/);
    assert.match(parseError(() => parseFeed('<feed><foo/></feed>', 'https://x.example/')), /has a <feed> root but not the elements/);
  });

  test('XML with no root element', () => {
    assert.match(parseError(() => parseFeed('<?xml version="1.0"?><!-- nothing else -->', 'https://x.example/')), /has no root element/);
  });
});

describe('lenient readings', () => {
  test('Atom content without a type that plainly is HTML is kept as HTML; plain text is escaped', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>L</title>
       <entry><id>1</id><title>a</title><content>&lt;p&gt;Hello &lt;a href="/x"&gt;there&lt;/a&gt;&lt;/p&gt;</content></entry>
       <entry><id>2</id><title>b</title><content>3 &lt; 4 &amp; 5 &gt; 2</content></entry>
       <entry><id>3</id><title>c</title><content type="image/png">iVBORw0KGgo=</content><summary>Only a summary</summary></entry>
       <entry><id>4</id><title>d</title><content src="https://elsewhere.example/4.html"/></entry></feed>`,
      'https://lenient.example/atom',
    );
    assert.deepEqual(feed.items.map((i) => [i.contentHtml, i.summaryHtml]), [
      ['<p>Hello <a href="/x">there</a></p>', null],
      ['3 &lt; 4 &amp; 5 &gt; 2', null],
      [null, 'Only a summary'],
      [null, null],
    ]);
  });

  test('URLs that are not http(s) are dropped; bad feed URLs do not throw', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><title>S</title><link>javascript:alert(1)</link>
       <item><title>x</title><link>javascript:alert(2)</link><enclosure url="data:text/html,hi" type="text/html" length="5"/></item>
       <item><title>y</title><link>relative/path</link></item></channel></rss>`,
      'not a url',
    );
    assert.equal(feed.siteUrl, null);
    assert.equal(feed.items[0]!.link, null);
    assert.deepEqual(feed.items[0]!.enclosures, []);
    assert.equal(feed.items[1]!.link, null);
  });

  test('a summary equal to the content is dropped; an item without a title gets an empty one', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>S</title>
       <item><guid>1</guid><description>&lt;p&gt;Same&lt;/p&gt;</description><content:encoded><![CDATA[<p>Same</p>]]></content:encoded></item>
       </channel></rss>`,
      'https://same.example/feed',
    );
    assert.equal(feed.items[0]!.title, '');
    assert.equal(feed.items[0]!.contentHtml, '<p>Same</p>');
    assert.equal(feed.items[0]!.summaryHtml, null);
  });

  test('junk printed before the feed (PHP warnings, blank lines) is skipped', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>After the warning</title><item><title>Kept</title></item></channel></rss>';
    for (const junk of ['\n\n', 'Warning: session_start(): headers already sent in /srv/www/feed.php on line 3\n', '<br />\n<b>Notice</b>:  Undefined index: q in <b>/srv/www/feed.php</b> on line <b>9</b><br />\n']) {
      const feed = parseFeed(junk + rss, 'https://warning.example/feed');
      assert.equal(feed.title, 'After the warning');
      assert.deepEqual(feed.items.map((i) => i.title), ['Kept']);
    }
  });

  test('a text BOM left at the start is ignored, and tag case does not matter', () => {
    const feed = parseFeed('\ufeff<RSS version="2.0"><CHANNEL><TITLE>Loud</TITLE><ITEM><TITLE>Shout</TITLE><PUBDATE>Tue, 10 Jun 2003 04:00:00 GMT</PUBDATE></ITEM></CHANNEL></RSS>', 'https://loud.example/');
    assert.equal(feed.title, 'Loud');
    assert.equal(feed.items[0]!.title, 'Shout');
    assert.equal(feed.items[0]!.publishedAt?.toISOString(), '2003-06-10T04:00:00.000Z');
  });

  test('media:thumbnail and the widest or default media:content win', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>M</title>
       <item><guid>1</guid><media:thumbnail url="/thumbs/1.jpg"/><media:content url="https://m.example/1.mp4" medium="video"/></item>
       <item><guid>2</guid><media:content url="https://m.example/small.jpg" type="image/jpeg" width="100"/><media:content url="https://m.example/big.jpg" type="image/jpeg" width="900"/></item>
       <item><guid>3</guid><media:content url="https://m.example/a.jpg" medium="image"/><media:content url="https://m.example/b.jpg" medium="image" isDefault="true"/></item>
       </channel></rss>`,
      'https://m.example/feed',
    );
    assert.deepEqual(feed.items.map((i) => i.imageUrl), ['https://m.example/thumbs/1.jpg', 'https://m.example/big.jpg', 'https://m.example/b.jpg']);
  });
});
