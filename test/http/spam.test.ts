import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig, type Config } from '../../src/config.js';
import { discussionContext, openDesk, type Desk } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { changeCommentStatus } from '../support/comments.js';
import { loadShippedModel } from '../../src/discussion/spam/model-file.js';
import { scoreComment } from '../../src/discussion/spam/model.js';
import { commandLine } from '../../src/store/audit.js';
import { findComment, insertComment } from '../../src/store/comments.js';
import type { Article, Comment } from '../../src/store/schema.js';
import { defaultSettings, saveSetting, type Settings } from '../../src/store/settings.js';
import { buildServer } from '../../src/web/server.js';
import { makeArticle, makeSource } from '../support/desk.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { startPublisher, type Publisher } from '../support/publisher.js';

/*
 * The spam defence end to end: a real server on a real SQLite file, a browser-like client,
 * and for the Akismet-compatible service a local HTTP server that speaks its protocol.
 */

interface SpamDesk {
  url: string;
  desk: Desk;
  close(): Promise<void>;
}

/** Like startTestDesk, with configuration too (the Akismet service is configuration). */
async function startDesk(settings: Partial<Settings>, config: Partial<Config> = {}): Promise<SpamDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-spam-'));
  const desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), port: 0, ...config });
  const all: Partial<Settings> = { minFillSeconds: 0, floodSeconds: 0, commentsPerMinutePerAddress: 0, ...settings };
  for (const [key, value] of Object.entries(all)) await saveSetting(desk.store.db, key as keyof Settings, value as never);
  const app = await buildServer(desk.context);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    desk,
    async close() {
      await app.close();
      await desk.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshArticle(d: SpamDesk): Promise<Article> {
  return makeArticle(d.desk, await makeSource(d.desk));
}

async function post(d: SpamDesk, article: Article, fields: Record<string, string>, reader = new Browserish(d.url), headers: Record<string, string> = {}) {
  const page = await reader.get(`/articles/${article.slug}`);
  assert.equal(page.status, 200);
  return reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), ...fields }, headers);
}

async function rowByEmail(d: SpamDesk, email: string): Promise<Comment> {
  return d.desk.store.db.selectFrom('comments').selectAll().where('author_email', '=', email).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

async function approvedComment(d: SpamDesk, article: Article, author: string, email: string): Promise<Comment> {
  return insertComment(d.desk.store.db, {
    article_id: article.id,
    parent_id: null,
    author_name: author,
    author_email: email,
    author_url: null,
    body_markdown: 'An earlier approved comment.',
    body_html: renderCommentMarkdown('An earlier approved comment.'),
    status: 'approved',
    status_reason: 'approved: test',
    client_hash: clientHash(d.desk.context.secret, 'elsewhere'),
    user_agent: 'test',
    created_at: new Date(Date.now() - 120_000).toISOString(),
  });
}

describe('moderators’ lists', () => {
  let d: SpamDesk;
  before(async () => {
    d = await startDesk({ moderationWords: 'referendum\n127.0.0.', disallowedWords: 'casino-royale', holdAllComments: false });
  });
  after(() => d.close());

  test('a moderation word in the text holds the comment, saying which word', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Known', 'known@example.com');
    const res = await post(d, article, { comment: 'When is the REFERENDUM on the bridge?', author: 'Known', email: 'known@example.com' });
    assert.equal(res.status, 303);
    const row = await rowByEmail(d, 'known@example.com');
    assert.equal(res.location, `/articles/${article.slug}#comment-${row.id}`);
    assert.equal(row.status, 'pending');
    assert.equal(row.status_reason, 'held: moderation word "referendum" in text');
  });

  test('a moderation word in the client address holds without recording the address', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Addr', 'addr@example.com');
    await post(d, article, { comment: 'Nothing objectionable here.', author: 'Addr', email: 'addr@example.com' });
    const row = await rowByEmail(d, 'addr@example.com');
    assert.equal(row.status, 'pending');
    assert.equal(row.status_reason, 'held: moderation word in the address');
    assert.doesNotMatch(JSON.stringify(row), /127\.0\.0\.1/);
  });

  test('a disallowed word sends the comment to spam, kept but never shown', async () => {
    const article = await freshArticle(d);
    const res = await post(d, article, { comment: 'Nice town.', author: 'Visitor', email: 'visitor@example.com', url: 'https://casino-royale.example.com/' });
    assert.equal(res.status, 303);
    assert.equal(res.location, `/articles/${article.slug}#comments`);
    const row = await rowByEmail(d, 'visitor@example.com');
    assert.equal(row.status, 'spam');
    assert.equal(row.status_reason, 'spam: disallowed word "casino-royale" in url');
    const page = await new Browserish(d.url).get(`/articles/${article.slug}`);
    assert.doesNotMatch(page.html, /Nice town\./);
  });
});

describe('hold-all and blocked authors', () => {
  test('holdAllComments holds even a known author', async () => {
    const d = await startDesk({ holdAllComments: true });
    try {
      const article = await freshArticle(d);
      await approvedComment(d, article, 'Regular', 'regular@example.com');
      await post(d, article, { comment: 'Back again.', author: 'Regular', email: 'regular@example.com' });
      const row = await rowByEmail(d, 'regular@example.com');
      assert.equal(row.status, 'pending');
      assert.equal(row.status_reason, 'held: every comment is held');
    } finally {
      await d.close();
    }
  });

  test('a blocked email (any case) is stored as spam; others are not', async () => {
    const d = await startDesk({ blockedAuthors: 'Troll@Example.com\n198.51.100.0/24', requirePriorApproval: false });
    try {
      const article = await freshArticle(d);
      const res = await post(d, article, { comment: 'Hello again.', author: 'T', email: 'troll@example.COM' });
      assert.equal(res.location, `/articles/${article.slug}#comments`);
      const row = await rowByEmail(d, 'troll@example.COM');
      assert.equal(row.status, 'spam');
      assert.equal(row.status_reason, 'spam: blocked author (email)');
      await post(d, article, { comment: 'Hello from a reader.', author: 'R', email: 'reader@example.com' });
      assert.equal((await rowByEmail(d, 'reader@example.com')).status, 'approved');
    } finally {
      await d.close();
    }
  });

  test('a client address in a blocked range is stored as spam, and the address is not recorded', async () => {
    const d = await startDesk({ blockedAuthors: '2001:db8::/32\n127.0.0.0/8' });
    try {
      const article = await freshArticle(d);
      await post(d, article, { comment: 'From a blocked range.', author: 'Ranger', email: 'ranger@example.com' });
      const row = await rowByEmail(d, 'ranger@example.com');
      assert.equal(row.status, 'spam');
      assert.equal(row.status_reason, 'spam: blocked author (address)');
      assert.doesNotMatch(JSON.stringify(row), /127\.0\.0/);
    } finally {
      await d.close();
    }
  });
});

describe('per-address rate limit', () => {
  test('the comment over the limit is refused with the count, everything typed kept', async () => {
    const d = await startDesk({ commentsPerMinutePerAddress: 2 });
    try {
      const article = await freshArticle(d);
      const reader = new Browserish(d.url);
      for (const [i, email] of ['one@example.com', 'two@example.com'].entries()) {
        const ok = await post(d, article, { comment: `Comment number ${i + 1}.`, author: `Poster ${i}`, email }, reader);
        assert.equal(ok.status, 303);
      }
      const refused = await post(d, article, { comment: 'A third <comment> & more.', author: 'Poster 3', email: 'three@example.com', url: 'https://three.example.net/' }, reader);
      assert.equal(refused.status, 422);
      assert.ok(decodeEntities(refused.html).includes('You have posted 2 comments in the last minute; please wait a minute and post again.'));
      assert.match(refused.html, /<textarea[^>]*>A third &lt;comment> &amp; more\.<\/textarea>/);
      assert.equal(inputValue(refused.html, 'email'), 'three@example.com');
      assert.equal(inputValue(refused.html, 'url'), 'https://three.example.net/');
      const stored = await d.desk.store.db.selectFrom('comments').select('id').where('author_email', '=', 'three@example.com').execute();
      assert.equal(stored.length, 0);
    } finally {
      await d.close();
    }
  });

  test('comments older than a minute do not count', async () => {
    const d = await startDesk({ commentsPerMinutePerAddress: 1 });
    try {
      const article = await freshArticle(d);
      await insertComment(d.desk.store.db, {
        article_id: article.id,
        parent_id: null,
        author_name: 'Earlier',
        author_email: 'earlier@example.com',
        author_url: null,
        body_markdown: 'Earlier words.',
        body_html: '<p>Earlier words.</p>',
        status: 'approved',
        status_reason: 'approved: test',
        client_hash: clientHash(d.desk.context.secret, '127.0.0.1'),
        user_agent: 'test',
        created_at: new Date(Date.now() - 61_000).toISOString(),
      });
      assert.equal((await post(d, article, { comment: 'Now.', author: 'Now', email: 'now@example.com' })).status, 303);
      const again = await post(d, article, { comment: 'And again.', author: 'Now', email: 'now2@example.com' });
      assert.equal(again.status, 422);
      assert.ok(decodeEntities(again.html).includes('You have posted 1 comment in the last minute; please wait a minute and post again.'));
    } finally {
      await d.close();
    }
  });
});

describe('the spam model’s score', () => {
  let d: SpamDesk;
  before(async () => {
    d = await startDesk({});
  });
  after(() => d.close());

  const shipped = () => loadShippedModel().model;

  test('spam by its content is stored as spam with its score, the model version and its strongest features', async () => {
    const article = await freshArticle(d);
    const comment = 'URGENT! You have won a 1 week FREE membership in our £100,000 Prize Jackpot! Txt the word: CLAIM to No: 81010';
    await post(d, article, { comment, author: 'Prize Desk', email: 'prize@example.com' });
    const row = await rowByEmail(d, 'prize@example.com');
    const expected = scoreComment(shipped(), { text: comment, url: null }).score;
    assert.ok(expected >= defaultSettings.spamScoreSpam, `score ${expected}`);
    assert.equal(row.status, 'spam');
    assert.equal(row.spam_score, expected);
    assert.equal(row.spam_model_version, 0);
    assert.match(row.status_reason, new RegExp(`^spam: score ${expected} \\(model v0: .+ \\+\\d\\.\\d\\d`));
    assert.ok(JSON.parse(row.spam_features ?? '[]').length > 0);
  });

  test('a middling score holds with the features that weighed most', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Mid', 'mid@example.com');
    const comment = 'Great post! Check my site.';
    await post(d, article, { comment, author: 'Mid', email: 'mid@example.com', url: 'https://mid.example.net/' });
    const row = await rowByEmail(d, 'mid@example.com');
    const expected = scoreComment(shipped(), { text: comment, url: 'https://mid.example.net/' }).score;
    assert.ok(expected >= defaultSettings.spamScoreHold && expected < defaultSettings.spamScoreSpam, `score ${expected}`);
    assert.equal(row.status, 'pending');
    assert.equal(row.spam_score, expected);
    assert.match(row.status_reason, new RegExp(`^held: score ${expected} \\(model v0: .*check`));
  });

  test('a genuine comment is stored with its score and the version that gave it, and nothing to explain', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Fine', 'fine@example.com');
    const comment = 'The bridge vote was closer than reported; the minutes show 27 to 19.';
    await post(d, article, { comment, author: 'Fine', email: 'fine@example.com' });
    const row = await rowByEmail(d, 'fine@example.com');
    assert.equal(row.status, 'approved');
    assert.equal(row.status_reason, 'approved: known author');
    assert.equal(row.spam_score, scoreComment(shipped(), { text: comment, url: null }).score);
    assert.ok(row.spam_score! < defaultSettings.spamScoreHold);
    assert.equal(row.spam_model_version, 0);
    assert.equal(row.spam_features, null);
  });
});

/** The Akismet-compatible service: answers comment-check by the text, records every form. */
interface FakeAkismet {
  publisher: Publisher;
  forms: { path: string; form: URLSearchParams }[];
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function startAkismet(): Promise<FakeAkismet> {
  const forms: FakeAkismet['forms'] = [];
  const publisher = await startPublisher({
    '/1.1/comment-check': async (request, response) => {
      const form = await readForm(request);
      forms.push({ path: '/1.1/comment-check', form });
      const content = form.get('comment_content') ?? '';
      if (content.includes('[slow]')) {
        // Longer than the desk waits: the desk must give up after 3 s.
        const timer = setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('false'), 5000);
        request.socket.on('close', () => clearTimeout(timer));
        return;
      }
      if (content.includes('[invalid]')) return void response.writeHead(200, { 'x-akismet-debug-help': 'We were unable to distinguish between spam and ham.' }).end('invalid');
      if (content.includes('[error]')) return void response.writeHead(500).end('oops');
      if (content.includes('[discard]')) return void response.writeHead(200, { 'x-akismet-pro-tip': 'discard' }).end('true');
      response.writeHead(200, { 'content-type': 'text/plain' }).end(content.includes('[spam]') ? 'true' : 'false');
    },
    '/1.1/submit-spam': async (request, response) => {
      forms.push({ path: '/1.1/submit-spam', form: await readForm(request) });
      response.writeHead(200).end('Thanks for making the web a better place.');
    },
    '/1.1/submit-ham': async (request, response) => {
      const form = await readForm(request);
      forms.push({ path: '/1.1/submit-ham', form });
      if ((form.get('comment_content') ?? '').includes('[refuse-ham]')) return void response.writeHead(500).end('no');
      response.writeHead(200).end('Thanks for making the web a better place.');
    },
  });
  return { publisher, forms };
}

describe('Akismet-compatible service', () => {
  let akismet: FakeAkismet;
  let d: SpamDesk;
  before(async () => {
    akismet = await startAkismet();
    d = await startDesk({}, { akismetKey: 'test-key-123', akismetUrl: akismet.publisher.url });
  });
  after(async () => {
    await d.close();
    await akismet.publisher.close();
  });

  const checkFor = (email: string) => akismet.forms.find((f) => f.path === '/1.1/comment-check' && f.form.get('comment_author_email') === email)?.form;

  test('"true" sends the comment to spam; the check carries the documented fields', async () => {
    const article = await freshArticle(d);
    const res = await post(d, article, { comment: 'Ordinary looking words [spam]', author: 'Sly', email: 'sly@example.com', url: 'https://sly.example.net/' }, undefined, {
      'user-agent': 'SpamBrowser/1.0',
    });
    assert.equal(res.location, `/articles/${article.slug}#comments`);
    const row = await rowByEmail(d, 'sly@example.com');
    assert.equal(row.status, 'spam');
    assert.equal(row.status_reason, 'spam: Akismet');
    const form = checkFor('sly@example.com')!;
    const publicUrl = d.desk.context.config.publicUrl;
    assert.equal(form.get('api_key'), 'test-key-123');
    assert.equal(form.get('blog'), publicUrl);
    assert.equal(form.get('user_ip'), '127.0.0.1');
    assert.equal(form.get('user_agent'), 'SpamBrowser/1.0');
    assert.equal(form.get('permalink'), `${publicUrl}/articles/${article.slug}`);
    assert.equal(form.get('comment_type'), 'comment');
    assert.equal(form.get('comment_author'), 'Sly');
    assert.equal(form.get('comment_author_email'), 'sly@example.com');
    assert.equal(form.get('comment_author_url'), 'https://sly.example.net/');
    assert.equal(form.get('comment_content'), 'Ordinary looking words [spam]');
    assert.equal(form.get('comment_date_gmt'), row.created_at);
    assert.equal(form.get('comment_post_modified_gmt'), article.published_at);
    assert.equal(form.get('blog_lang'), 'en');
    assert.equal(form.get('blog_charset'), 'UTF-8');
  });

  test('"false" lets the other rules decide: a known author is approved, a newcomer held, a reply is a "reply"', async () => {
    const article = await freshArticle(d);
    const parent = await approvedComment(d, article, 'Regular', 'regular@example.com');
    await post(d, article, { comment: 'A fair point about the bridge.', author: 'Regular', email: 'regular@example.com', parent_id: String(parent.id) });
    const known = await rowByEmail(d, 'regular@example.com');
    assert.equal(known.status, 'approved');
    assert.equal(known.status_reason, 'approved: known author');
    assert.equal(checkFor('regular@example.com')?.get('comment_type'), 'reply');

    await post(d, article, { comment: 'My first words here.', author: 'Newcomer', email: 'new@example.com' });
    const newcomer = await rowByEmail(d, 'new@example.com');
    assert.equal(newcomer.status, 'pending');
    assert.equal(newcomer.status_reason, 'held: first comment');
  });

  test('the "discard" pro tip is spam too, kept', async () => {
    const article = await freshArticle(d);
    await post(d, article, { comment: 'Blatant [discard]', author: 'Blatant', email: 'blatant@example.com' });
    const row = await rowByEmail(d, 'blatant@example.com');
    assert.equal(row.status, 'spam');
    assert.equal(row.status_reason, 'spam: Akismet (blatant)');
  });

  test('a comment the rules already call spam is not sent to the service', async () => {
    const article = await freshArticle(d);
    await post(d, article, { comment: 'Honeypot words.', author: 'Bot', email: 'bot@example.com', homepage: 'http://bot.example' });
    assert.equal((await rowByEmail(d, 'bot@example.com')).status, 'spam');
    assert.equal(checkFor('bot@example.com'), undefined);
  });

  test('a service slower than 3 s: the comment is held "spam check unavailable", within about 3 s', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Patient', 'patient@example.com');
    const reader = new Browserish(d.url);
    const page = await reader.get(`/articles/${article.slug}`);
    const started = Date.now();
    const res = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page.html, 'form_token'),
      _csrf: inputValue(page.html, '_csrf'),
      comment: 'Waiting for the check [slow]',
      author: 'Patient',
      email: 'patient@example.com',
    });
    const elapsed = Date.now() - started;
    assert.equal(res.status, 303);
    assert.ok(elapsed >= 2900 && elapsed < 4500, `answered after ${elapsed} ms`);
    const row = await rowByEmail(d, 'patient@example.com');
    assert.equal(res.location, `/articles/${article.slug}#comment-${row.id}`);
    assert.equal(row.status, 'pending');
    assert.equal(row.status_reason, 'held: spam check unavailable');
    assert.equal(row.body_markdown, 'Waiting for the check [slow]');
  });

  test('an answer that is neither "true" nor "false", or an HTTP error, holds the comment', async () => {
    const article = await freshArticle(d);
    await approvedComment(d, article, 'Odd', 'odd@example.com');
    await post(d, article, { comment: 'Odd answer [invalid]', author: 'Odd', email: 'odd@example.com' });
    assert.equal((await rowByEmail(d, 'odd@example.com')).status_reason, 'held: spam check unavailable');
    await post(d, article, { comment: 'Server error [error]', author: 'Newbie', email: 'newbie@example.com' });
    const held = await rowByEmail(d, 'newbie@example.com');
    assert.equal(held.status, 'pending');
    assert.equal(held.status_reason, 'held: first comment; spam check unavailable');
  });

  test('a moderator’s verdicts are reported: submit-spam, then submit-ham, with the stored fields', async () => {
    const article = await freshArticle(d);
    const parent = await approvedComment(d, article, 'Parent', 'parent@example.com');
    const comment = await insertComment(d.desk.store.db, {
      article_id: article.id,
      parent_id: parent.id,
      author_name: 'Sneaky',
      author_email: 'sneaky@example.com',
      author_url: 'https://sneaky.example.net/',
      body_markdown: 'Looks fine, is not.',
      body_html: '<p>Looks fine, is not.</p>',
      status: 'approved',
      status_reason: 'approved: known author',
      client_hash: clientHash(d.desk.context.secret, '127.0.0.1'),
      user_agent: 'Mozilla/5.0 Sneaky',
      created_at: '2026-01-02T03:04:05.000Z',
    });
    const warnings: string[] = [];
    const ctx = { ...(await discussionContext(d.desk.context)), warn: (m: string) => void warnings.push(m) };
    const submits = () => akismet.forms.filter((f) => f.path !== '/1.1/comment-check' && f.form.get('comment_author_email') === 'sneaky@example.com');

    await changeCommentStatus(ctx, comment.id, 'spam', commandLine);
    assert.equal(submits().length, 1);
    const spam = submits()[0]!;
    assert.equal(spam.path, '/1.1/submit-spam');
    const publicUrl = d.desk.context.config.publicUrl;
    assert.deepEqual(Object.fromEntries(spam.form), {
      api_key: 'test-key-123',
      blog: publicUrl,
      blog_charset: 'UTF-8',
      user_agent: 'Mozilla/5.0 Sneaky',
      permalink: `${publicUrl}/articles/${article.slug}`,
      comment_type: 'reply',
      comment_author: 'Sneaky',
      comment_author_email: 'sneaky@example.com',
      comment_author_url: 'https://sneaky.example.net/',
      comment_content: 'Looks fine, is not.',
      comment_date_gmt: '2026-01-02T03:04:05.000Z',
      blog_lang: 'en',
      ...(process.env.NODE_ENV === 'test' ? { is_test: '1' } : {}),
    });
    assert.equal(spam.form.has('user_ip'), false, 'the raw address is never stored, so it cannot be sent');

    await changeCommentStatus(ctx, comment.id, 'approved', commandLine);
    assert.deepEqual(submits().map((f) => f.path), ['/1.1/submit-spam', '/1.1/submit-ham']);
    assert.equal(submits()[1]!.form.get('comment_content'), 'Looks fine, is not.');

    // Moves that teach nothing send nothing.
    await changeCommentStatus(ctx, comment.id, 'pending', commandLine);
    await changeCommentStatus(ctx, comment.id, 'approved', commandLine);
    assert.equal(submits().length, 2);
    assert.deepEqual(warnings, []);
  });

  test('a failed report is logged and the moderation still happens', async () => {
    const article = await freshArticle(d);
    const comment = await insertComment(d.desk.store.db, {
      article_id: article.id,
      parent_id: null,
      author_name: 'Wronged',
      author_email: 'wronged@example.com',
      author_url: null,
      body_markdown: 'Genuine after all [refuse-ham]',
      body_html: '<p>Genuine after all [refuse-ham]</p>',
      status: 'spam',
      status_reason: 'spam: Akismet',
      client_hash: 'x',
      user_agent: 'Mozilla/5.0',
      created_at: new Date().toISOString(),
    });
    const warnings: string[] = [];
    const ctx = { ...(await discussionContext(d.desk.context)), warn: (m: string) => void warnings.push(m) };
    const after = await changeCommentStatus(ctx, comment.id, 'approved', commandLine);
    assert.equal(after?.status, 'approved');
    assert.equal((await findComment(d.desk.store.db, comment.id))?.status, 'approved');
    assert.deepEqual(warnings, [`spam feedback for comment #${comment.id} not sent: submit-ham: HTTP 500, answer "no"`]);
  });
});

describe('Akismet-compatible service that is down', () => {
  test('the comment is held "spam check unavailable", and reports fail quietly', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const d = await startDesk({}, { akismetKey: 'k', akismetUrl: `http://127.0.0.1:${port}` });
    try {
      const article = await freshArticle(d);
      await approvedComment(d, article, 'Known', 'known@example.com');
      const started = Date.now();
      const res = await post(d, article, { comment: 'Is anyone there?', author: 'Known', email: 'known@example.com' });
      assert.equal(res.status, 303);
      assert.ok(Date.now() - started < 3000);
      const row = await rowByEmail(d, 'known@example.com');
      assert.equal(row.status, 'pending');
      assert.equal(row.status_reason, 'held: spam check unavailable');

      const warnings: string[] = [];
      const ctx = { ...(await discussionContext(d.desk.context)), warn: (m: string) => void warnings.push(m) };
      const moved = await changeCommentStatus(ctx, row.id, 'spam', commandLine);
      assert.equal(moved?.status, 'spam');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, new RegExp(`^spam feedback for comment #${row.id} not sent: submit-spam: ECONNREFUSED$`));
    } finally {
      await d.close();
    }
  });
});
