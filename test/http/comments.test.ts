import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertComment, findComment } from '../../src/store/comments.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { clientHash } from '../../src/discussion/identity.js';
import { messages } from '../../src/discussion/moderation.js';
import { saveSetting } from '../../src/store/settings.js';
import { setCommentsOpen } from '../../src/store/articles.js';
import type { Article } from '../../src/store/schema.js';
import { formTokenFor, makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';

let t: TestDesk;
before(async () => {
  t = await startTestDesk({ settings: quickSettings });
});
after(() => t.close());

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

/** Opens the article like a browser and posts the form with the tokens it was given. */
async function post(reader: Browserish, article: Article, fields: Record<string, string>, options: { tokenAge?: number } = {}) {
  const page = await reader.get(`/articles/${article.slug}`);
  assert.equal(page.status, 200);
  const formToken = options.tokenAge === undefined ? inputValue(page.html, 'form_token') : formTokenFor(t.desk, article.id, options.tokenAge);
  return reader.post(`/articles/${article.slug}/comments`, { form_token: formToken, _csrf: inputValue(page.html, '_csrf'), ...fields });
}

async function approvedComment(article: Article, author: string, email: string, parentId: number | null = null, body = 'An approved comment.') {
  return insertComment(t.desk.store.db, {
    article_id: article.id,
    parent_id: parentId,
    author_name: author,
    author_email: email,
    author_url: null,
    body_markdown: body,
    body_html: renderCommentMarkdown(body),
    status: 'approved',
    status_reason: 'approved: test',
    client_hash: clientHash(t.desk.context.secret, 'elsewhere'),
    user_agent: 'test',
    created_at: new Date(Date.now() - 60_000).toISOString(),
  });
}

function commentIdFrom(location: string | null): number {
  const match = location?.match(/#comment-(\d+)$/);
  assert.ok(match, `expected a redirect to #comment-ID, got ${location}`);
  return Number(match[1]);
}

describe('posting a comment', () => {
  test('a first comment is held, redirected to its anchor, and shown only to its author', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const res = await post(author, article, { comment: 'First *time* here.', author: 'Mina', email: 'mina@example.com' });
    assert.equal(res.status, 303);
    assert.match(res.location!, new RegExp(`^/articles/${article.slug}#comment-\\d+$`));
    const id = commentIdFrom(res.location);
    const stored = await findComment(t.desk.store.db, id);
    assert.equal(stored?.status, 'pending');
    assert.equal(stored?.status_reason, 'held: first comment');
    assert.equal(stored?.body_html, '<p>First <em>time</em> here.</p>');

    const own = await author.get(`/articles/${article.slug}`);
    assert.match(own.html, new RegExp(`id="comment-${id}"`));
    assert.match(own.html, /Your comment is awaiting moderation\./);
    const stranger = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.doesNotMatch(stranger.html, new RegExp(`id="comment-${id}"`));
    assert.doesNotMatch(stranger.html, /First <em>time<\/em> here/);
  });

  test('an author with an approved comment is approved at once and shown to everyone', async () => {
    const article = await freshArticle();
    await approvedComment(article, 'Known Person', 'known@example.com');
    const res = await post(new Browserish(t.url), article, { comment: 'Back again.', author: 'Known Person', email: 'known@example.com' });
    assert.equal(res.status, 303);
    const id = commentIdFrom(res.location);
    assert.equal((await findComment(t.desk.store.db, id))?.status, 'approved');
    const page = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.match(page.html, new RegExp(`<li id="comment-${id}" class="comment depth-1"`));
    assert.match(page.html, /<h2 id="comments-title">2 comments<\/h2>/);
  });

  test('a reply nests under its approved parent', async () => {
    const article = await freshArticle();
    const parent = await approvedComment(article, 'Parent', 'parent@example.com');
    await approvedComment(article, 'Replier', 'replier@example.com', null, 'earlier words');
    const res = await post(new Browserish(t.url), article, { comment: 'I agree with you.', author: 'Replier', email: 'replier@example.com', parent_id: String(parent.id) });
    assert.equal(res.status, 303);
    const id = commentIdFrom(res.location);
    const page = await new Browserish(t.url).get(`/articles/${article.slug}`);
    const parentStart = page.html.indexOf(`<li id="comment-${parent.id}"`);
    const childAt = page.html.indexOf(`<li id="comment-${id}" class="comment depth-2"`);
    const childrenList = page.html.indexOf('<ol class="children">', parentStart);
    assert.ok(parentStart >= 0 && childrenList > parentStart && childAt > childrenList, 'reply is inside the parent’s children list');
  });

  test('the reply form names the comment being answered, without JavaScript', async () => {
    const article = await freshArticle();
    const parent = await approvedComment(article, 'Olu <b>Bold</b>', 'olu@example.com');
    const page = await new Browserish(t.url).get(`/articles/${article.slug}?replytocom=${parent.id}`);
    assert.match(page.html, /Leave a Reply to Olu &lt;b>Bold&lt;\/b>/);
    assert.match(page.html, /id="cancel-reply"/);
    assert.equal(inputValue(page.html, 'parent_id'), String(parent.id));
  });

  test('a reply to a held comment is refused with WordPress’s message', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const first = await post(author, article, { comment: 'Held one.', author: 'Held', email: 'held@example.com' });
    const heldId = commentIdFrom(first.location);
    const res = await post(new Browserish(t.url), article, { comment: 'Replying to a held one.', author: 'Other', email: 'other@example.com', parent_id: String(heldId) });
    assert.equal(res.status, 422);
    assert.ok(decodeEntities(res.html).includes(messages.unapprovedParent));
    assert.match(res.html, /Replying to a held one\./);
  });

  test('a duplicate is refused and the text kept', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const fields = { comment: 'Exactly these words.', author: 'Dup', email: 'dup@example.com' };
    assert.equal((await post(reader, article, fields)).status, 303);
    const again = await post(reader, article, fields);
    assert.equal(again.status, 422);
    assert.ok(decodeEntities(again.html).includes(messages.duplicate));
    assert.match(again.html, /Exactly these words\./);
  });

  test('two comments within the flood window are refused, by address and by email', async () => {
    await saveSetting(t.desk.store.db, 'floodSeconds', 15);
    try {
      // The settings cache holds for a few seconds; a new server reads the new value at once.
      const flood = await startTestDesk({ settings: { minFillSeconds: 0, floodSeconds: 15 } });
      try {
        const source = await makeSource(flood.desk);
        const a1 = await makeArticle(flood.desk, source);
        const a2 = await makeArticle(flood.desk, source);
        const reader = new Browserish(flood.url);
        const page1 = await reader.get(`/articles/${a1.slug}`);
        const ok = await reader.post(`/articles/${a1.slug}/comments`, { form_token: inputValue(page1.html, 'form_token'), _csrf: inputValue(page1.html, '_csrf'), comment: 'One.', author: 'Fast', email: 'fast@example.com' });
        assert.equal(ok.status, 303);
        const page2 = await reader.get(`/articles/${a2.slug}`);
        const refused = await reader.post(`/articles/${a2.slug}/comments`, { form_token: inputValue(page2.html, 'form_token'), _csrf: inputValue(page2.html, '_csrf'), comment: 'Two.', author: 'Other name', email: 'different@example.com' });
        assert.equal(refused.status, 422);
        assert.ok(refused.html.includes(messages.flood));
        assert.match(refused.html, /Two\./);
      } finally {
        await flood.close();
      }
    } finally {
      await saveSetting(t.desk.store.db, 'floodSeconds', 0);
    }
  });

  test('comments closed on an article: no form, and a post is refused', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    await setCommentsOpen(t.desk.store.db, article.id, false);
    const closedPage = await reader.get(`/articles/${article.slug}`);
    assert.match(closedPage.html, /Comments are closed\./);
    assert.doesNotMatch(closedPage.html, /id="commentform"/);
    const res = await reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), comment: 'Too late?', author: 'Late', email: 'late@example.com' });
    assert.equal(res.status, 422);
    assert.ok(res.html.includes(messages.closed));
    assert.match(res.html, /<textarea[^>]*readonly[^>]*>Too late\?<\/textarea>/);
  });

  test('missing and invalid fields: 422, a message beside each field, everything typed kept', async () => {
    const article = await freshArticle();
    const res = await post(new Browserish(t.url), article, { comment: 'Kept <text> & all', author: '', email: 'not-an-email', url: 'javascript:alert(1)' });
    assert.equal(res.status, 422);
    assert.match(res.html, /<span class="field-error" id="author-error">Please enter your name\.<\/span>/);
    assert.match(res.html, /id="email-error">Please enter a valid email address/);
    assert.match(res.html, /id="url-error">Please enter a web address/);
    assert.match(res.html, /aria-invalid="true" aria-describedby="author-error"/);
    assert.match(res.html, /<textarea[^>]*>Kept &lt;text> &amp; all<\/textarea>/);
    assert.equal(inputValue(res.html, 'email'), 'not-an-email');
  });

  test('oversized fields are refused with the limit named; a body over 1 MiB gets a 413 page', async () => {
    const article = await freshArticle();
    const res = await post(new Browserish(t.url), article, { comment: 'x'.repeat(65_526), author: 'n'.repeat(246), email: `${'e'.repeat(95)}@example.com`, url: `https://example.com/${'p'.repeat(200)}` });
    assert.equal(res.status, 422);
    assert.match(res.html, /Your comment is too long: 65,526 characters, the limit is 65,525\./);
    assert.match(res.html, /Your name is too long: 246 characters, the limit is 245\./);
    assert.match(res.html, /Your email address is too long/);
    assert.match(res.html, /Your website address is too long/);

    const atLimit = await post(new Browserish(t.url), article, { comment: 'y'.repeat(65_525), author: 'n'.repeat(245), email: 'limit@example.com' });
    assert.equal(atLimit.status, 303);

    const huge = await new Browserish(t.url).post(`/articles/${article.slug}/comments`, { comment: 'z'.repeat(1_100_000) });
    assert.equal(huge.status, 413);
    assert.match(huge.html, /<h1 class="page-title">Too much to send<\/h1>/);
  });

  test('a form sent too fast, a forged token and a missing token are refused, text kept', async () => {
    const article = await freshArticle();
    const fast = await startTestDesk({ settings: { minFillSeconds: 3, floodSeconds: 0 } });
    try {
      const fastArticle = await makeArticle(fast.desk, await makeSource(fast.desk));
      const reader = new Browserish(fast.url);
      const page = await reader.get(`/articles/${fastArticle.slug}`);
      const res = await reader.post(`/articles/${fastArticle.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), comment: 'Typed at lightning speed.', author: 'Quick', email: 'quick@example.com' });
      assert.equal(res.status, 422);
      assert.ok(decodeEntities(res.html).includes(messages.tokenTooFast));
      assert.match(res.html, /Typed at lightning speed\./);
      // The page it returns carries a fresh token the reader can send after a moment.
      assert.notEqual(inputValue(res.html, 'form_token'), '');
    } finally {
      await fast.close();
    }

    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    const forged = await reader.post(`/articles/${article.slug}/comments`, { form_token: `${inputValue(page.html, 'form_token')}x`, _csrf: inputValue(page.html, '_csrf'), comment: 'Forged token.', author: 'F', email: 'f@example.com' });
    assert.equal(forged.status, 422);
    assert.ok(decodeEntities(forged.html).includes(messages.tokenStale));
    assert.match(forged.html, /Forged token\./);

    const otherArticle = await freshArticle();
    const wrongArticle = await reader.post(`/articles/${article.slug}/comments`, { form_token: formTokenFor(t.desk, otherArticle.id), _csrf: inputValue(page.html, '_csrf'), comment: 'Token of another article.', author: 'F', email: 'f@example.com' });
    assert.equal(wrongArticle.status, 422);

    const missing = await reader.post(`/articles/${article.slug}/comments`, { _csrf: inputValue(page.html, '_csrf'), comment: 'No token.', author: 'F', email: 'f@example.com' });
    assert.equal(missing.status, 422);
  });

  test('a post without the CSRF cookie or token (a forged cross-site post) is refused, text kept', async () => {
    const article = await freshArticle();
    const attacker = new Browserish(t.url);
    const res = await attacker.post(`/articles/${article.slug}/comments`, { form_token: formTokenFor(t.desk, article.id), comment: 'Cross-site words.', author: 'X', email: 'x@example.com' });
    assert.equal(res.status, 403);
    assert.match(res.html, /press “Post Comment” again/);
    assert.match(res.html, /Cross-site words\./);
    const rows = await t.desk.store.db.selectFrom('comments').select('id').where('body_markdown', '=', 'Cross-site words.').execute();
    assert.equal(rows.length, 0);
  });

  test('the honeypot keeps a bot’s comment as spam, never shown', async () => {
    const article = await freshArticle();
    const res = await post(new Browserish(t.url), article, { comment: 'Buy things.', author: 'Bot', email: 'bot@example.com', homepage: 'http://spam.example' });
    assert.equal(res.status, 303);
    assert.equal(res.location, `/articles/${article.slug}#comments`);
    const row = await t.desk.store.db.selectFrom('comments').selectAll().where('author_email', '=', 'bot@example.com').executeTakeFirstOrThrow();
    assert.equal(row.status, 'spam');
    assert.equal(row.status_reason, 'spam: hidden field filled');
  });

  test('two links hold a comment from a known author, bare URLs counted', async () => {
    const article = await freshArticle();
    await approvedComment(article, 'Linker', 'linker@example.com');
    const res = await post(new Browserish(t.url), article, { comment: 'See https://a.example/x and [this](https://b.example/y).', author: 'Linker', email: 'linker@example.com' });
    const stored = await findComment(t.desk.store.db, commentIdFrom(res.location));
    assert.equal(stored?.status, 'pending');
    assert.equal(stored?.status_reason, 'held: 2 links');
  });

  test('markup typed by a reader is shown as text; javascript: links never become links', async () => {
    const article = await freshArticle();
    await approvedComment(article, 'Tricky', 'tricky@example.com');
    // Read back by its author, who sees it whether the spam checks approved or held it.
    const reader = new Browserish(t.url);
    const res = await post(reader, article, { comment: '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))', author: 'Tricky', email: 'tricky@example.com' });
    assert.equal(res.status, 303);
    const page = await reader.get(`/articles/${article.slug}`);
    assert.doesNotMatch(page.html, /<script>alert/);
    assert.doesNotMatch(page.html, /<img src=x/);
    assert.doesNotMatch(page.html, /href="javascript:/);
    assert.match(page.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  test('unknown articles are 404 pages, for reading and for posting', async () => {
    const reader = new Browserish(t.url);
    const get = await reader.get('/articles/no-such-article');
    assert.equal(get.status, 404);
    assert.match(get.html, /Article not found/);
    const page = await reader.get(`/articles/${(await freshArticle()).slug}`);
    const postRes = await reader.post('/articles/no-such-article/comments', { _csrf: inputValue(page.html, '_csrf'), comment: 'x', author: 'y', email: 'y@example.com' });
    assert.equal(postRes.status, 404);
  });

  test('"Save my details" remembers name, email and website for a year; unticking forgets them', async () => {
    const article = await freshArticle();
    const reader = new Browserish(t.url);
    const saved = await post(reader, article, { comment: 'Remember me.', author: 'Rem', email: 'rem@example.com', url: 'rem.example', save_details: 'yes' });
    assert.equal(saved.status, 303);
    const next = await reader.get(`/articles/${(await freshArticle()).slug}`);
    assert.equal(inputValue(next.html, 'author'), 'Rem');
    assert.equal(inputValue(next.html, 'email'), 'rem@example.com');
    assert.equal(inputValue(next.html, 'url'), 'http://rem.example/');
    assert.match(next.html, /id="save_details" name="save_details" type="checkbox" value="yes" checked/);

    const forget = await post(reader, await freshArticle(), { comment: 'Forget me now.', author: 'Rem', email: 'rem@example.com' });
    assert.equal(forget.status, 303);
    const after = await reader.get(`/articles/${(await freshArticle()).slug}`);
    assert.equal(inputValue(after.html, 'email'), '');
    assert.equal(reader.cookie('nd_commenter'), undefined);
  });
});

describe('pages', () => {
  test('the article page attributes the original: source, author, "Read further at"; its canonical link is the desk’s page', async () => {
    const source = await makeSource(t.desk, { title: 'The Example Courier' });
    const article = await makeArticle(t.desk, source, { url: 'https://courier.example/a/1?x=1&y=2', canonical_url: 'https://courier.example/a/1', author: 'Rui Costa' });
    const page = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.equal(page.status, 200);
    // The desk's page is the canonical one (README, "One canonical story"); the original is credited by the link below.
    assert.ok(page.html.includes(`<link rel="canonical" href="${t.desk.context.config.publicUrl}/articles/${article.slug}"/>`));
    assert.match(page.html, /<h1>Test story number \d+<\/h1>/);
    assert.match(page.html, /By Rui Costa/);
    assert.match(page.html, /<p class="read-further">Read further at <a href="https:\/\/courier.example\/a\/1\?x=1&amp;y=2" rel="noopener">The Example Courier<\/a><\/p>/);
    assert.match(page.html, /<blockquote><p>A quoted line\.<\/p><\/blockquote>/);
    assert.match(page.html, /Your email address will not be published\./);
    assert.match(page.html, /Required fields are marked/);
    assert.match(page.html, /Save my name, email, and website in this browser for the next time I comment\./);
    assert.match(page.html, />\s*Post Comment\s*</);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  });

  test('the home page lists newest first and paginates', async () => {
    const desk = await startTestDesk({ settings: { articlesPerPage: 2 } });
    try {
      const source = await makeSource(desk.desk);
      const titles = ['Oldest story', 'Middle story', 'Newest story'];
      for (const [i, title] of titles.entries()) {
        await makeArticle(desk.desk, source, { title, published_at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString() });
      }
      const reader = new Browserish(desk.url);
      const first = await reader.get('/');
      assert.ok(first.html.indexOf('Newest story') < first.html.indexOf('Middle story'));
      assert.doesNotMatch(first.html, /Oldest story/);
      assert.match(first.html, /href="\/\?page=2" rel="next"/);
      const second = await reader.get('/?page=2');
      assert.match(second.html, /Oldest story/);
      assert.match(second.html, /Page 2 of 2/);
      assert.equal((await reader.get('/?page=3')).status, 404);
      assert.equal((await reader.get('/?page=abc')).status, 404);
    } finally {
      await desk.close();
    }
  });
});
