import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Tokenizer } from 'htmlparser2';
import { boundHtml, RAW_TEXT, type HtmlLimits } from '../../src/ingest/extract/bounds.js';
import { extractPage, PAGE_HTML_LIMITS } from '../../src/ingest/extract/page.js';
import { findFeedLinks } from '../../src/ingest/parse/discover.js';
import { ARTICLE_HTML_LIMITS, sanitizeArticleHtml } from '../../src/ingest/sanitize.js';
import { htmlDepth, nestedHtml, paragraphs } from '../support/hostile-html.js';

const limits: HtmlLimits = { maxDepth: 16, maxElements: 1000, maxChars: 1024 * 1024 };

/** The text a reader would see, as htmlparser2 reads it. */
function textOf(html: string): string {
  let text = '';
  const noop = () => {};
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    ontext: (start, end) => void (text += html.slice(start, end)),
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop, oncomment: noop,
    ondeclaration: noop, onend: noop, onopentagend: noop, onopentagname: noop, onprocessinginstruction: noop, onselfclosingtag: noop, ontextentity: noop,
  });
  tokenizer.write(html);
  tokenizer.end();
  return text.replace(/\s+/g, '');
}

describe('boundHtml', () => {
  // Each of these, as htmlparser2 (under sanitize-html and linkedom) parses the output, nests no deeper than the limit.
  const hostile: [string, string][] = [
    ['closed nesting', nestedHtml(5000, 'bottom')],
    ['unclosed nesting', '<span>x'.repeat(5000)],
    ['self-closing syntax, which HTML ignores', '<div/>'.repeat(5000)],
    ['inside svg, where self-closing counts', `<svg>${'<g/>'.repeat(3000)}${'<g>'.repeat(3000)}</svg>`],
    ['end tags hidden in raw text', `${'<div>'.repeat(40)}${'<script>"</div></div></div>"</script><div><div><div>'.repeat(2000)}`],
    ['a cut raw-text element whose text looks like markup', `${'<i>'.repeat(40)}${'<style>x</style><textarea><b><b><b></textarea><b>'.repeat(2000)}`],
    ['a cut tag after a lone "<"', `${'<div>'.repeat(40)}${'x<<span>b>'.repeat(3000)}`],
    ['misnested end tags', '<b><i></b></i>'.repeat(3000)],
    ['stray end tags', `${'<div>'.repeat(40)}${'</p></br></li><em>'.repeat(3000)}`],
    ['unclosed raw text at the end', `${'<div>'.repeat(40)}<title>${'<div>'.repeat(3000)}`],
  ];
  for (const [name, html] of hostile) {
    test(`caps the depth: ${name}`, () => {
      const { depth } = htmlDepth(boundHtml(html, limits));
      assert.ok(depth <= limits.maxDepth, `depth ${depth}`);
    });
  }

  test('keeps the text of the elements whose tags it cuts', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const html = words.reduceRight((inner, word) => `<span>${word}${inner}</span>`, '');
    const bounded = boundHtml(html, limits);
    assert.ok(htmlDepth(bounded).depth <= limits.maxDepth, 'tags were cut');
    assert.equal(textOf(bounded), words.join(''));
  });

  test('what is not too deep keeps its structure: siblings after a deep branch, unclosed paragraphs and list items', () => {
    const html = `<article>${nestedHtml(100, 'deep')}<p>after</p></article>`;
    assert.match(boundHtml(html, limits), /deep(?:<\/div>|<\/blockquote>)+<p>after<\/p><\/article>$/);
    const loose = `<ul>${'<li>item'.repeat(400)}</ul>${'<p>para'.repeat(400)}`;
    assert.equal(boundHtml(loose, limits), loose);
  });

  test('real article pages go through unchanged', () => {
    const dir = new URL('../fixtures/pages/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const page = readFileSync(new URL(file, dir), 'utf8');
      assert.equal(boundHtml(page, PAGE_HTML_LIMITS), page, file);
    }
  });

  test('ends the document before the element past the limit, and at the character limit outside a tag', () => {
    assert.equal(boundHtml('<b>1</b>'.repeat(50), { ...limits, maxElements: 10 }), '<b>1</b>'.repeat(10));
    assert.equal(boundHtml('<p>abc</p><p>def</p>', { ...limits, maxChars: 12 }), '<p>abc</p>');
  });

  test('cut elements do not count against the element limit', () => {
    assert.match(boundHtml(nestedHtml(5000, '<p>bottom</p>'), { maxDepth: 16, maxElements: 100, maxChars: 1024 * 1024 }), /bottom/);
  });

  test('RAW_TEXT is what the installed tokenizer reads as raw text', () => {
    for (const name of ['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noscript', 'noembed', 'div']) {
      let opened = 0;
      const noop = () => {};
      const tokenizer = new Tokenizer({ decodeEntities: true }, {
        onopentagname: () => void opened++,
        onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop, oncomment: noop,
        ondeclaration: noop, onend: noop, onopentagend: noop, onprocessinginstruction: noop, onselfclosingtag: noop, ontext: noop, ontextentity: noop,
      });
      tokenizer.write(`<${name}><b>x</b></${name}>`);
      tokenizer.end();
      assert.equal(opened === 1, RAW_TEXT.has(name), name);
    }
  });
});

describe('what reaches the parsers does not grow with hostile input', () => {
  // sanitize-html and linkedom work in proportion to what they are given (and Readability to
  // elements times depth); the pass that bounds it is one tokenizer pass over the input.
  test('an item body nested twice as deep gives the sanitizer no more to parse', () => {
    const one = boundHtml(nestedHtml(20_000, paragraphs(2)), ARTICLE_HTML_LIMITS);
    const two = boundHtml(nestedHtml(40_000, paragraphs(2)), ARTICLE_HTML_LIMITS);
    assert.equal(two.length, one.length);
    assert.equal(htmlDepth(sanitizeArticleHtml(nestedHtml(40_000, paragraphs(2)), { baseUrl: 'https://pub.example/' })).depth <= ARTICLE_HTML_LIMITS.maxDepth, true);
  });

  test('a page twice as large in elements gives linkedom and Readability no more than the limit', () => {
    const page = (count: number) => `<!doctype html><html><head><title>t</title></head><body>${'<div><p>text</p></div>'.repeat(count)}</body></html>`;
    const one = htmlDepth(boundHtml(page(20_000), PAGE_HTML_LIMITS));
    const two = htmlDepth(boundHtml(page(40_000), PAGE_HTML_LIMITS));
    assert.ok(one.elements <= PAGE_HTML_LIMITS.maxElements && two.elements <= PAGE_HTML_LIMITS.maxElements, `${one.elements}, ${two.elements}`);
    const deep = extractPage(`<!doctype html><html><head><title>t</title></head><body>${nestedHtml(40_000, paragraphs(6))}</body></html>`, 'https://pub.example/a');
    assert.match(deep.contentHtml ?? '', /Paragraph 6/);
  });
});

describe('feed discovery reads a bounded page', () => {
  test('the feed links of a page nested 50,000 deep are still found once the page is bounded, the one after the deep part too', () => {
    const page = `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>${nestedHtml(50_000, 'x')}<link rel="alternate" type="application/atom+xml" href="/feed.atom"></body></html>`;
    assert.deepEqual(findFeedLinks(page, 'https://pub.example/'), ['https://pub.example/feed.xml', 'https://pub.example/feed.atom']);
  });
});
