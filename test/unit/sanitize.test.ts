import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { EMBED_FRAME_HOSTS, EMBEDS } from '../../src/ingest/embeds.js';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize.js';
import { helmetOptions, securityHeaders } from '../../src/web/security-headers.js';

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

  // Changed with the Miniflux-style rules: a form (newsletter box, comment form) goes
  // with everything in it; it used to leave its label and button words behind.
  test('forms and their controls go, with their content', () => {
    assert.equal(
      clean('<p>Before</p><form action="/steal" method="post"><label>Name <input name="n"></label><textarea>typed</textarea><select><option>o</option></select><button>Send</button></form><p>After</p>'),
      '<p>Before</p><p>After</p>',
    );
  });

  test('form controls outside a form go too', () => {
    assert.equal(clean('<p>Vote: <input type="radio" name="v"> <button type="button">Yes</button> <select><option>No</option></select> <textarea>t</textarea>done</p>'), '<p>Vote:    done</p>');
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

  // Changed: h1 used to be unwrapped to bare text; it is now demoted to h2.
  test('h1 is demoted to h2; h2–h6 are kept', () => {
    assert.equal(
      clean('<h1 class="title">Big</h1><h2>Sub</h2><h3>Minor</h3><h4>Least</h4><h5>Five</h5><h6>Six</h6>'),
      '<h2>Big</h2><h2>Sub</h2><h3>Minor</h3><h4>Least</h4><h5>Five</h5><h6>Six</h6>',
    );
  });

  // Changed: srcset used to be dropped; it is now kept with every candidate made absolute.
  test('target and a foreign rel are dropped; srcset is kept', () => {
    assert.equal(clean('<a href="https://other.example/" target="_blank" rel="opener">a</a>'), '<a href="https://other.example/" rel="noopener nofollow">a</a>');
    assert.equal(
      clean('<img src="https://cdn.example/a.png" srcset="https://cdn.example/b.png 2x" alt="A">'),
      '<img src="https://cdn.example/a.png" srcset="https://cdn.example/b.png 2x" alt="A" loading="lazy" />',
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

describe('sanitizeArticleHtml: dropped with their content', () => {
  test('object, embed, applet and math go with their fallback content', () => {
    assert.equal(
      clean('<p>x</p><object data="x.swf"><p>Fallback words</p></object><applet code="A.class">Applet words</applet><math><mi>x</mi><mo>=</mo><mn>2</mn></math><embed src="y.swf">'),
      '<p>x</p>',
    );
  });

  test('the sanitizer’s own drop marker written in the input is only unwrapped', () => {
    assert.equal(clean('<p>a <newsdesk-drop class="x">b</newsdesk-drop> c</p>'), '<p>a b c</p>');
    assert.equal(clean('<p>a <newsdesk-drop hidden>b</newsdesk-drop>c</p>'), '<p>a c</p>');
  });

  test('a full document keeps only its body', () => {
    assert.equal(clean('<html><head><title>Page title</title><style>p{}</style></head><body><p>Body</p></body></html>'), '<p>Body</p>');
  });
});

describe('sanitizeArticleHtml: hidden elements', () => {
  test('the hidden attribute drops the element and its text', () => {
    assert.equal(clean('<p>Seen</p><p hidden>Unseen</p><div hidden="hidden"><p>Also unseen</p></div>'), '<p>Seen</p>');
  });

  test('aria-hidden="true" drops the element; aria-hidden="false" does not', () => {
    assert.equal(clean('<p>Read <span aria-hidden="true">★★★</span>this</p><p aria-hidden="false">Kept</p>'), '<p>Read this</p><p>Kept</p>');
  });

  test('inline display:none and visibility:hidden drop the element, in any spelling', () => {
    assert.equal(
      clean('<p>A</p><div style="display:none"><p>B</p></div><p style="color: red; DISPLAY : None !important">C</p><span style="visibility: hidden;">D</span><p style="display:block">E</p><p style="visibility:visible">F</p>'),
      '<p>A</p><p>E</p><p>F</p>',
    );
  });

  test('a hidden element inside a kept one goes, its siblings stay', () => {
    assert.equal(clean('<blockquote><p>Quote</p><p style="display: none">Tracking note</p></blockquote>'), '<blockquote><p>Quote</p></blockquote>');
  });
});

describe('sanitizeArticleHtml: tracking pixels and tracker images', () => {
  test('1×1 and 0×N images go; a paragraph left empty goes with them', () => {
    assert.equal(
      clean('<p>Text</p><p><img src="https://t.example/p.gif" width="1" height="1"></p><img src="/a.gif" width="0" height="40"><img src="/b.gif" height="1px"><img src="/c.gif" width="2" height="2" alt="small">'),
      '<p>Text</p><img src="https://news.example/c.gif" alt="small" width="2" height="2" loading="lazy" />',
    );
  });

  test('images from well-known tracker hosts and paths go whatever their size', () => {
    assert.equal(
      clean('<p>a</p><img src="https://pixel.wp.com/g.gif?blog=1" width="6" height="5"><img src="https://stats.wordpress.com/b.gif"><img src="https://feeds.feedburner.com/~r/Blog/~4/abc"><img src="https://www.google-analytics.com/collect?v=1"><img src="https://www.facebook.com/tr?id=1&ev=PageView"><img src="/tracking/pixel.gif">'),
      '<p>a</p>',
    );
  });

  test('an ordinary image on a look-alike host is kept', () => {
    assert.equal(
      clean('<img src="https://pixel-art.example/gallery/cat.png" alt="Cat">'),
      '<img src="https://pixel-art.example/gallery/cat.png" alt="Cat" loading="lazy" />',
    );
  });
});

describe('sanitizeArticleHtml: share and social buttons', () => {
  test('elements whose class or id names share, social, sharing, sharedaddy or addtoany go', () => {
    assert.equal(
      clean(
        '<p>Story</p><div class="share-buttons"><a href="/s">Share</a></div><ul id="social-links"><li>Follow</li></ul><div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3></div><div class="a2a_kit addtoany_list"><a href="/x">Email</a></div><p class="shareBar">Tweet</p><span class="sd-sharing">Post</span>',
      ),
      '<p>Story</p>',
    );
  });

  test('"shared" in a class, an id or the text is not a share button', () => {
    assert.equal(
      clean('<p class="shared-history">The shared garden kept its share of the harvest.</p><p id="shareholders">Shareholders met.</p>'),
      '<p>The shared garden kept its share of the harvest.</p><p>Shareholders met.</p>',
    );
  });

  test('links to share endpoints go even without a telling class', () => {
    assert.equal(
      clean('<p>Read <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="https://twitter.com/intent/tweet?url=x">X</a> on.</p><p><a href="https://www.facebook.com/TheGazette">Our page</a></p>'),
      '<p>Read  on.</p><p><a href="https://www.facebook.com/TheGazette" rel="noopener nofollow">Our page</a></p>',
    );
  });
});

describe('sanitizeArticleHtml: iframes', () => {
  const forced = 'allowfullscreen sandbox="allow-scripts allow-same-origin allow-popups" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"';

  test('a YouTube embed is rewritten to youtube-nocookie, sandboxed and lazy', () => {
    assert.equal(
      clean('<iframe width="560" height="315" src="https://www.youtube.com/embed/abc123?start=30&amp;utm_source=feed" frameborder="0" allow="autoplay" onload="x()" style="border:0" allowfullscreen>fallback</iframe>'),
      `<iframe src="https://www.youtube-nocookie.com/embed/abc123?start=30" width="560" height="315" ${forced}></iframe>`,
    );
  });

  test('allowlisted players are kept, forced to https, with our sandbox replacing theirs', () => {
    assert.equal(
      clean('<iframe src="http://player.vimeo.com/video/42" sandbox="allow-top-navigation allow-forms"></iframe>'),
      `<iframe src="https://player.vimeo.com/video/42" ${forced}></iframe>`,
    );
    assert.equal(clean('<iframe src="//www.youtube-nocookie.com/embed/x"></iframe>'), `<iframe src="https://www.youtube-nocookie.com/embed/x" ${forced}></iframe>`);
    assert.equal(clean('<iframe src="https://www.dailymotion.com/embed/video/x8"></iframe>'), `<iframe src="https://www.dailymotion.com/embed/video/x8" ${forced}></iframe>`);
  });

  test('a lazy iframe with data-src is kept', () => {
    assert.equal(clean('<iframe data-src="https://player.vimeo.com/video/7"></iframe>'), `<iframe src="https://player.vimeo.com/video/7" ${forced}></iframe>`);
  });

  test('other iframes go: unknown hosts, non-embed paths, look-alikes, javascript:', () => {
    assert.equal(
      clean('<p>a</p><iframe src="https://www.youtube.com/watch?v=abc"></iframe><iframe src="https://youtube.com.evil.example/embed/x"></iframe><iframe src="https://evil.example/embed/"></iframe><iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>x()</script>"></iframe><iframe src="/embed/local"></iframe>'),
      '<p>a</p>',
    );
  });
});

describe('sanitizeArticleHtml: tracking parameters', () => {
  test('utm_* and click ids are stripped from links; other parameters keep order and encoding', () => {
    assert.equal(
      clean('<a href="https://shop.example/p?a=1&amp;utm_source=feed&amp;b=%20c&amp;UTM_Campaign=x&amp;fbclid=F&amp;gclid=G&amp;q=a+b#frag">l</a>'),
      '<a href="https://shop.example/p?a=1&amp;b=%20c&amp;q=a+b#frag" rel="noopener nofollow">l</a>',
    );
  });

  test('every listed parameter goes, and a query left empty goes too', () => {
    const params = ['utm_medium=m', 'utm_anything=z', 'fbclid=1', 'gclid=2', 'dclid=3', 'msclkid=4', 'mc_cid=5', 'mc_eid=6', '_hsenc=7', '_hsmi=8', 'igshid=9', 'yclid=10'];
    assert.equal(clean(`<a href="/story?${params.join('&amp;')}">l</a>`), '<a href="https://news.example/story" rel="noopener nofollow">l</a>');
  });

  test('parameters that merely contain a tracking name are kept', () => {
    assert.equal(clean('<a href="/s?my_utm_source=1&amp;gclidx=2&amp;ref=rss">l</a>'), '<a href="https://news.example/s?my_utm_source=1&amp;gclidx=2&amp;ref=rss" rel="noopener nofollow">l</a>');
  });

  test('image src and every srcset candidate lose them too', () => {
    assert.equal(
      clean('<img src="/i.jpg?w=800&amp;utm_source=rss" srcset="/i.jpg?w=400&amp;fbclid=x 400w, /i.jpg?w=800&amp;utm_medium=y 800w">'),
      '<img src="https://news.example/i.jpg?w=800" srcset="https://news.example/i.jpg?w=400 400w, https://news.example/i.jpg?w=800 800w" loading="lazy" />',
    );
  });
});

describe('sanitizeArticleHtml: lazy images', () => {
  test('data-src replaces a data: gif placeholder, data-srcset becomes srcset', () => {
    assert.equal(
      clean('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/full.jpg" data-srcset="/full-400.jpg 400w, /full-800.jpg 800w" sizes="100vw" alt="Full" class="lazy">'),
      '<img src="https://news.example/full.jpg" srcset="https://news.example/full-400.jpg 400w, https://news.example/full-800.jpg 800w" sizes="100vw" alt="Full" loading="lazy" />',
    );
  });

  test('data-lazy-src and data-original fill a missing src; a placeholder file is replaced', () => {
    assert.equal(clean('<img data-lazy-src="/a.jpg" alt="a">'), '<img src="https://news.example/a.jpg" alt="a" loading="lazy" />');
    assert.equal(clean('<img src="/assets/blank.gif" data-original="/b.jpg" alt="b">'), '<img src="https://news.example/b.jpg" alt="b" loading="lazy" />');
    assert.equal(clean('<img src="/img/lazy-placeholder.png" data-src="/c.jpg">'), '<img src="https://news.example/c.jpg" loading="lazy" />');
  });

  test('a real src is not replaced by data-src', () => {
    assert.equal(clean('<img src="/real.jpg" data-src="/other.jpg" alt="r">'), '<img src="https://news.example/real.jpg" alt="r" loading="lazy" />');
  });

  test('a lifted image still goes when it is a tracking pixel', () => {
    assert.equal(clean('<p>t</p><img src="data:image/gif;base64,R0lGOD" data-src="/p.gif" width="1" height="1">'), '<p>t</p>');
  });
});

describe('sanitizeArticleHtml: data: and other URLs', () => {
  test('data: images of the allowed types are kept in img src', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif']) {
      const src = `data:image/${type};base64,AAAA`;
      assert.equal(clean(`<img src="${src}">`), `<img src="${src}" loading="lazy" />`);
    }
  });

  test('other data: URLs are dropped: SVG images, HTML, data: links and data: srcset candidates', () => {
    assert.equal(clean('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s">'), '<img alt="s" loading="lazy" />');
    assert.equal(clean('<img src="data:text/html;base64,PHNjcmlwdD4=" alt="h">'), '<img alt="h" loading="lazy" />');
    assert.equal(clean('<a href="data:image/png;base64,AAAA">d</a>'), '<a rel="noopener nofollow">d</a>');
    assert.equal(clean('<img src="/a.png" srcset="data:image/png;base64,AAAA 1x, /b.png 2x">'), '<img src="https://news.example/a.png" srcset="https://news.example/b.png 2x" loading="lazy" />');
  });

  test('vbscript: and javascript: sources are dropped from media and quotes', () => {
    assert.equal(clean('<video src="javascript:x()" poster="vbscript:y"></video>'), '<video controls preload="none"></video>');
    assert.equal(clean('<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>'), '<blockquote><p>q</p></blockquote>');
  });

  test('poster, source src and srcset, and cite are made absolute', () => {
    assert.equal(
      clean('<video src="/v.mp4" poster="../poster.jpg" autoplay muted loop><source src="v.webm" type="video/webm"></video>'),
      '<video src="https://news.example/v.mp4" poster="https://news.example/world/poster.jpg" controls preload="none"><source src="https://news.example/world/2026/v.webm" type="video/webm" /></video>',
    );
    assert.equal(clean('<q cite="/source">q</q>'), '<q cite="https://news.example/source">q</q>');
  });

  test('a srcset URL with commas in it keeps them', () => {
    assert.equal(
      clean('<img src="https://img.example/w_400,h_300/a.jpg" srcset="https://img.example/w_400,h_300/a.jpg 1x, https://img.example/w_800,h_600/a.jpg 2x">'),
      '<img src="https://img.example/w_400,h_300/a.jpg" srcset="https://img.example/w_400,h_300/a.jpg 1x, https://img.example/w_800,h_600/a.jpg 2x" loading="lazy" />',
    );
  });
});

describe('sanitizeArticleHtml: media and structure that are kept', () => {
  test('picture with sources and a fallback image', () => {
    assert.equal(
      clean('<picture><source type="image/avif" srcset="/a.avif 1x, /a@2x.avif 2x" media="(min-width: 600px)"><source data-srcset="/a.webp" type="image/webp"><img src="/a.jpg" alt="A"></picture>'),
      '<picture><source srcset="https://news.example/a.avif 1x, https://news.example/a@2x.avif 2x" media="(min-width: 600px)" type="image/avif" /><source srcset="https://news.example/a.webp" type="image/webp" /><img src="https://news.example/a.jpg" alt="A" loading="lazy" /></picture>',
    );
  });

  test('audio gets controls, loses autoplay', () => {
    assert.equal(clean('<audio src="/ep1.mp3" autoplay></audio>'), '<audio src="https://news.example/ep1.mp3" controls preload="none"></audio>');
  });

  test('figure with an image and its caption', () => {
    const html = '<figure><img src="https://cdn.example/f.jpg" alt="F" width="800" height="600" loading="lazy" /><figcaption>Caption <em>here</em></figcaption></figure>';
    assert.equal(clean(html), html);
  });

  test('tables keep caption, sections, colspan, rowspan and scope; other attributes go', () => {
    assert.equal(
      clean('<table border="1" class="t" style="width:100%"><caption>Riders</caption><thead><tr><th scope="col" width="40">Week</th><th>N</th></tr></thead><tbody><tr><td rowspan="2" onclick="x()">1</td><td colspan="2" align="right">5</td></tr></tbody><tfoot><tr><td>Total</td></tr></tfoot></table>'),
      '<table><caption>Riders</caption><thead><tr><th scope="col">Week</th><th>N</th></tr></thead><tbody><tr><td rowspan="2">1</td><td colspan="2">5</td></tr></tbody><tfoot><tr><td>Total</td></tr></tfoot></table>',
    );
  });

  test('definition lists, edits, breaks, rules and small inline elements', () => {
    const html = '<dl><dt>Term</dt><dd>Meaning</dd></dl><p><del datetime="2026-01-01">old</del> <ins>new</ins><br />line <mark>m</mark> <small>s</small> <kbd>k</kbd> <s>x</s> <u>u</u></p><hr /><ol start="3" reversed><li value="5">five</li></ol>';
    assert.equal(clean(html), html);
  });
});

describe('sanitizeArticleHtml: empty elements left behind', () => {
  test('empty paragraphs go, including those holding only spaces, no-break spaces or a break', () => {
    assert.equal(clean('<p>One</p><p></p><p>   </p><p>&nbsp;</p><p><br></p><p>\u200b</p><p>Two</p>'), '<p>One</p><p>Two</p>');
  });

  test('empty links go, and so does the paragraph they leave empty', () => {
    assert.equal(clean('<p>See <a href="/x"></a>this</p><p><a href="/y"> </a></p><ul><li><a href="/z"></a></li></ul>'), '<p>See this</p>');
  });

  test('a link or paragraph holding only an image is kept', () => {
    assert.equal(
      clean('<p><a href="/big.jpg"><img src="/small.jpg" alt=""></a></p>'),
      '<p><a href="https://news.example/big.jpg" rel="noopener nofollow"><img src="https://news.example/small.jpg" alt="" loading="lazy" /></a></p>',
    );
  });

  test('a paragraph holding only a player is kept', () => {
    assert.match(clean('<p><iframe src="https://player.vimeo.com/video/1"></iframe></p>'), /^<p><iframe src="https:\/\/player\.vimeo\.com\/video\/1" [^>]+><\/iframe><\/p>$/);
  });

  test('a paragraph whose only image was hidden goes', () => {
    assert.equal(clean('<p>a</p><p><span hidden><img src="/i.jpg" alt="i"></span></p>'), '<p>a</p>');
  });

  test('a figure whose only image was a pixel goes', () => {
    assert.equal(clean('<p>a</p><figure><img src="/p.gif" width="1" height="1"></figure>'), '<p>a</p>');
  });
});

describe('sanitizeArticleHtml: a whole foreign page', () => {
  test('a raw article page comes out with no script, handler, style, form or hidden text', async () => {
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(new URL('../fixtures/pages/tidewater-harbour-barrier.html', import.meta.url), 'utf8');
    const html = clean(page);
    assert.doesNotMatch(html, /<script|<style|<form|<input|<button|<svg|<iframe src="https:\/\/www\.youtube\.com/);
    for (const tag of tags(html)) assert.doesNotMatch(tag, /\s(?:on[a-z]+|style|class|id)=/i, tag);
    assert.doesNotMatch(html, /Injected by a script|window\.__tidewater|Printed from the Tidewater|Share on Facebook|pixel\.quantserve|utm_/);
    assert.match(html, /<p>Port Merrow's harbour council has ordered a full engineering study/);
    assert.match(html, /src="https:\/\/www\.youtube-nocookie\.com\/embed\/Xy12AbCdEfG\?rel=0"/);
    // Relative addresses resolve against baseUrl (this suite's news.example), lazy images lifted.
    assert.match(html, /<img src="https:\/\/news\.example\/media\/2026\/02\/harbour-wall-flood\.jpg" srcset="https:\/\/news\.example\/media\/2026\/02\/harbour-wall-flood-640\.jpg 640w, https:\/\/news\.example\/media\/2026\/02\/harbour-wall-flood-1280\.jpg 1280w" alt="Waves breaking over the harbour wall at Port Merrow" width="1280" height="720" loading="lazy" \/>/);
  });
});

describe('sanitizeArticleHtml and the Content-Security-Policy agree (issue 9, item 13)', () => {
  test('frame-src lists exactly the hosts a kept player iframe can point at', () => {
    const policy = helmetOptions({ https: false }).contentSecurityPolicy;
    assert.ok(policy && typeof policy === 'object');
    const frameSrc = (policy.directives as Record<string, string[]>).frameSrc ?? [];
    assert.deepEqual([...frameSrc].sort(), EMBED_FRAME_HOSTS.map((host) => `https://${host}`).sort());
    // Every player the sanitizer keeps, written as publishers write it, lands on one of them.
    const hosts = new Set<string>();
    for (const [host, path] of EMBEDS) {
      const kept = clean(`<iframe src="http://${host}${path}abc123"></iframe>`);
      const src = /<iframe src="([^"]+)"/.exec(kept)?.[1];
      assert.ok(src, `${host}${path} was kept`);
      assert.ok(frameSrc.includes(new URL(src).origin), `${src} is allowed by frame-src`);
      hosts.add(new URL(src).host);
    }
    assert.deepEqual([...hosts].sort(), [...EMBED_FRAME_HOSTS].sort(), 'and frame-src allows nothing more');
  });

  test('the security headers are computed once from those options, with HSTS and upgrades only over https', () => {
    const plain = securityHeaders(helmetOptions({ https: false }));
    const secure = securityHeaders(helmetOptions({ https: true }));
    for (const headers of [plain, secure]) {
      assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
      assert.match(headers['content-security-policy'] ?? '', /script-src 'self'(;|$)/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.ok(Object.isFrozen(headers));
    }
    assert.equal(plain['strict-transport-security'], undefined);
    assert.doesNotMatch(plain['content-security-policy'] ?? '', /upgrade-insecure-requests/);
    assert.equal(secure['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    assert.match(secure['content-security-policy'] ?? '', /upgrade-insecure-requests/);
  });

  test('images, posters, video, audio and tracks are moved from http to https; links stay as written', () => {
    const html = clean(
      '<p><a href="http://pub.example/story">Story</a> <img src="http://pub.example/a.jpg" srcset="http://pub.example/a-1x.jpg 1x, /a-2x.jpg 2x" alt=""></p>' +
        '<picture><source srcset="http://pub.example/b.webp" type="image/webp"><img src="http://pub.example/b.jpg" alt=""></picture>' +
        '<video src="http://pub.example/v.mp4" poster="http://pub.example/v.jpg"><track src="http://pub.example/v.vtt" kind="captions"></video>' +
        '<audio src="http://pub.example/a.mp3"></audio>',
    );
    assert.doesNotMatch(html, /(?:src|srcset|poster)="http:/);
    assert.doesNotMatch(html, /, http:/);
    assert.match(html, /<a href="http:\/\/pub\.example\/story"/);
    for (const path of ['a.jpg', 'a-1x.jpg 1x', 'b.webp', 'b.jpg', 'v.mp4', 'v.jpg', 'v.vtt', 'a.mp3']) assert.ok(html.includes(`https://pub.example/${path}`), path);
  });
});
