import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { discussionContext } from '../../src/desk.js';
import { emptyCommentForm, type CommentFormInput } from '../../src/discussion/comment-form.js';
import { examineContent, type ExamineContent } from '../../src/discussion/examine.js';
import { messages, rateLimitMessage } from '../../src/discussion/moderation.js';
import { postComment } from '../support/comments.js';
import { findComment } from '../../src/store/comments.js';
import type { Article, Comment } from '../../src/store/schema.js';
import { loadShippedModel } from '../../src/discussion/spam/model-file.js';
import { scoreComment } from '../../src/discussion/spam/model.js';
import { loadSettings, saveSetting, type Settings } from '../../src/store/settings.js';
import { formTokenFor, makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { hostileBodies } from '../support/hostile-comments.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';
import { addStaff, csrfOn, staffBrowser } from './admin-helpers.js';

/*
 * The comment path under attack (issue 9): cheap refusals before any look at the text, the
 * honeypot under every limit, edits under the content rules, staff replies outside readers'
 * limits, and moderators' mail that says why in plain words.
 */

let t: TestDesk;
before(async () => {
  t = await startTestDesk({ settings: { minFillSeconds: 0, floodSeconds: 0, requirePriorApproval: false } });
  // Settings as they are now on every request, so that each test can change them for itself.
  t.desk.context.settings = () => loadSettings(t.desk.store.db);
});
after(() => t.close());

async function freshArticle(): Promise<Article> {
  return makeArticle(t.desk, await makeSource(t.desk));
}

/** Sets these settings for the length of one test. */
async function withSettings(settings: Partial<Settings>, run: () => Promise<void>): Promise<void> {
  const before = await t.desk.context.settings();
  for (const [key, value] of Object.entries(settings)) await saveSetting(t.desk.store.db, key as keyof Settings, value as never);
  try {
    await run();
  } finally {
    for (const key of Object.keys(settings)) await saveSetting(t.desk.store.db, key as keyof Settings, before[key as keyof Settings] as never);
  }
}

async function post(reader: Browserish, article: Article, fields: Record<string, string>) {
  const page = await reader.get(`/articles/${article.slug}`);
  assert.equal(page.status, 200);
  return reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), ...fields });
}

function idFrom(location: string | null): number {
  const match = location?.match(/#comment-(\d+)$/);
  assert.ok(match, `expected a redirect to #comment-ID, got ${location}`);
  return Number(match[1]);
}

async function rowsBy(email: string): Promise<Comment[]> {
  return t.desk.store.db.selectFrom('comments').selectAll().where('author_email', '=', email).orderBy('id').execute();
}

describe('cheap refusals come before any look at the text', () => {
  /** postComment on the desk's real store, with the text's examination counted. */
  async function postWatched(article: Article, form: Partial<CommentFormInput>, clientAddress = '198.51.100.7') {
    let examined = 0;
    const examine: ExamineContent = async (...args) => {
      examined++;
      return examineContent(...args);
    };
    const ctx = { ...(await discussionContext(t.desk.context)), examine };
    const result = await postComment(ctx, { article, form: { ...emptyCommentForm, ...form }, clientAddress, userAgent: 'Mozilla/5.0', now: new Date() });
    return { result, examined };
  }

  test('a bad or missing form token, a flood, a duplicate and the per-address limit refuse a 65 KB hostile post without examining it', async () => {
    const article = await freshArticle();
    const hostile = hostileBodies['1,1,1,']!(65_000);
    const reader = { author: 'Hasty Reader', email: 'hasty@example.org' };
    const token = formTokenFor(t.desk, article.id);

    for (const formToken of ['', 'not-a-token', formTokenFor(t.desk, article.id + 1)]) {
      const { result, examined } = await postWatched(article, { ...reader, comment: hostile, formToken });
      assert.equal(result.kind, 'refused', `token ${JSON.stringify(formToken)}`);
      assert.equal(examined, 0, 'a refused token never has its text examined');
    }

    const first = await postWatched(article, { ...reader, comment: 'A first, ordinary comment.', formToken: token });
    assert.equal(first.result.kind, 'stored');
    assert.equal(first.examined, 1, 'an admitted post is examined once');

    await withSettings({ floodSeconds: 15 }, async () => {
      const { result, examined } = await postWatched(article, { ...reader, comment: hostile, formToken: token });
      assert.deepEqual([result.kind, result.kind === 'refused' && result.message], ['refused', messages.flood]);
      assert.equal(examined, 0, 'a flood never has its text examined');
    });
    const duplicate = await postWatched(article, { ...reader, comment: 'A first, ordinary comment.', formToken: token });
    assert.deepEqual([duplicate.result.kind, duplicate.result.kind === 'refused' && duplicate.result.message], ['refused', messages.duplicate]);
    assert.equal(duplicate.examined, 0);
    await withSettings({ commentsPerMinutePerAddress: 1 }, async () => {
      const { result, examined } = await postWatched(article, { author: 'Someone Else', email: 'else@example.org', comment: hostile, formToken: token });
      assert.deepEqual([result.kind, result.kind === 'refused' && result.message], ['refused', rateLimitMessage(1)]);
      assert.equal(examined, 0);
    });
  });

  test('a post caught by the honeypot is kept as spam without its text being examined', async () => {
    const article = await freshArticle();
    const { result, examined } = await postWatched(article, { author: 'Bot', email: 'bot-unexamined@example.org', comment: hostileBodies['1.1.1.']!(65_000), trap: 'x', formToken: formTokenFor(t.desk, article.id) }, '198.51.100.8');
    assert.equal(result.kind, 'stored');
    assert.equal(result.kind === 'stored' && result.comment.status, 'spam');
    assert.equal(result.kind === 'stored' && result.comment.status_reason, 'spam: hidden field filled');
    assert.equal(examined, 0);
  });
});

describe('the honeypot meets every rule a person meets', () => {
  test('without a valid form token a honeypot post is refused and nothing is stored', async () => {
    const article = await freshArticle();
    const bot = new Browserish(t.url);
    const page = await bot.get(`/articles/${article.slug}`);
    for (const formToken of ['', 'forged.token']) {
      const res = await bot.post(`/articles/${article.slug}/comments`, { _csrf: inputValue(page.html, '_csrf'), form_token: formToken, comment: 'Buy things.', author: 'Bot', email: 'tokenless-bot@example.com', homepage: 'http://spam.example' });
      assert.equal(res.status, 422);
    }
    assert.deepEqual(await rowsBy('tokenless-bot@example.com'), []);
  });

  test('a duplicate, a flood and the per-address limit refuse honeypot posts; only the first is kept as spam', async () => {
    const article = await freshArticle();
    const bot = new Browserish(t.url);
    const fields = { comment: 'Buy things, again and again.', author: 'Bot', email: 'repeat-bot@example.com', homepage: 'http://spam.example' };
    const first = await post(bot, article, fields);
    assert.equal(first.status, 303);
    const duplicate = await post(bot, article, fields);
    assert.equal(duplicate.status, 422);
    assert.ok(decodeEntities(duplicate.html).includes(messages.duplicate));
    await withSettings({ floodSeconds: 15 }, async () => {
      const flood = await post(bot, article, { ...fields, comment: 'Different words, too soon.' });
      assert.equal(flood.status, 422);
      assert.ok(decodeEntities(flood.html).includes(messages.flood));
    });
    await withSettings({ commentsPerMinutePerAddress: 1 }, async () => {
      const limited = await post(bot, article, { ...fields, comment: 'More words, over the limit.', email: 'other-bot@example.com' });
      assert.equal(limited.status, 422);
      assert.match(decodeEntities(limited.html), /You have posted \d+ comments? in the last minute/);
    });
    const kept = await rowsBy('repeat-bot@example.com');
    assert.deepEqual(kept.map((r) => [r.status, r.status_reason]), [['spam', 'spam: hidden field filled']]);
    assert.deepEqual(await rowsBy('other-bot@example.com'), []);
  });
});

describe('an edit meets the rules a new comment meets', () => {
  /** A comment posted and approved at once (requirePriorApproval is off here), and the browser that may edit it. */
  async function approvedOwnComment(article: Article, email: string) {
    const author = new Browserish(t.url);
    const id = idFrom((await post(author, article, { comment: 'A calm first version.', author: 'Edith Editor', email })).location);
    assert.equal((await findComment(t.desk.store.db, id))?.status, 'approved');
    const edit = async (comment: string) => {
      const form = await author.get(`/articles/${article.slug}/comments/${id}/edit`);
      return author.post(`/articles/${article.slug}/comments/${id}/edit`, { _csrf: inputValue(form.html, '_csrf'), comment });
    };
    return { id, edit };
  }

  async function publicPage(article: Article): Promise<string> {
    return (await new Browserish(t.url).get(`/articles/${article.slug}`)).html;
  }

  test('an edit into a disallowed word goes to spam with the reason, and is no longer public', async () => {
    await withSettings({ disallowedWords: 'forbiddenword' }, async () => {
      const article = await freshArticle();
      const { id, edit } = await approvedOwnComment(article, 'edith-spam@example.org');
      const saved = await edit('Now it says forbiddenword, loudly.');
      assert.equal(saved.status, 303);
      assert.equal(saved.location, `/articles/${article.slug}#comments`);
      const row = await findComment(t.desk.store.db, id);
      assert.equal(row?.status, 'spam');
      assert.equal(row?.status_reason, 'spam: disallowed word "forbiddenword" in text, after an edit');
      assert.doesNotMatch(await publicPage(article), /forbiddenword/);
    });
  });

  test('an edit the spam model objects to leaves public view, with the score in the reason', async () => {
    const article = await freshArticle();
    const { id, edit } = await approvedOwnComment(article, 'edith-score@example.org');
    const spam = 'BUY CHEAP VIAGRA ONLINE!!! Best price, free shipping, order now at https://cheap-pills-online.xyz/promo?ref=77 click here';
    assert.equal((await edit(spam)).status, 303);
    const row = await findComment(t.desk.store.db, id);
    assert.notEqual(row?.status, 'approved');
    assert.match(row?.status_reason ?? '', /^(?:held|spam): score \d+ \(.+\), after an edit$/);
    assert.doesNotMatch(await publicPage(article), /VIAGRA/);
  });

  test('an edit into a moderation word is held, its author still sees it, and moderators are told it was edited', async () => {
    await withSettings({ moderationWords: 'watchedword' }, async () => {
      const moderator = await addStaff(t.desk, 'moderator');
      const article = await freshArticle();
      const { id, edit } = await approvedOwnComment(article, 'edith-held@example.org');
      assert.equal((await edit('A second version with watchedword in it.')).status, 303);
      const row = await findComment(t.desk.store.db, id);
      assert.equal(row?.status, 'pending');
      assert.equal(row?.status_reason, 'held: moderation word "watchedword" in text, after an edit');
      assert.doesNotMatch(await publicPage(article), /watchedword/);
      const mail = await t.desk.store.db.selectFrom('outbox').selectAll().where('to_address', '=', moderator.email).execute();
      assert.equal(mail.length, 1);
      assert.ok(mail[0]!.text_body.includes('was edited by its author and is waiting for your approval'));
      assert.ok(mail[0]!.text_body.includes('Held because: moderation word "watchedword" in text, after an edit'));
    });
  });

  test('an edit the rules let through keeps the comment approved, with its new score', async () => {
    const article = await freshArticle();
    const { id, edit } = await approvedOwnComment(article, 'edith-fine@example.org');
    assert.equal((await edit('A calm second version, with a clearer point about the bridge.')).status, 303);
    const row = await findComment(t.desk.store.db, id);
    assert.equal(row?.status, 'approved');
    assert.equal(row?.body_markdown, 'A calm second version, with a clearer point about the bridge.');
    // The new text's score, from the model in use, named with its version.
    assert.equal(row?.spam_score, scoreComment(loadShippedModel().model, { text: row!.body_markdown, url: row!.author_url }).score);
    assert.equal(row?.spam_model_version, 0);
  });
});

describe('staff replies are not readers’ posts', () => {
  test('after a staff reply from the same address, a reader is neither flooded nor counted against the per-address limit', async () => {
    // A desk of its own: every request here comes from 127.0.0.1, and no other reader may have posted from it.
    const own = await startTestDesk({ settings: { minFillSeconds: 0, floodSeconds: 15, commentsPerMinutePerAddress: 1, requirePriorApproval: false } });
    try {
      const article = await makeArticle(own.desk, await makeSource(own.desk));
      const { browser: staff } = await staffBrowser(own.url, own.desk, 'moderator', { name: 'Mo Derator' });
      // A reader's comment from elsewhere, a while ago, for staff to answer.
      const parent = await own.desk.store.db
        .insertInto('comments')
        .values({ article_id: article.id, parent_id: null, author_name: 'Asker', author_email: 'asker@example.org', author_url: null, body_markdown: 'A question.', body_html: '<p>A question.</p>', status: 'approved', status_reason: 'approved: test', client_hash: 'elsewhere', user_agent: 'test', created_at: new Date(Date.now() - 120_000).toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      const replied = await staff.post(`/admin/comments/${parent.id}/reply`, { _csrf: await csrfOn(staff, `/admin/comments/${parent.id}/reply`), comment: 'An answer from the desk.', return: '/admin/comments' });
      assert.equal(replied.status, 303);
      assert.equal((await own.desk.store.db.selectFrom('comments').select('id').where('user_id', 'is not', null).execute()).length, 1, 'the staff reply is stored');

      const reader = new Browserish(own.url);
      const page = await reader.get(`/articles/${article.slug}`);
      const res = await reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), comment: 'A reader right after the staff reply.', author: 'Right After', email: 'right-after@example.org' });
      assert.equal(res.status, 303, decodeEntities(res.html).match(/class="form-message"[^>]*>\s*<p>([^<]*)/)?.[1] ?? 'refused');
      // The reader's own comment still counts: a second one at once is a flood.
      const again = await post(reader, article, { comment: 'And again, too soon.', author: 'Right After', email: 'right-after@example.org' });
      assert.equal(again.status, 422);
    } finally {
      await own.close();
    }
  });
});
