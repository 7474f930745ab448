import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { countLinks, MARKUP_BUDGET, renderCommentMarkdown } from '../../src/discussion/markdown.js';

const rel = 'rel="nofollow ugc noopener"';

/** Every tag in the output, so text that merely mentions "onerror=" is not mistaken for markup. */
function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

function tagNames(html: string): string[] {
  return tags(html).map((t) => /^<\/?([a-z0-9]+)/i.exec(t)?.[1]?.toLowerCase() ?? t);
}

describe('renderCommentMarkdown: formatting', () => {
  test('emphasis, strong, inline code and strikethrough', () => {
    assert.equal(renderCommentMarkdown('*so* **very** `sudo` ~~wrong~~'), '<p><em>so</em> <strong>very</strong> <code>sudo</code> <s>wrong</s></p>');
  });

  test('a Markdown link', () => {
    assert.equal(renderCommentMarkdown('[the report](https://example.org/report)'), `<p><a href="https://example.org/report" ${rel}>the report</a></p>`);
  });

  test('a link title is dropped, only href and rel remain', () => {
    assert.equal(renderCommentMarkdown('[r](https://example.org/r "Read me")'), `<p><a href="https://example.org/r" ${rel}>r</a></p>`);
  });

  test('fenced code keeps its content escaped', () => {
    assert.equal(renderCommentMarkdown('```\nif (a < b) { run(); }\n```'), '<pre><code>if (a &lt; b) { run(); }\n</code></pre>');
  });

  test('blockquote', () => {
    assert.equal(renderCommentMarkdown('> They said so.\n\nI disagree.'), '<blockquote>\n<p>They said so.</p>\n</blockquote>\n<p>I disagree.</p>');
  });

  test('bulleted list', () => {
    assert.equal(renderCommentMarkdown('- bread\n- milk'), '<ul>\n<li>bread</li>\n<li>milk</li>\n</ul>');
  });

  test('numbered list keeps its start number', () => {
    assert.equal(renderCommentMarkdown('3. third\n4. fourth'), '<ol start="3">\n<li>third</li>\n<li>fourth</li>\n</ol>');
  });

  test('single line breaks are kept', () => {
    assert.equal(renderCommentMarkdown('line one\nline two'), '<p>line one<br />\nline two</p>');
  });

  test('headings, rules and images are not rendered as such', () => {
    const html = renderCommentMarkdown('# Shouting\n\n---\n\n![cat](https://example.org/cat.png)');
    assert.deepEqual([...new Set(tagNames(html))].sort(), ['a', 'p']);
    assert.match(html, /<p># Shouting<\/p>/);
    assert.match(html, /<p>---<\/p>/);
    assert.doesNotMatch(html, /<img/);
  });

  test('plain text is one paragraph, trimmed', () => {
    assert.equal(renderCommentMarkdown('  Just words.  \n\n'), '<p>Just words.</p>');
  });
});

describe('renderCommentMarkdown: raw HTML is shown, never run', () => {
  test('<script> becomes text', () => {
    assert.equal(renderCommentMarkdown('<script>alert(1)</script>'), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  test('<img onerror> becomes text', () => {
    assert.equal(renderCommentMarkdown('<img src=x onerror=alert(1)>'), '<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  test('<iframe> becomes text', () => {
    const html = renderCommentMarkdown('<iframe src="https://evil.example/"></iframe>');
    assert.doesNotMatch(html, /<iframe/i);
    assert.match(html, /^<p>&lt;iframe src=/);
    assert.match(html, /&lt;\/iframe&gt;<\/p>$/);
  });

  test('typed <b> and <a> tags are escaped; only the bare URL inside becomes a link', () => {
    assert.equal(
      renderCommentMarkdown('<b>bold</b> <a href="https://example.org">x</a>'),
      `<p>&lt;b&gt;bold&lt;/b&gt; &lt;a href="<a href="https://example.org" ${rel}>https://example.org</a>"&gt;x&lt;/a&gt;</p>`,
    );
  });

  test('HTML comments are escaped', () => {
    assert.equal(renderCommentMarkdown('<!-- hidden -->'), '<p>&lt;!-- hidden --&gt;</p>');
  });

  const hostile = [
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '<a href="https://example.org" onclick="alert(1)">x</a>',
    '<p onmouseover="alert(1)">hover</p>',
    '[a](https://example.org/" onmouseover="alert(1))',
    '[t](https://example.org "title" onclick=alert(1))',
    '<details open ontoggle=alert(1)>',
    '`<body onload=alert(1)>`',
  ];
  for (const text of hostile) {
    test(`no event handler attribute in ${JSON.stringify(text)}`, () => {
      const html = renderCommentMarkdown(text);
      for (const tag of tags(html)) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `tag ${tag}`);
      for (const name of tagNames(html)) assert.ok(['p', 'a', 'code', 'br'].includes(name), `unexpected <${name}> in ${html}`);
    });
  }
});

describe('renderCommentMarkdown: link safety', () => {
  for (const text of ['[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](java&#115;cript:alert(1))', '<javascript:alert(1)>', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '[x](vbscript:msgbox(1))']) {
    test(`drops the link in ${JSON.stringify(text)}`, () => {
      const html = renderCommentMarkdown(text);
      assert.equal(countLinks(html), 0);
      assert.doesNotMatch(html, /href/i);
      assert.deepEqual(tagNames(html), ['p', 'p']);
    });
  }

  test('a link with a refused address keeps its text', () => {
    assert.equal(renderCommentMarkdown('[click here](//evil.example/x) please'), '<p>click here please</p>');
    assert.equal(renderCommentMarkdown('read [the file](ftp://files.example.org/a.txt)'), '<p>read the file</p>');
  });

  test('mailto links are allowed', () => {
    assert.equal(renderCommentMarkdown('[write](mailto:desk@example.org)'), `<p><a href="mailto:desk@example.org" ${rel}>write</a></p>`);
  });

  test('every link gets rel="nofollow ugc noopener" and nothing else', () => {
    const html = renderCommentMarkdown('[a](https://a.example/) and https://b.example/x and <https://c.example>');
    const anchors = tags(html).filter((t) => t.startsWith('<a'));
    assert.equal(anchors.length, 3);
    for (const a of anchors) assert.match(a, /^<a href="https:\/\/[abc]\.example\/?x?" rel="nofollow ugc noopener">$/);
  });

  test('bare URLs and www. addresses become links', () => {
    assert.equal(
      renderCommentMarkdown('see https://example.org/a and www.example.com'),
      `<p>see <a href="https://example.org/a" ${rel}>https://example.org/a</a> and <a href="http://www.example.com" ${rel}>www.example.com</a></p>`,
    );
  });
});

describe('countLinks', () => {
  test('0 for plain text', () => {
    assert.equal(countLinks(renderCommentMarkdown('No links here, just an opinion.')), 0);
    assert.equal(countLinks(renderCommentMarkdown('')), 0);
    assert.equal(countLinks(''), 0);
  });

  test('counts Markdown links', () => {
    assert.equal(countLinks(renderCommentMarkdown('[one](https://one.example) [two](https://two.example)')), 2);
  });

  test('counts bare URLs', () => {
    assert.equal(countLinks(renderCommentMarkdown('https://one.example https://two.example/x https://three.example')), 3);
  });

  test('counts www. links', () => {
    assert.equal(countLinks(renderCommentMarkdown('cheap pills at www.pills-shop.com')), 1);
    assert.equal(countLinks(renderCommentMarkdown('www.example.net and www.example.org/page')), 2);
  });

  test('counts autolinks', () => {
    assert.equal(countLinks(renderCommentMarkdown('<https://auto.example/page>')), 1);
  });

  test('counts a mix of link kinds', () => {
    assert.equal(countLinks(renderCommentMarkdown('[a](https://a.example) https://b.example www.example.com <https://d.example>')), 4);
  });

  test('escaped, typed tags do not count', () => {
    assert.equal(countLinks('<p>&lt;a href=x&gt;text&lt;/a&gt;</p>'), 0);
  });

  test('does not count other tags starting with a', () => {
    assert.equal(countLinks('<p><abbr title="x">x</abbr> <aside>y</aside></p>'), 0);
  });

  test('counts raw anchors in HTML directly', () => {
    assert.equal(countLinks('<p><a href="https://x.example">x</a> <a\nhref="https://y.example">y</a></p>'), 2);
  });
});

describe('renderCommentMarkdown: a text made mostly of markup', () => {
  test('past MARKUP_BUDGET markup characters the text is shown as typed, its links still linked', () => {
    const stars = '*'.repeat(MARKUP_BUDGET);
    const html = renderCommentMarkdown(`*so* see https://example.org/r\n${stars}`);
    assert.ok(html.startsWith(`<p>*so* see <a href="https://example.org/r" ${rel}>https://example.org/r</a><br />`), html.slice(0, 120));
    assert.ok(html.includes(stars));
    assert.deepEqual([...new Set(tagNames(html))].sort(), ['a', 'br', 'p']);
  });

  test('up to the budget, Markdown is rendered as ever', () => {
    assert.equal(renderCommentMarkdown(`*so* ${'_'.repeat(MARKUP_BUDGET - 2)}`).slice(0, 16), '<p><em>so</em> _');
  });
});
