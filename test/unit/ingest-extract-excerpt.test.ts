import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countWords, makeExcerpt } from '../../src/ingest/extract/excerpt.js';
import { countWords as countWordsDirect } from '../../src/ingest/extract/wordcount.js';
import { extractPage } from '../../src/ingest/extract/page.js';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize.js';

/** Throws unless every opened tag is closed in order; returns the number of elements. */
function assertBalanced(html: string): number {
  const stack: string[] = [];
  let elements = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes what was opened in ${html}`);
    else {
      stack.push(name!);
      elements++;
    }
  }
  assert.deepEqual(stack, [], `left open in ${html}`);
  return elements;
}

describe('makeExcerpt: cutting at whole blocks', () => {
  const three = '<p>One two three.</p><p>Four five six seven.</p><p>Eight nine.</p>';

  test('ends after the last whole paragraph that fits', () => {
    assert.deepEqual(makeExcerpt(three, 8), { html: '<p>One two three.</p><p>Four five six seven.</p>', truncated: true, words: 7 });
    assert.deepEqual(makeExcerpt(three, 6), { html: '<p>One two three.</p>', truncated: true, words: 3 });
  });

  test('everything fits: the html unchanged, not truncated', () => {
    assert.deepEqual(makeExcerpt(three, 9), { html: three, truncated: false, words: 9 });
    assert.deepEqual(makeExcerpt(`  ${three}\n`, 100), { html: three, truncated: false, words: 9 });
  });

  test('maxWords 0 means the whole text', () => {
    assert.deepEqual(makeExcerpt(three, 0), { html: three, truncated: false, words: 9 });
  });

  test('a cut inside a quote or list closes it', () => {
    assert.deepEqual(makeExcerpt('<blockquote><p>One two.</p><p>Three four five.</p></blockquote><p>Six.</p>', 3), {
      html: '<blockquote><p>One two.</p></blockquote>',
      truncated: true,
      words: 2,
    });
    assert.deepEqual(makeExcerpt('<ul><li>one two</li><li>three four</li><li>five six</li></ul><p>seven</p>', 5), {
      html: '<ul><li>one two</li><li>three four</li></ul>',
      truncated: true,
      words: 4,
    });
  });

  test('a heading is not an ending: the cut goes back to the block before it', () => {
    assert.deepEqual(makeExcerpt('<p>One two three.</p><h2>Four five</h2><p>Six seven eight nine.</p>', 6), { html: '<p>One two three.</p>', truncated: true, words: 3 });
  });

  test('structure and inline markup are kept as they are', () => {
    const html = '<p>A <em>short</em> <a href="https://x.example/" rel="noopener nofollow">linked</a> <strong>lead</strong>.</p><blockquote><p>Quoted.</p></blockquote><p>Tail words here.</p>';
    assert.deepEqual(makeExcerpt(html, 6), { html: '<p>A <em>short</em> <a href="https://x.example/" rel="noopener nofollow">linked</a> <strong>lead</strong>.</p><blockquote><p>Quoted.</p></blockquote>', truncated: true, words: 5 });
  });

  test('line breaks in a block-less text are places to cut', () => {
    assert.deepEqual(makeExcerpt('Line one here<br />line two here<br />line three', 7), { html: 'Line one here<br />line two here', truncated: true, words: 6 });
  });
});

describe('makeExcerpt: when the first block alone is too long', () => {
  test('cuts at the last sentence end within the limit', () => {
    assert.deepEqual(makeExcerpt('<p>One two three. Four <em>five six</em> seven! Eight nine ten?</p>', 8), {
      html: '<p>One two three. Four <em>five six</em> seven!</p>',
      truncated: true,
      words: 7,
    });
  });

  test('a sentence end may be followed by closing quotes', () => {
    assert.deepEqual(makeExcerpt('<p>He said "Stop here." Then he left the room quietly.</p>', 6), { html: '<p>He said "Stop here."</p>', truncated: true, words: 4 });
    assert.deepEqual(makeExcerpt('<p>She wrote “Wait…” and went on with the rest.</p>', 4), { html: '<p>She wrote “Wait…”</p>', truncated: true, words: 3 });
  });

  test('a full stop inside a word or number is not a sentence end', () => {
    assert.deepEqual(makeExcerpt('<p>It cost £1.4m in 2026.Nobody minded at all then</p>', 3), { html: '<p>It cost £1.4m…</p>', truncated: true, words: 3 });
  });

  test('no sentence end: cut after the last whole word, with an ellipsis, closing every open tag', () => {
    assert.deepEqual(makeExcerpt('<p>One two <a href="https://x.example/" rel="noopener nofollow">three <strong>four five</strong></a> six</p>', 4), {
      html: '<p>One two <a href="https://x.example/" rel="noopener nofollow">three <strong>four…</strong></a></p>',
      truncated: true,
      words: 4,
    });
  });

  test('the ellipsis replaces a trailing comma, colon or dash', () => {
    assert.equal(makeExcerpt('<p>First, second, third, fourth</p>', 2).html, '<p>First, second…</p>');
    assert.equal(makeExcerpt('<p>Words — more words</p>', 1).html, '<p>Words…</p>');
  });

  test('never cuts inside an entity', () => {
    assert.deepEqual(makeExcerpt('<p>Tom &amp; Jerry &amp; friends went home</p>', 3), { html: '<p>Tom &amp; Jerry &amp; friends…</p>', truncated: true, words: 3 });
    assert.deepEqual(makeExcerpt('<p>AT&amp;T; and R&amp;D; were both here</p>', 2), { html: '<p>AT&amp;T; and…</p>', truncated: true, words: 2 });
    assert.deepEqual(makeExcerpt('<p>5 &lt; 6 &gt; 4 and more</p>', 2), { html: '<p>5 &lt; 6…</p>', truncated: true, words: 2 });
  });

  test('never cuts inside a tag, even one whose attributes hold escaped brackets', () => {
    const html = sanitizeArticleHtml('<p>Alpha <abbr title="a > b < c">beta</abbr> gamma delta</p>', { baseUrl: 'https://x.example/' });
    assert.equal(html, '<p>Alpha <abbr title="a &gt; b &lt; c">beta</abbr> gamma delta</p>');
    assert.deepEqual(makeExcerpt(html, 2), { html: '<p>Alpha <abbr title="a &gt; b &lt; c">beta…</abbr></p>', truncated: true, words: 2 });
  });
});

describe('makeExcerpt: images and figures', () => {
  test('figures count no words, captions included, and are kept before the cut', () => {
    const html = '<figure><img src="https://x.example/a.jpg" alt="" loading="lazy" /><figcaption>A long caption with many words in it</figcaption></figure><p>One two. Three four.</p><p>Five.</p>';
    assert.deepEqual(makeExcerpt(html, 4), {
      html: '<figure><img src="https://x.example/a.jpg" alt="" loading="lazy" /><figcaption>A long caption with many words in it</figcaption></figure><p>One two. Three four.</p>',
      truncated: true,
      words: 4,
    });
  });

  test('a figure after the last kept block is left out', () => {
    assert.deepEqual(makeExcerpt('<p>a b</p><figure><img src="https://x.example/x.jpg" /></figure><p>c d e</p>', 3), { html: '<p>a b</p>', truncated: true, words: 2 });
  });

  test('an image inside the kept text stays, one after the cut goes', () => {
    assert.deepEqual(makeExcerpt('<p>a <img src="https://x.example/1.jpg" /> b c <img src="https://x.example/2.jpg" /> d</p>', 3), {
      html: '<p>a <img src="https://x.example/1.jpg" /> b c…</p>',
      truncated: true,
      words: 3,
    });
  });
});

describe('makeExcerpt: other scripts', () => {
  test('Chinese and Japanese characters count one word each and end sentences with 。', () => {
    assert.deepEqual(makeExcerpt('<p>今日は晴れ。明日は雨でしょう。</p>', 8), { html: '<p>今日は晴れ。</p>', truncated: true, words: 5 });
    assert.deepEqual(makeExcerpt('<p>今日は晴れです</p>', 3), { html: '<p>今日は…</p>', truncated: true, words: 3 });
  });
});

describe('makeExcerpt: on real extracted articles', () => {
  const pages: [string, string][] = [
    ['tidewater-harbour-barrier.html', 'https://tidewater-gazette.example/local/2026/harbour-barrier'],
    ['orchard-notes-grafting.html', 'https://orchard-notes.example/2026/03/cold-spring-grafting/'],
    ['metro-ledger-night-buses.html', 'https://metro-ledger.example/transit/2026/01/night-buses-record'],
  ];
  for (const [file, url] of pages) {
    test(`${file}: every limit gives balanced HTML within the limit`, () => {
      const page = extractPage(readFileSync(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8'), url);
      const safe = sanitizeArticleHtml(page.contentHtml ?? '', { baseUrl: url });
      const total = countWords(safe);
      assert.ok(total > 300, `${total} words`);
      let previous = 0;
      for (let max = 1; max <= total + 5; max += max < 60 ? 1 : 7) {
        const ex = makeExcerpt(safe, max);
        assertBalanced(ex.html);
        assert.ok(ex.words <= max, `${ex.words} <= ${max}`);
        assert.equal(ex.words, countWords(ex.html), `words reported for ${max}`);
        assert.equal(ex.truncated, max < total, `truncated for ${max}`);
        assert.ok(ex.words >= previous, 'longer limits never give shorter excerpts');
        assert.ok(safe.startsWith(ex.html.replace(/…?(?:<\/[a-z0-9]+>)*$/, '')), 'a prefix of the article');
        previous = ex.words;
      }
    });
  }

  test('a 120-word excerpt of the harbour story is its first two paragraphs (36 + 62 words; the third has 43)', () => {
    const url = 'https://tidewater-gazette.example/local/2026/harbour-barrier';
    const page = extractPage(readFileSync(new URL('../fixtures/pages/tidewater-harbour-barrier.html', import.meta.url), 'utf8'), url);
    const ex = makeExcerpt(sanitizeArticleHtml(page.contentHtml ?? '', { baseUrl: url }), 120);
    assert.equal(ex.truncated, true);
    assert.equal(ex.words, 98);
    assert.equal(assertBalanced(ex.html), 2);
    assert.match(ex.html, /^<p>Port Merrow's harbour council/);
    assert.match(ex.html, /raises the existing harbour walls by a metre and a half\.<\/p>$/);
  });
});

describe('countWords', () => {
  test('words are runs with a letter or digit; punctuation alone is not a word', () => {
    assert.equal(countWords('<p>One, two — three… 4.5 don’t !!</p>'), 5);
  });

  test('tags separate words; text in different blocks is counted once each', () => {
    assert.equal(countWords('<p>one</p><p>two<br />three</p><ul><li>four</li></ul>'), 4);
  });

  test('entities: an entity alone is not a word, no-break spaces separate words', () => {
    assert.equal(countWords('<p>Tom &amp; Jerry</p>'), 2);
    assert.equal(countWords('<p>one&nbsp;two\u00a0three</p>'), 3);
    assert.equal(countWords('<p>caf&eacute; cr&#232;me</p>'), 2);
  });

  test('figures and captions, scripts and styles count nothing', () => {
    assert.equal(countWords('<figure><img src="x" /><figcaption>five words in this caption</figcaption></figure><p>two words</p><script>var a = 1</script><style>p { color: red }</style>'), 2);
  });

  test('Chinese and Japanese characters count one each', () => {
    assert.equal(countWords('<p>今日は晴れ。Hello world</p>'), 7);
  });

  test('nothing gives 0', () => {
    assert.equal(countWords(''), 0);
    assert.equal(countWords('<p> </p><img src="x" />'), 0);
  });

  test('is the same function from wordcount.ts and excerpt.ts', () => {
    assert.equal(countWords, countWordsDirect);
  });
});
