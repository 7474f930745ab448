import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_FEED_ITEMS, parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { safeFeedXml } from '../../src/ingest/parse/xml-safety.js';

const rssItems = (count: number) =>
  Array.from({ length: count }, (_, i) => `<item><guid>g${i}</guid><title>Item ${i}</title><description><![CDATA[<p>Quoted </item> markup ${i}</p>]]></description></item>`).join('');

describe('a feed brings at most MAX_FEED_ITEMS items', () => {
  test(`RSS: the first ${MAX_FEED_ITEMS} are read, the others counted`, () => {
    const feed = parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link><description>x</description>${rssItems(MAX_FEED_ITEMS + 1234)}</channel></rss>`, 'https://big.example/feed');
    assert.equal(feed.title, 'Big');
    assert.equal(feed.items.length, MAX_FEED_ITEMS);
    assert.equal(feed.itemsLeftOut, 1234);
    assert.equal(feed.items.at(-1)!.title, `Item ${MAX_FEED_ITEMS - 1}`);
  });

  test('Atom entries and JSON Feed items too', () => {
    const entries = Array.from({ length: MAX_FEED_ITEMS + 2 }, (_, i) => `<entry><id>e${i}</id><title>E${i}</title></entry>`).join('');
    const atom = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>A</title>${entries}</feed>`, 'https://a.example/feed');
    assert.deepEqual([atom.items.length, atom.itemsLeftOut], [MAX_FEED_ITEMS, 2]);
    const items = Array.from({ length: MAX_FEED_ITEMS + 3 }, (_, i) => ({ id: `j${i}`, content_text: 't' }));
    const json = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items }), 'https://j.example/feed.json');
    assert.deepEqual([json.items.length, json.itemsLeftOut], [MAX_FEED_ITEMS, 3]);
    const shouted = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', ITEMS: items }), 'https://j.example/feed.json');
    assert.deepEqual([shouted.items.length, shouted.itemsLeftOut], [MAX_FEED_ITEMS, 3]);
  });

  test('JSON Feed items beyond the limit are never converted, nor even read', (t) => {
    const items: unknown[] = Array.from({ length: MAX_FEED_ITEMS }, (_, i) => ({ id: `j${i}`, content_text: 't' }));
    Object.defineProperty(items, MAX_FEED_ITEMS, {
      enumerable: true,
      get() {
        throw new Error('an item beyond the limit was read');
      },
    });
    items.push({ id: 'last', content_text: 't' });
    const data = { version: 'https://jsonfeed.org/version/1.1', title: 'J', items };
    t.mock.method(JSON, 'parse', () => data);
    const json = parseFeed('{"stands in for": "data"}', 'https://j.example/feed.json');
    assert.deepEqual([json.items.length, json.itemsLeftOut], [MAX_FEED_ITEMS, 2]);
    assert.equal(json.items.at(-1)!.guid, `j${MAX_FEED_ITEMS - 1}`);
  });

  test('safeFeedXml cuts after the last kept item and closes what is open there; markup in CDATA does not count', () => {
    const doc = `<rss><channel><title>t</title>${rssItems(3)}<extra/></channel></rss>`;
    const { text, itemsLeftOut } = safeFeedXml(doc, 2);
    assert.equal(itemsLeftOut, 1);
    assert.ok(text.endsWith(`Quoted </item> markup 1</p>]]></description></item></channel></rss>`), text.slice(-80));
    const all = safeFeedXml(doc, 3);
    assert.deepEqual({ text: all.text, itemsLeftOut: all.itemsLeftOut }, { text: doc, itemsLeftOut: 0 });
  });

  test('the cut applies to the safe text: a DOCTYPE removed before it does not shift it', () => {
    const doc = `<!DOCTYPE rss [<!ENTITY e "x">]><rss><channel><title>t</title>${rssItems(3)}</channel></rss>`;
    const { text, itemsLeftOut, cutAfterLastItem } = safeFeedXml(doc, 2);
    assert.equal(itemsLeftOut, 1);
    assert.ok(text.startsWith('<rss><channel>'), text.slice(0, 40));
    assert.ok(text.endsWith(`markup 1</p>]]></description></item></channel></rss>`), text.slice(-80));
    assert.equal(cutAfterLastItem(), text);
  });
});
