import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { operator } from '../../src/commands/actor.js';
import { actOnArticle, editArticleText } from '../../src/commands/articles.js';
import { editSource } from '../../src/commands/sources.js';
import { deleteCommentsForever, editCommentAsStaff, moderateComments } from '../../src/commands/comments.js';
import { changeSettings } from '../../src/commands/settings.js';
import { discussionContext } from '../../src/desk.js';
import { updateIngestedArticle } from '../../src/store/ingest.js';
import type { Article } from '../../src/store/schema.js';
import { buildServer, pageCachingOf } from '../../src/web/server.js';
import { makeApprovedComment, makeArticle, makeComment, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';

/*
 * The page cache (src/web/page-cache/) on the store the suite runs on: a kept page is served
 * again without a render, and every write an anonymous reader could see changes it at once, on
 * the node that wrote and on another node sharing the database.
 */

let t: TestDesk;
let other: FastifyInstance;
let otherUrl: string;

before(async () => {
  t = await startTestDesk({ settings: quickSettings });
  // A second web node on the same database, as a scaled-out desk runs them.
  other = await buildServer(t.desk.context, null);
  await other.listen({ host: '127.0.0.1', port: 0 });
  const address = other.server.address();
  otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await other.close();
  await t.close();
});

const ctx = () => discussionContext(t.desk.context);

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

function cacheOf(app: FastifyInstance) {
  const caching = pageCachingOf(app);
  assert.ok(caching, 'the server keeps pages');
  return caching.cache;
}

/** The article page as a reader without cookies gets it from a node. */
async function anonymousPage(base: string, article: Article): Promise<string> {
  const res = await new Browserish(base).get(`/articles/${article.slug}`);
  assert.equal(res.status, 200);
  return res.html;
}

/** Loads the page on both nodes twice, so each keeps it, and checks the second load was a hit. */
async function warm(article: Article): Promise<void> {
  for (const [base, app] of [[t.url, t.app], [otherUrl, other]] as const) {
    await anonymousPage(base, article);
    const hits = cacheOf(app).hits;
    await anonymousPage(base, article);
    assert.equal(cacheOf(app).hits, hits + 1, `${base} served the kept page`);
  }
}

async function bothNodes(article: Article): Promise<[string, string]> {
  return [await anonymousPage(t.url, article), await anonymousPage(otherUrl, article)];
}

describe('the page cache', () => {
  test('a kept article page is served again without rendering, with fresh per-reader tokens that post', async () => {
    const article = await freshArticle();
    const stored = cacheOf(t.app).stored;
    const reader = new Browserish(t.url);
    const first = await reader.get(`/articles/${article.slug}`);
    const second = await reader.get(`/articles/${article.slug}`);
    assert.equal(cacheOf(t.app).stored, stored + 1, 'rendered once');
    assert.match(inputValue(first.html, 'form_token'), /^[\w-]+\.[\w-]+$/);
    assert.ok(!second.html.includes('ndslot'), 'no slot marker is left in the page');
    const posted = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(second.html, 'form_token'),
      _csrf: inputValue(second.html, '_csrf'),
      comment: 'Posted from a kept page.',
      author: 'Kept Reader',
      email: 'kept-reader@example.org',
    });
    assert.equal(posted.status, 303, 'the tokens spliced into a kept page are accepted');
  });

  test('a returning commenter sees their saved details in a kept page, and nobody else does', async () => {
    const article = await freshArticle();
    const returning = new Browserish(t.url);
    returning.setCookie('nd_commenter', Buffer.from(JSON.stringify({ author: 'Ada "Q" <Lovelace>', email: 'ada@example.org', url: '' })).toString('base64url'));
    await returning.get(`/articles/${article.slug}`);
    const kept = await returning.get(`/articles/${article.slug}`);
    assert.equal(inputValue(kept.html, 'author'), 'Ada "Q" <Lovelace>');
    assert.match(kept.html, /value="Ada &quot;Q&quot; &lt;Lovelace&gt;"/, 'the saved name is escaped where it is spliced in');
    const stranger = await anonymousPage(t.url, article);
    assert.equal(inputValue(stranger, 'author'), '');
    assert.ok(!stranger.includes('ada@example.org'));
  });

  test('an approved comment, an approval, a staff edit and a deletion each show at once on both nodes', async () => {
    const article = await freshArticle();
    await warm(article);
    const comment = await makeApprovedComment(t.desk, article, 'First Voice', 'A first approved remark.');
    for (const page of await bothNodes(article)) assert.ok(page.includes('A first approved remark.'));

    const held = await makeComment(t.desk, article, { author: 'Held Voice', email: 'held-voice@example.org', body: 'Waiting for a moderator.', status: 'pending' });
    for (const page of await bothNodes(article)) assert.ok(!page.includes('Waiting for a moderator.'), 'a held comment is not public');
    const approved = await moderateComments(await ctx(), operator, { commentIds: [held.id], status: 'approved' });
    assert.equal(approved.kind, 'done');
    for (const page of await bothNodes(article)) assert.ok(page.includes('Waiting for a moderator.'), 'the approval shows');

    await warm(article);
    const edited = await editCommentAsStaff(await ctx(), operator, { commentId: comment.id, author: 'First Voice', email: 'first@example.org', url: '', comment: 'Rewritten by an editor.' });
    assert.equal(edited.kind, 'saved');
    for (const page of await bothNodes(article)) {
      assert.ok(page.includes('Rewritten by an editor.'));
      assert.ok(!page.includes('A first approved remark.'));
    }

    await warm(article);
    const deleted = await deleteCommentsForever(await ctx(), operator, { commentIds: [comment.id] });
    assert.equal(deleted.kind, 'deleted');
    for (const page of await bothNodes(article)) assert.ok(!page.includes('Rewritten by an editor.'), 'the deletion shows');
  });

  test("a reader's post shows on the page they are redirected to, and to everyone once approved on arrival", async () => {
    const article = await freshArticle();
    await warm(article);
    const reader = new Browserish(t.url);
    const form = await reader.get(`/articles/${article.slug}`);
    const posted = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(form.html, 'form_token'),
      _csrf: inputValue(form.html, '_csrf'),
      comment: 'My own words, held for now.',
      author: 'New Reader',
      email: 'new-reader@example.org',
    });
    assert.equal(posted.status, 303);
    const landing = await reader.get(posted.location!.replace(/#.*$/, ''));
    assert.ok(landing.html.includes('My own words, held for now.'), 'the author sees their held comment');
    for (const page of await bothNodes(article)) assert.ok(!page.includes('My own words, held for now.'), 'nobody else does');

    // A reader with an earlier approved comment is approved on arrival (WordPress's rule).
    await makeComment(t.desk, article, { author: 'Known Reader', email: 'known-reader@example.org', body: 'An earlier approved comment.' });
    await warm(article);
    const known = new Browserish(t.url);
    const knownForm = await known.get(`/articles/${article.slug}`);
    const knownPost = await known.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(knownForm.html, 'form_token'),
      _csrf: inputValue(knownForm.html, '_csrf'),
      comment: 'Approved on arrival, shown at once.',
      author: 'Known Reader',
      email: 'known-reader@example.org',
    });
    assert.equal(knownPost.status, 303);
    const knownLanding = await known.get(knownPost.location!.replace(/#.*$/, ''));
    assert.ok(knownLanding.html.includes('Approved on arrival, shown at once.'));
    for (const page of await bothNodes(article)) assert.ok(page.includes('Approved on arrival, shown at once.'), 'everyone sees it at once');
  });

  test("an article's update by its source, an editor's edit and a settings change each show at once on both nodes", async () => {
    const article = await freshArticle();
    await warm(article);
    await updateIngestedArticle(t.desk.store.db, article.id, { title: 'Updated By The Source', updated_at: new Date().toISOString() });
    for (const page of await bothNodes(article)) assert.ok(page.includes('Updated By The Source'));

    await warm(article);
    const edit = await editArticleText(t.desk.store.db, operator, { articleId: article.id, title: 'Retitled By An Editor', excerpt: '<p>An excerpt an editor wrote.</p>' });
    assert.equal(edit.kind, 'saved');
    for (const page of await bothNodes(article)) assert.ok(page.includes('Retitled By An Editor'));

    await warm(article);
    const saved = await changeSettings(t.desk.store.db, operator, { siteName: 'A Desk Renamed For The Cache' });
    assert.equal(saved.kind, 'saved');
    for (const page of await bothNodes(article)) assert.ok(page.includes('A Desk Renamed For The Cache'));
  });

  test("the list pages are kept, and a new article, a source's new title and a hidden article show at once on both nodes", async () => {
    const source = await makeSource(t.desk);
    const first = await makeArticle(t.desk, source, { title: 'The First Listed Article' });
    const listPages = ['/', '/sources', `/sources/${source.slug}`];
    const get = async (base: string, path: string) => (await new Browserish(base).get(path)).html;
    for (const base of [t.url, otherUrl]) for (const path of listPages) await get(base, path);
    const hits = cacheOf(t.app).hits;
    for (const path of listPages) assert.ok((await get(t.url, path)).includes(path === '/sources' ? source.title : 'The First Listed Article'));
    assert.equal(cacheOf(t.app).hits, hits + listPages.length, 'each list page came from the cache');

    await makeArticle(t.desk, source, { title: 'A Second Article Arrives' });
    for (const base of [t.url, otherUrl]) {
      for (const path of ['/', `/sources/${source.slug}`]) assert.ok((await get(base, path)).includes('A Second Article Arrives'), `${base}${path}`);
    }
    await anonymousPage(otherUrl, first);
    const renamed = await editSource(t.desk.store.db, operator, { sourceId: source.id, edit: { title: 'An Outlet Renamed' } });
    assert.equal(renamed.kind, 'edited');
    for (const base of [t.url, otherUrl]) {
      assert.ok((await get(base, '/sources')).includes('An Outlet Renamed'));
      assert.ok((await anonymousPage(base, first)).includes('An Outlet Renamed'), 'the article page names the new title');
    }
    const hidden = await actOnArticle(t.desk.store.db, operator, { articleId: first.id, action: 'hide' });
    assert.equal(hidden.kind, 'done');
    for (const base of [t.url, otherUrl]) {
      assert.ok(!(await get(base, '/')).includes('The First Listed Article'));
      assert.equal((await new Browserish(base).get(`/articles/${first.slug}`)).status, 404);
    }
  });

  test('a made-up query is answered but not kept', async () => {
    const stored = cacheOf(t.app).stored;
    for (let i = 0; i < 5; i++) assert.equal((await new Browserish(t.url).get(`/?utm_source=x${i}`)).status, 200);
    assert.equal(cacheOf(t.app).stored, stored);
  });

  test('a kept page without per-reader parts is sent precompressed, with validators that answer 304', async () => {
    await makeArticle(t.desk, await makeSource(t.desk), { title: 'Compressed Once, Sent Often' });
    const plain = await new Browserish(t.url).get('/');
    assert.ok(plain.html.includes('Compressed Once, Sent Often'));
    assert.match(String(plain.headers.get('cache-control')), /^public, max-age=0, s-maxage=\d+$/);
    // The compressed copies are made off the event loop after the page is kept.
    let encoded: { encoding: string | undefined; body: Buffer } | undefined;
    for (let i = 0; i < 50 && encoded?.encoding !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      encoded = await rawGet(t.url + '/', { 'accept-encoding': 'br, gzip' });
    }
    assert.equal(encoded?.encoding, 'br');
    assert.equal(brotliDecompressSync(encoded.body).toString(), plain.html);
    const etag = plain.headers.get('etag');
    assert.ok(etag);
    const revalidated = await fetch(t.url + '/', { headers: { 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);

    const article = await anonymousPage(t.url, await freshArticle());
    assert.ok(article.includes('form_token'));
  });

  test('an article page with a comment form is private to each reader and revalidated with a weak validator', async () => {
    const article = await freshArticle();
    const first = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const etag = first.headers.get('etag');
    assert.match(String(etag), /^W\//);
    assert.equal((await fetch(`${t.url}/articles/${article.slug}`, { headers: { 'if-none-match': etag! } })).status, 304);
    await makeApprovedComment(t.desk, article, 'Later Voice', 'A comment after the copy was taken.');
    assert.equal((await fetch(`${t.url}/articles/${article.slug}`, { headers: { 'if-none-match': etag! } })).status, 200, 'a changed page is sent again');
  });
});

function rawGet(url: string, headers: Record<string, string>): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

