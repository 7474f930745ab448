import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { setCommentStatus } from '../../src/store/comments.js';
import { quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk({ settings: quickSettings, demo: true });
});
after(() => t.close());

/** Every same-origin address a page points at: links, scripts, styles, images. */
function localLinks(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const url = new URL(match[1]!.replace(/&amp;/g, '&'), base);
    if (url.origin === new URL(base).origin) found.add(url.pathname + url.search);
  }
  return [...found];
}

test('a commenter’s email, and its MD5 and SHA-256, appear in no public response', async () => {
  const email = `Private.${randomUUID().slice(0, 8)}@Example.com`;
  const forms = [email, email.toLowerCase()];
  const needles = forms.flatMap((e) => [
    e,
    encodeURIComponent(e),
    createHash('md5').update(e).digest('hex'),
    createHash('sha256').update(e).digest('hex'),
  ]);

  // The commenter posts a comment and a reply; a moderator approves both.
  const poster = new Browserish(t.url);
  const home = await poster.get('/');
  const slug = home.html.match(/href="\/articles\/([^"#?]+)"/)![1]!;
  const page = await poster.get(`/articles/${slug}`);
  const first = await poster.post(`/articles/${slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), comment: 'A private person speaks.', author: 'Private Person', email, url: 'https://private.example/' });
  assert.equal(first.status, 303);
  const id = Number(first.location!.split('#comment-')[1]);
  await setCommentStatus(t.desk.store.db, id, 'approved', 'approved: test');

  // A stranger crawls every page reachable from the home page, plus error pages.
  const stranger = new Browserish(t.url);
  const queue = ['/', `/articles/${slug}`, `/articles/${slug}?replytocom=${id}`, '/no-such-page', '/articles/no-such-article', '/healthz', '/?page=999'];
  // What the desk publishes for machines: feeds (also announced by <link rel="alternate">), the sitemap, robots.txt.
  queue.push('/feed.xml', '/feed.atom', '/feed.json', '/sitemap.xml', '/robots.txt', '/sources/no-such-source');
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await stranger.get(path);
    const body = response.html + JSON.stringify([...response.headers]);
    for (const needle of needles) {
      assert.ok(!body.toLowerCase().includes(needle.toLowerCase()), `${path} reveals the email (${needle})`);
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) queue.push(...localLinks(response.html, t.url));
  }
  // The crawl reached the comment itself, its avatar, and the pages around it.
  assert.ok(seen.has(`/articles/${slug}`));
  assert.ok([...seen].some((p) => p.startsWith('/avatars/')), 'avatars were fetched');
  assert.ok([...seen].some((p) => p.startsWith('/?page=')), 'pagination was followed');
  assert.ok(seen.has('/sources'), 'the sources page was followed from the navigation');
  assert.ok([...seen].some((p) => /^\/sources\/[^/]+\/feed\.(xml|atom|json)$/.test(p)), 'a source’s feeds were followed from its page');
  assert.ok(seen.size > 20, `crawled ${seen.size} addresses`);

  // A stranger's refused post re-renders the thread: still no trace of the other reader's email.
  const strangerPage = await stranger.get(`/articles/${slug}`);
  const refused = await stranger.post(`/articles/${slug}/comments`, { form_token: inputValue(strangerPage.html, 'form_token'), _csrf: inputValue(strangerPage.html, '_csrf'), comment: '', author: '', email: '' });
  assert.equal(refused.status, 422);
  for (const needle of needles) assert.ok(!refused.html.toLowerCase().includes(needle.toLowerCase()));
});
