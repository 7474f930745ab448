import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedParseError } from '../../src/ingest/types.js';
import { MAX_NESTING_DEPTH, makeXmlSafe, openElements } from '../../src/ingest/parse/xml-safety.js';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('makeXmlSafe', () => {
  test('removes the DOCTYPE with its whole internal subset, brackets and > in comments included', () => {
    const safe = makeXmlSafe(fixture('xxe.xml'));
    assert.doesNotMatch(safe, /DOCTYPE|ENTITY|ELEMENT|file:\/\/|attacker/);
    assert.match(safe, /^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0">/);
    assert.match(safe, /<title>Innocent &xxe; Feed<\/title>/);
  });

  test('handles quotes containing ] and > inside the internal subset', () => {
    const text = '<!DOCTYPE x [ <!ENTITY a "]>"> <!ENTITY b \'>]\'> ]><x>&a;</x>';
    assert.equal(makeXmlSafe(text), '<x>&a;</x>');
  });

  test('removes a public DOCTYPE without a subset, and stray declarations later on', () => {
    const text = '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.example/rss-0.91.dtd"><rss><!ENTITY late "x"><channel/></rss>';
    assert.equal(makeXmlSafe(text), '<rss><channel/></rss>');
  });

  test('leaves DOCTYPE text inside CDATA and comments alone', () => {
    const text = '<rss><channel><description><![CDATA[<!DOCTYPE html><p>hi</p>]]></description><!-- <!DOCTYPE x> --></channel></rss>';
    assert.equal(makeXmlSafe(text), text);
  });

  test('returns the same string when there is nothing to remove', () => {
    const text = fixture('rss2.xml');
    assert.equal(makeXmlSafe(text), text);
  });

  test('refuses text over the size limit with a readable message', () => {
    assert.throws(
      () => makeXmlSafe(`<rss>${'x'.repeat(2 * 1024 * 1024)}</rss>`, { maxChars: 1024 * 1024 }),
      (error: unknown) => error instanceof FeedParseError && /too large to read as a feed: 2\.0 MiB of text, and the limit is 1\.0 MiB/.test(error.message),
    );
  });

  test('refuses nesting deeper than the limit, and accepts nesting at the limit', () => {
    const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth);
    assert.throws(
      () => makeXmlSafe(nested(MAX_NESTING_DEPTH + 1)),
      (error: unknown) => error instanceof FeedParseError && error.message.includes(`more than ${MAX_NESTING_DEPTH} levels deep`),
    );
    assert.equal(makeXmlSafe(nested(MAX_NESTING_DEPTH)), nested(MAX_NESTING_DEPTH));
  });

  test('self-closing tags, void HTML tags and tags in CDATA do not count as nesting', () => {
    const many = '<rss><channel>' + '<br><img src="x">'.repeat(500) + '<x/>'.repeat(500) + `<![CDATA[${'<div>'.repeat(500)}]]>` + '</channel></rss>';
    assert.equal(makeXmlSafe(many), many);
  });
});

describe('openElements', () => {
  test('lists what is still open, outermost first, closing stray tags with their parent', () => {
    assert.deepEqual(openElements('<rss version="2.0"><channel><item><title>a</title></item>'), ['rss', 'channel']);
    assert.deepEqual(openElements('<rdf:RDF><item><p>unclosed</item><item>'), ['rdf:RDF', 'item']);
    assert.deepEqual(openElements('<feed><entry a=">"><title>x'), ['feed', 'entry', 'title']);
  });
});

describe('hostile feeds through parseFeed', () => {
  test('XXE: the file entity is never resolved, and parsing still succeeds', () => {
    const feed = parseFeed(fixture('xxe.xml'), 'https://innocent.example/feed');
    const everything = JSON.stringify(feed);
    assert.equal(feed.title, 'Innocent &xxe; Feed');
    assert.equal(feed.items.length, 1);
    assert.equal(feed.items[0]!.title, 'Item &xxe;');
    assert.equal(feed.items[0]!.summaryHtml, 'Body &xxe; & more');
    assert.doesNotMatch(everything, /root:|\/bin\/|passwd|hostname|attacker/);
  });

  test('billion laughs: finishes in well under a second and expands nothing', () => {
    const started = performance.now();
    const feed = parseFeed(fixture('billion-laughs.xml'), 'https://laughs.example/feed');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 500, `took ${elapsed} ms`);
    assert.equal(feed.title, 'Laughing &lol9;');
    assert.equal(feed.items[0]!.title, '&lol9;');
    assert.ok(JSON.stringify(feed).length < 2000);
  });

  test('a deeply nested document is refused with a FeedParseError a person understands', () => {
    const deep = `<rss version="2.0"><channel><title>Deep</title>${'<div>'.repeat(5000)}${'</div>'.repeat(5000)}</channel></rss>`;
    assert.throws(
      () => parseFeed(deep, 'https://deep.example/feed'),
      (error: unknown) => error instanceof FeedParseError && /nests its elements more than \d+ levels deep/.test(error.message),
    );
  });

  test('a feed nested within the limit parses', () => {
    const fine = `<rss version="2.0"><channel><title>Fine</title><extra>${'<div>'.repeat(80)}${'</div>'.repeat(80)}</extra><item><title>Kept</title></item></channel></rss>`;
    assert.equal(parseFeed(fine, 'https://fine.example/feed').items[0]!.title, 'Kept');
  });

  test('an oversized document is refused before parsing', () => {
    const huge = `<rss version="2.0"><channel><title>Huge</title><description>${'x'.repeat(15 * 1024 * 1024)}</description></channel></rss>`;
    assert.throws(
      () => parseFeed(huge, 'https://huge.example/feed'),
      (error: unknown) => error instanceof FeedParseError && /too large to read as a feed/.test(error.message),
    );
  });
});
