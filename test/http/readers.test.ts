import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { clientHash } from '../../src/discussion/identity.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { editMessages } from '../../src/discussion/own-comments.js';
import { parseFeed } from '../../src/ingest/parse/parse-feed.js';
import { findComment, insertComment } from '../../src/store/comments.js';
import type { Article, Comment, CommentStatus } from '../../src/store/schema.js';
import { makeArticle, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';

/** Readers' own comments (edit, delete), comment pages, and comment feeds, on a real server. */

let t: TestDesk;
before(async () => {
  // Known authors are approved at once; no per-minute limit, so one test address can post freely.
  t = await startTestDesk({ settings: { ...quickSettings, requirePriorApproval: false, commentsPerMinutePerAddress: 0 } });
});
after(() => t.close());

async function freshArticle(desk: TestDesk = t, overrides: Partial<Article> = {}): Promise<Article> {
  return makeArticle(desk.desk, await makeSource(desk.desk), overrides);
}

/** Opens the article (or the given page of it) like a browser and posts the comment form. */
async function post(reader: Browserish, article: Article, fields: Record<string, string>, pagePath = `/articles/${article.slug}`) {
  const page = await reader.get(pagePath);
  assert.equal(page.status, 200, `GET ${pagePath}`);
  return reader.post(`/articles/${article.slug}/comments`, {
    form_token: inputValue(page.html, 'form_token'),
    _csrf: inputValue(page.html, '_csrf'),
    ...fields,
  });
}

function idFrom(location: string | null): number {
  const match = location?.match(/#comment-(\d+)$/);
  assert.ok(match, `expected a redirect to #comment-ID, got ${location}`);
  return Number(match[1]);
}

async function stored(desk: TestDesk, article: Article, author: string, body: string, options: { parent?: number; status?: CommentStatus; at?: Date; email?: string } = {}): Promise<Comment> {
  return insertComment(desk.desk.store.db, {
    article_id: article.id,
    parent_id: options.parent ?? null,
    author_name: author,
    author_email: options.email ?? `${author.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
    author_url: null,
    body_markdown: body,
    body_html: renderCommentMarkdown(body),
    status: options.status ?? 'approved',
    status_reason: 'approved: test',
    client_hash: clientHash(desk.desk.context.secret, 'elsewhere'),
    user_agent: 'test',
    created_at: (options.at ?? new Date(Date.now() - 60_000)).toISOString(),
  });
}

async function setCreatedAt(id: number, at: Date): Promise<void> {
  await t.desk.store.db.updateTable('comments').set({ created_at: at.toISOString() }).where('id', '=', id).execute();
}

describe('editing and deleting one’s own comment', () => {
  test('the author sees Edit and Delete, edits the text, and the page shows it re-rendered', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const sent = await post(author, article, { comment: 'First *draft* of my thoughts.', author: 'Edda Editor', email: 'edda@example.com' });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, `/articles/${article.slug}#comment-${idFrom(sent.location)}`);
    const id = idFrom(sent.location);
    assert.match(author.cookie('nd_edit') ?? '', new RegExp(`^${id}\\.[0-9a-z]+\\.[A-Za-z0-9_-]{22}$`));

    const page = await author.get(`/articles/${article.slug}`);
    assert.ok(page.html.includes(`<a href="/articles/${article.slug}/comments/${id}/edit" aria-label="Edit your comment">Edit</a>`));
    assert.ok(page.html.includes(`<a href="/articles/${article.slug}/comments/${id}/delete" aria-label="Delete your comment">Delete</a>`));
    assert.match(page.html, /\(you can change it for 15 more minutes\)/);
    // Nobody else sees them.
    const stranger = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.match(stranger.html, new RegExp(`id="comment-${id}"`));
    assert.doesNotMatch(stranger.html, /comments\/\d+\/edit/);

    const form = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    assert.equal(form.status, 200);
    assert.match(form.html, /<h1 class="page-title">Edit your comment<\/h1>/);
    assert.match(form.html, /<textarea id="comment" name="comment"[^>]*>First \*draft\* of my thoughts\.<\/textarea>/);
    assert.match(form.html, /for 15 more minutes/);

    const saved = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: inputValue(form.html, '_csrf'), comment: 'Second **thoughts**, now final.' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/articles/${article.slug}#comment-${id}`);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.body_markdown, 'Second **thoughts**, now final.');
    assert.equal(row?.body_html, '<p>Second <strong>thoughts</strong>, now final.</p>');
    assert.equal(row?.status, 'approved');
    const after = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.ok(after.html.includes('<p>Second <strong>thoughts</strong>, now final.</p>'));
    assert.doesNotMatch(after.html, /First <em>draft<\/em>/);
  });

  test('an edit is checked as a new comment is; a refused one keeps what was typed (422)', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'Short and sweet.', author: 'Val Idate', email: 'val@example.com' })).location);
    const form = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    const csrf = inputValue(form.html, '_csrf');

    const empty = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: csrf, comment: '   ' });
    assert.equal(empty.status, 422);
    assert.match(empty.html, /<span class="field-error" id="comment-error">Please type your comment\.<\/span>/);

    const long = `Kept <words> & ${'x'.repeat(65_525)}`;
    const tooLong = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: csrf, comment: long });
    assert.equal(tooLong.status, 422);
    assert.ok(tooLong.html.includes(`Your comment is too long: ${long.length.toLocaleString('en')} characters, the limit is 65,525.`));
    const kept = tooLong.html.match(/<textarea id="comment"[^>]*>([^<]*)<\/textarea>/);
    assert.ok(decodeEntities(kept?.[1] ?? '') === long, 'the text typed comes back whole');
    assert.equal((await findComment(t.desk.store.db, id))?.body_markdown, 'Short and sweet.');
  });

  test('an approved comment edited to add links goes back to moderation, still shown to its author', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'No links here.', author: 'Link Adder', email: 'links@example.com' })).location);
    assert.equal((await findComment(t.desk.store.db, id))?.status, 'approved');
    const form = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    const saved = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: inputValue(form.html, '_csrf'), comment: 'See https://one.example/a and [two](https://two.example/b).' });
    assert.equal(saved.status, 303);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.status, 'pending');
    assert.equal(row?.status_reason, 'held: 2 links, after an edit');
    const audit = await t.desk.store.db.selectFrom('audit_log').selectAll().where('target_id', '=', String(id)).execute();
    assert.deepEqual(audit.map((a) => [a.action, a.actor, a.user_id]), [['comment.pending', 'comment author', null]]);

    const own = await author.get(`/articles/${article.slug}`);
    assert.match(own.html, new RegExp(`<li id="comment-${id}" class="comment depth-1 pending"`));
    assert.match(own.html, /Your comment is awaiting moderation\./);
    assert.doesNotMatch((await new Browserish(t.url).get(`/articles/${article.slug}`)).html, new RegExp(`id="comment-${id}"`));
  });

  test('someone else’s comment, or no cookie: 403 with a clear message, nothing changed', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'Mine, not yours.', author: 'Owner', email: 'owner@example.com' })).location);

    const other = new Browserish(t.url);
    // The other reader has edit rights of their own, just not over this comment.
    await post(other, article, { comment: 'My own comment.', author: 'Other', email: 'other@example.com' });
    const page = await other.get(`/articles/${article.slug}`);
    for (const path of [`/articles/${article.slug}/comments/${id}/edit`, `/articles/${article.slug}/comments/${id}/delete`]) {
      const res = await other.get(path);
      assert.equal(res.status, 403, path);
      assert.ok(decodeEntities(res.html).includes(editMessages.notYours), path);
    }
    const edit = await other.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: inputValue(page.html, '_csrf'), comment: 'Hijacked words.' });
    assert.equal(edit.status, 403);
    assert.ok(decodeEntities(edit.html).includes(editMessages.notYours));
    assert.match(edit.html, /<textarea id="comment-copy" rows="6" readonly>Hijacked words\.<\/textarea>/);
    const del = await other.post(`/articles/${article.slug}/comments/${id}/delete`, { _csrf: inputValue(page.html, '_csrf') });
    assert.equal(del.status, 403);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.body_markdown, 'Mine, not yours.');
    assert.equal(row?.status, 'approved');

    // A comment under another article's address is not found there.
    const elsewhere = await freshArticle();
    assert.equal((await author.get(`/articles/${elsewhere.slug}/comments/${id}/edit`)).status, 404);
  });

  test('after 15 minutes the author is refused too, and the links are gone', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'Written a while ago.', author: 'Late Larry', email: 'larry@example.com' })).location);
    const form = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    assert.equal(form.status, 200);

    await setCreatedAt(id, new Date(Date.now() - 16 * 60_000));
    const again = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    assert.equal(again.status, 403);
    assert.ok(decodeEntities(again.html).includes(editMessages.expired));
    const save = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: inputValue(form.html, '_csrf'), comment: 'Too late to say this.' });
    assert.equal(save.status, 403);
    assert.ok(decodeEntities(save.html).includes(editMessages.expired));
    assert.match(save.html, />Too late to say this\.<\/textarea>/);
    assert.equal((await findComment(t.desk.store.db, id))?.body_markdown, 'Written a while ago.');
    const del = await author.post(`/articles/${article.slug}/comments/${id}/delete`, { _csrf: inputValue(form.html, '_csrf') });
    assert.equal(del.status, 403);
    assert.equal((await findComment(t.desk.store.db, id))?.status, 'approved');
    const page = await author.get(`/articles/${article.slug}`);
    assert.match(page.html, new RegExp(`id="comment-${id}"`));
    assert.doesNotMatch(page.html, /comments\/\d+\/edit/);
  });

  test('delete: a confirmation, then the trash with the reason, and the page says so', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'I regret **this**.', author: 'Del Eter', email: 'del@example.com' })).location);
    const confirm = await author.get(`/articles/${article.slug}/comments/${id}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.html, /<h1 class="page-title">Delete your comment\?<\/h1>/);
    assert.ok(confirm.html.includes('<p>I regret <strong>this</strong>.</p>'));

    const done = await author.post(`/articles/${article.slug}/comments/${id}/delete`, { _csrf: inputValue(confirm.html, '_csrf') });
    assert.equal(done.status, 200);
    assert.match(done.html, /<h1 class="page-title">Your comment was deleted<\/h1>/);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.status, 'trash');
    assert.equal(row?.status_reason, 'trash: deleted by its author');
    const audit = await t.desk.store.db.selectFrom('audit_log').select(['action', 'actor']).where('target_id', '=', String(id)).execute();
    assert.deepEqual(audit, [{ action: 'comment.trash', actor: 'comment author' }]);

    const page = await author.get(`/articles/${article.slug}`);
    assert.doesNotMatch(page.html, new RegExp(`id="comment-${id}"`));
    const gone = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
    assert.equal(gone.status, 404);
    assert.ok(decodeEntities(gone.html).includes(editMessages.gone));
  });

  test('posts without the CSRF token are refused (403), the text kept, nothing changed', async () => {
    const article = await freshArticle();
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'Guarded words.', author: 'Cee Surf', email: 'csrf@example.com' })).location);
    const edit = await author.post(`/articles/${article.slug}/comments/${id}/edit`, { comment: 'Forged from elsewhere.' });
    assert.equal(edit.status, 403);
    assert.match(edit.html, /could not be checked as coming from this page/);
    assert.match(edit.html, /<textarea id="comment" name="comment"[^>]*>Forged from elsewhere\.<\/textarea>/);
    const del = await author.post(`/articles/${article.slug}/comments/${id}/delete`, { _csrf: 'not-a-token' });
    assert.equal(del.status, 403);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.body_markdown, 'Guarded words.');
    assert.equal(row?.status, 'approved');
  });

  test('a comment kept as spam gives no edit right', async () => {
    const article = await freshArticle();
    const bot = new Browserish(t.url);
    const res = await post(bot, article, { comment: 'Cheap things.', author: 'Bot', email: 'bot@example.com', homepage: 'http://spam.example' });
    assert.equal(res.location, `/articles/${article.slug}#comments`);
    assert.equal(bot.cookie('nd_edit'), undefined);
  });
});

describe('comment pages', () => {
  let paged: TestDesk;
  let article: Article;
  let threads: Comment[];
  let reply: Comment;
  before(async () => {
    paged = await startTestDesk({ settings: { ...quickSettings, requirePriorApproval: false, commentsPerMinutePerAddress: 0, commentsPerPage: 2 } });
    article = await freshArticle(paged);
    const base = Date.now() - 3600_000;
    threads = [];
    for (let i = 1; i <= 5; i++) threads.push(await stored(paged, article, `Thread Author ${'ABCDE'[i - 1]}`, `Thread number ${i}.`, { at: new Date(base + i * 60_000) }));
    reply = await stored(paged, article, 'Replier', 'A late reply to the first thread.', { parent: threads[0]!.id, at: new Date(base + 10 * 60_000) });
  });
  after(() => paged.close());

  function shown(html: string): number[] {
    return [...html.matchAll(/<li id="comment-(\d+)"/g)].map((m) => Number(m[1]));
  }

  test('the default page is the newest; Older and Newer comments walk the pages', async () => {
    const reader = new Browserish(paged.url);
    const first = await reader.get(`/articles/${article.slug}`);
    assert.equal(first.status, 200);
    assert.deepEqual(shown(first.html), [threads[4]!.id]);
    assert.match(first.html, /<h2 id="comments-title">6 comments<\/h2>/);
    assert.match(first.html, /Comment page 3 of 3/);
    assert.ok(first.html.includes(`<a href="/articles/${article.slug}?cpage=2#comments" rel="prev">← Older comments</a>`));
    assert.doesNotMatch(first.html, /Newer comments/);

    const middle = await reader.get(`/articles/${article.slug}?cpage=2`);
    assert.deepEqual(shown(middle.html), [threads[2]!.id, threads[3]!.id]);
    assert.ok(middle.html.includes(`<a href="/articles/${article.slug}?cpage=1#comments" rel="prev">← Older comments</a>`));
    assert.ok(middle.html.includes(`<a href="/articles/${article.slug}?cpage=3#comments" rel="next">Newer comments →</a>`));

    const oldest = await reader.get(`/articles/${article.slug}?cpage=1`);
    // Oldest first within the page; the reply stays with its thread.
    assert.deepEqual(shown(oldest.html), [threads[0]!.id, reply.id, threads[1]!.id]);
    assert.match(oldest.html, new RegExp(`<li id="comment-${reply.id}" class="comment depth-2"`));
    assert.doesNotMatch(oldest.html, /Older comments/);
    // Reply links keep the page, so the form comes back with the comment in view.
    assert.ok(oldest.html.includes(`href="/articles/${article.slug}?cpage=1&amp;replytocom=${threads[1]!.id}#respond"`));

    assert.equal((await reader.get(`/articles/${article.slug}?cpage=4`)).status, 404);
    assert.equal((await reader.get(`/articles/${article.slug}?cpage=0`)).status, 404);
    assert.equal((await reader.get(`/articles/${article.slug}?cpage=abc`)).status, 404);
  });

  test('after posting, the redirect lands on the page that shows the comment', async () => {
    const replier = new Browserish(paged.url);
    const res = await post(replier, article, { comment: 'Answering the second thread.', author: 'Paging Pat', email: 'pat@example.com', parent_id: String(threads[1]!.id) }, `/articles/${article.slug}?cpage=1&replytocom=${threads[1]!.id}`);
    assert.equal(res.status, 303);
    const id = idFrom(res.location);
    assert.equal(res.location, `/articles/${article.slug}?cpage=1#comment-${id}`);
    const landed = await replier.get(res.location!.split('#')[0]!);
    assert.ok(shown(landed.html).includes(id), 'the reply is on the page the redirect names');

    // A new thread is the newest: it lands on the default page, with no cpage.
    const newThread = await post(new Browserish(paged.url), article, { comment: 'A brand new thread.', author: 'Newest Nell', email: 'nell@example.com' });
    const threadId = idFrom(newThread.location);
    assert.equal(newThread.location, `/articles/${article.slug}#comment-${threadId}`);
    assert.deepEqual(shown((await replier.get(`/articles/${article.slug}`)).html), [threads[4]!.id, threadId]);

    // A reply form refused (422) comes back on the page of the comment it answers.
    const refused = await post(replier, article, { comment: 'No name given.', author: '', email: 'pat@example.com', parent_id: String(threads[0]!.id) }, `/articles/${article.slug}?cpage=1&replytocom=${threads[0]!.id}`);
    assert.equal(refused.status, 422);
    assert.ok(shown(refused.html).includes(threads[0]!.id));
    assert.match(refused.html, /Leave a Reply to Thread Author A/);
  });

  test('the comment feed links each comment to its page', async () => {
    const feed = parseFeed((await fetch(`${paged.url}/articles/${article.slug}/comments.xml`).then((r) => r.text())), `${paged.url}/`);
    const pub = paged.desk.context.config.publicUrl;
    const byGuid = new Map(feed.items.map((i) => [i.guid, i.link]));
    assert.equal(byGuid.get(`${pub}/articles/${article.slug}?cpage=1#comment-${reply.id}`), `${pub}/articles/${article.slug}?cpage=1#comment-${reply.id}`);
    assert.ok(byGuid.has(`${pub}/articles/${article.slug}?cpage=2#comment-${threads[3]!.id}`));
  });
});

describe('comment feeds', () => {
  let article: Article;
  let other: Article;
  let hiddenArticle: Article;
  let approved: Comment;
  let approvedOther: Comment;
  const email = `Feed.${randomUUID().slice(0, 8)}@Example.org`;
  before(async () => {
    article = await freshArticle(t, { title: 'Harbour & Tide "vote"' });
    other = await freshArticle(t, { title: 'Orchards report' });
    hiddenArticle = await freshArticle(t, { title: 'A withdrawn story', hidden: 1 });
    approved = await stored(t, article, 'Fiona Feed', 'Well **said**, see https://example.org/x', { email, at: new Date(Date.now() - 120_000) });
    await stored(t, article, 'Held Hal', 'Held words never published.', { status: 'pending', email });
    await stored(t, article, 'Spam Sam', 'Spam words never published.', { status: 'spam', email });
    await stored(t, article, 'Trash Tom', 'Trashed words never published.', { status: 'trash', email });
    await stored(t, hiddenArticle, 'Hidden Hugh', 'Words under a hidden article.', { email });
    approvedOther = await stored(t, other, 'Otto Other', 'On the orchards.', { at: new Date(Date.now() - 30_000) });
  });

  test('an article’s feed: RSS 2.0 of its approved comments only, with name, link, guid and text, never the email', async () => {
    const res = await fetch(`${t.url}/articles/${article.slug}/comments.xml`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    const body = await res.text();
    assert.match(body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
    for (const needle of [email, email.toLowerCase(), 'Held words', 'Spam words', 'Trashed words', 'Otto Other']) {
      assert.ok(!body.includes(needle), `the feed carries ${needle}`);
    }
    const pub = t.desk.context.config.publicUrl;
    const feed = parseFeed(body, `${pub}/articles/${article.slug}/comments.xml`);
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Comments on Harbour & Tide "vote" – Newsdesk');
    assert.equal(feed.siteUrl, `${pub}/articles/${article.slug}`);
    assert.equal(feed.items.length, 1);
    const item = feed.items[0]!;
    assert.equal(item.title, 'Fiona Feed on Harbour & Tide "vote"');
    assert.equal(item.link, `${pub}/articles/${article.slug}#comment-${approved.id}`);
    assert.equal(item.guid, item.link);
    assert.equal(item.author, 'Fiona Feed');
    assert.equal(item.publishedAt?.toISOString(), new Date(Math.floor(Date.parse(approved.created_at) / 1000) * 1000).toISOString());
    assert.equal(item.contentHtml ?? item.summaryHtml, approved.body_html);

    // Validators: the same document is a 304.
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${t.url}/articles/${article.slug}/comments.xml`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await fetch(`${t.url}/articles/no-such-article/comments.xml`)).status, 404);
    assert.equal((await fetch(`${t.url}/articles/${hiddenArticle.slug}/comments.xml`)).status, 404);
  });

  test('the desk’s feed: the newest 50 approved comments on visible articles, newest first', async () => {
    const res = await fetch(`${t.url}/comments.xml`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.ok(!body.toLowerCase().includes(email.toLowerCase()));
    assert.ok(!body.includes('Words under a hidden article'));
    const feed = parseFeed(body, `${t.url}/comments.xml`);
    assert.equal(feed.title, 'Comments – Newsdesk');
    const titles = feed.items.map((i) => i.title);
    assert.ok(titles.indexOf('Otto Other on Orchards report') < titles.indexOf('Fiona Feed on Harbour & Tide "vote"'), 'newest first');
    assert.ok(titles.includes('Fiona Feed on Harbour & Tide "vote"'));
    assert.ok(!titles.some((title) => /Held Hal|Spam Sam|Trash Tom|Hidden Hugh/.test(title)));
    assert.ok(feed.items.length <= 50);

    const busy = await freshArticle();
    for (let i = 0; i < 55; i++) await stored(t, busy, `Busy ${i}`, `Busy comment ${i}.`, { at: new Date(Date.now() + 60_000 + i) });
    const full = parseFeed(await (await fetch(`${t.url}/comments.xml`)).text(), `${t.url}/comments.xml`);
    assert.equal(full.items.length, 50);
    assert.equal(full.items[0]!.title, `Busy 54 on ${busy.title}`);
    assert.ok(!full.items.some((i) => i.title === `Busy 4 on ${busy.title}`));
    void approvedOther;
  });

  test('article pages announce their comment feed, and every page the desk’s', async () => {
    const page = await new Browserish(t.url).get(`/articles/${article.slug}`);
    assert.ok(page.html.includes(`<link rel="alternate" type="application/rss+xml" title="Comments on Harbour &amp; Tide &quot;vote&quot; (RSS)" href="/articles/${article.slug}/comments.xml"/>`));
    assert.ok(page.html.includes('<link rel="alternate" type="application/rss+xml" title="Comments – Newsdesk (RSS)" href="/comments.xml"/>'));
    // The desk's article feed is still the first one a feed reader finds.
    assert.ok(page.html.indexOf('href="/feed.xml"') < page.html.indexOf('href="/comments.xml"'));
    const home = await new Browserish(t.url).get('/');
    assert.ok(home.html.includes('href="/comments.xml"'));
    assert.ok(home.html.includes('<a href="/privacy">Privacy and your data</a>'));
  });
});
