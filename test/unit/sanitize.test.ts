import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize.js';

const baseUrl = 'https://news.example/world/2026/story.html';
const clean = (html: string) => sanitizeArticleHtml(html, { baseUrl });

function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

describe('sanitizeArticleHtml: what is removed', () => {
  test('script and style go, with their content', () => {
    assert.equal(clean('<p>Hi</p><script>alert("x")</script><style>p { color: red }</style>'), '<p>Hi</p>');
  });

  test('noscript and template go, with their content', () => {
    assert.equal(clean('<p>a</p><noscript><img src="track.gif"></noscript><template><p>t</p></template>'), '<p>a</p>');
  });

  test('iframe, object, embed and svg go', () => {
    assert.equal(clean('<p>x</p><iframe src="https://ads.example/"></iframe><object data="x.swf"></object><embed src="y"><svg onload="x()"><circle/></svg>'), '<p>x</p>');
  });

  test('forms and their controls go; label and button words stay as text', () => {
    assert.equal(
      clean('<form action="/steal" method="post"><label>Name <input name="n"></label><textarea>typed</textarea><select><option>o</option></select><button>Send</button></form>'),
      'Name Send',
    );
  });

  test('base, meta and link tags go', () => {
    assert.equal(clean('<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="x.css"><p>ok</p>'), '<p>ok</p>');
  });

  test('event handlers, style, class and id attributes go', () => {
    assert.equal(clean('<p onclick="x()" onmouseover="y()" style="color:red" class="lead" id="top">Lead</p>'), '<p>Lead</p>');
  });

  test('no on* attribute survives anywhere', () => {
    const html = clean(
      '<p onclick="a()"><a href="/x" onfocus="b()">l</a><img src="/i.png" onerror="c()" onload="d()"><em onmouseenter="e()">e</em></p><blockquote onclick="f()">q</blockquote>',
    );
    for (const tag of tags(html)) assert.doesNotMatch(tag, /\son[a-z]+=/i, tag);
    assert.equal(tags(html).length, 9);
  });

  test('unknown wrappers are unwrapped, keeping their text', () => {
    assert.equal(clean('<div><span>kept</span> <font color="red">text</font></div>'), 'kept text');
  });

  test('h1 is not allowed, h2–h4 are', () => {
    assert.equal(clean('<h1>Big</h1><h2>Sub</h2><h3>Minor</h3><h4>Least</h4>'), 'Big<h2>Sub</h2><h3>Minor</h3><h4>Least</h4>');
  });

  test('srcset, target and a foreign rel are dropped', () => {
    assert.equal(clean('<a href="https://other.example/" target="_blank" rel="opener">a</a>'), '<a href="https://other.example/" rel="noopener nofollow">a</a>');
    assert.equal(
      clean('<img src="https://cdn.example/a.png" srcset="https://cdn.example/b.png 2x" alt="A">'),
      '<img src="https://cdn.example/a.png" alt="A" loading="lazy" />',
    );
  });
});

describe('sanitizeArticleHtml: links', () => {
  test('relative links are made absolute against baseUrl', () => {
    assert.equal(clean('<a href="/about">a</a>'), '<a href="https://news.example/about" rel="noopener nofollow">a</a>');
    assert.equal(clean('<a href="../index.html">b</a>'), '<a href="https://news.example/world/index.html" rel="noopener nofollow">b</a>');
    assert.equal(clean('<a href="other.html">c</a>'), '<a href="https://news.example/world/2026/other.html" rel="noopener nofollow">c</a>');
  });

  test('fragment and query links are resolved against the article page', () => {
    assert.equal(clean('<a href="#section-2">f</a>'), '<a href="https://news.example/world/2026/story.html#section-2" rel="noopener nofollow">f</a>');
    assert.equal(clean('<a href="?page=2">q</a>'), '<a href="https://news.example/world/2026/story.html?page=2" rel="noopener nofollow">q</a>');
  });

  test('protocol-relative links get the base scheme', () => {
    assert.equal(clean('<a href="//cdn.example/x">p</a>'), '<a href="https://cdn.example/x" rel="noopener nofollow">p</a>');
  });

  test('absolute links and titles are kept', () => {
    assert.equal(clean('<a href="https://other.example/x?y=1" title="Source">s</a>'), '<a href="https://other.example/x?y=1" title="Source" rel="noopener nofollow">s</a>');
  });

  test('mailto links are kept', () => {
    assert.equal(clean('<a href="mailto:desk@example.org">m</a>'), '<a href="mailto:desk@example.org" rel="noopener nofollow">m</a>');
  });

  for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', '&#106;avascript:alert(1)', 'java&#x09;script:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    test(`the href ${JSON.stringify(href)} is dropped, the text kept`, () => {
      assert.equal(clean(`<a href="${href.replace(/"/g, '&quot;')}">click</a>`), '<a rel="noopener nofollow">click</a>');
    });
  }

  test('every link gets rel="noopener nofollow"', () => {
    const html = clean('<p><a href="/a">1</a> <a href="https://b.example/">2</a> <a href="mailto:c@example.org" rel="author">3</a></p>');
    const anchors = tags(html).filter((t) => t.startsWith('<a '));
    assert.equal(anchors.length, 3);
    for (const a of anchors) assert.match(a, / rel="noopener nofollow">$/);
  });
});

describe('sanitizeArticleHtml: images', () => {
  test('relative src made absolute, loading lazy, size and alt kept, handlers gone', () => {
    assert.equal(
      clean('<img src="/img/a.png" onerror="x()" style="border:0" alt="Harbour at dawn" width="640" height="360">'),
      '<img src="https://news.example/img/a.png" alt="Harbour at dawn" width="640" height="360" loading="lazy" />',
    );
  });

  test('a page-relative image resolves against the article folder', () => {
    assert.equal(clean('<img src="pics/b.jpg" alt="">'), '<img src="https://news.example/world/2026/pics/b.jpg" alt="" loading="lazy" />');
  });

  test('every image is lazy', () => {
    const html = clean('<figure><img src="https://cdn.example/1.jpg"><img src="/2.jpg" loading="eager"></figure>');
    const images = tags(html).filter((t) => t.startsWith('<img'));
    assert.equal(images.length, 2);
    for (const img of images) assert.match(img, /loading="lazy"/);
    assert.doesNotMatch(html, /eager/);
  });

  test('a javascript: image source is dropped', () => {
    assert.equal(clean('<img src="javascript:alert(1)" alt="x">'), '<img alt="x" loading="lazy" />');
  });

  test('data: images are allowed', () => {
    assert.equal(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="d">'), '<img src="data:image/png;base64,iVBORw0KGgo=" alt="d" loading="lazy" />');
  });
});

describe('sanitizeArticleHtml: prose is kept', () => {
  test('paragraphs and blockquotes with cite', () => {
    const html = '<p>First.</p><blockquote cite="https://source.example/q"><p>Quoted words.</p></blockquote><p>Last.</p>';
    assert.equal(clean(html), html);
  });

  test('inline elements of an article', () => {
    const html = '<p>A <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <q cite="https://q.example/">q</q> <cite>Book</cite> <abbr title="World Health Organization">WHO</abbr> <time datetime="2026-01-01">1 Jan</time> H<sub>2</sub>O x<sup>2</sup> <code>c</code></p>';
    assert.equal(clean(html), html);
  });

  test('lists, figures and preformatted text', () => {
    const html = '<ul><li>one</li></ul><ol><li>two</li></ol><figure><figcaption>Caption</figcaption></figure><pre><code>x &lt; y</code></pre>';
    assert.equal(clean(html), html);
  });

  test('text is escaped and surrounding whitespace trimmed', () => {
    assert.equal(clean('  <p>5 &lt; 6 &amp; "quotes"</p>\n  '), '<p>5 &lt; 6 &amp; "quotes"</p>');
  });

  test('empty input gives empty output', () => {
    assert.equal(clean(''), '');
  });
});
