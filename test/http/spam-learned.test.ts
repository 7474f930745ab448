import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { discussionContext } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { changeCommentStatus } from '../../src/discussion/moderate.js';
import { LEARNED_HOLD_PROBABILITY, spamProbability, type BayesComment, type BayesVerdict } from '../../src/discussion/spam/bayes.js';
import { learnedModel, learnedModelSettled, refreshLearnedModel, warmLearnedModel } from '../../src/discussion/spam/bayes-store.js';
import { commandLine } from '../../src/store/audit.js';
import type { Article, CommentStatus } from '../../src/store/schema.js';
import { makeArticle, makeComment, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { firefox, zephyrNewcomer, zephyrSpam } from '../support/spam-fixtures.js';

/*
 * The learned filter end to end: a real server on a real SQLite file. It learns from what
 * moderators decide (a few comments of a kind nobody wrote a rule for, marked spam, hold a
 * similar new one) and from nothing that rules or bots decided (a flood of honeypot posts
 * does not make a known reader's ordinary words look like spam).
 */


function deskHelpers(get: () => { t: TestDesk; article: Article }) {
  let n = 0;
  return {
    row: (author: string, email: string, body: string, status: CommentStatus, reason: string) => {
      const { t, article } = get();
      n++;
      return makeComment(t.desk, article, { author, email, body, status, reason, clientHash: clientHash(t.desk.context.secret, `elsewhere-${email}`), userAgent: firefox, minutesAgo: 600 - n });
    },
    /** Posts as a reader would: the article page, then its form. Returns the stored row. */
    post: async (author: string, email: string, body: string) => {
      const { t, article } = get();
      const reader = new Browserish(t.url);
      const page = await reader.get(`/articles/${article.slug}`);
      const res = await reader.post(`/articles/${article.slug}/comments`, {
        form_token: inputValue(page.html, 'form_token'),
        _csrf: inputValue(page.html, '_csrf'),
        comment: body,
        author,
        email,
      });
      assert.equal(res.status, 303);
      return t.desk.store.db.selectFrom('comments').selectAll().where('body_markdown', '=', body).executeTakeFirstOrThrow();
    },
    /** The filter's verdict once every background refresh is done. */
    verdict: async (comment: BayesComment): Promise<BayesVerdict> => {
      const db = get().t.desk.store.db;
      await learnedModelSettled(db);
      const model = await learnedModel(db);
      assert.ok(model, 'the model is built');
      return spamProbability(model, comment);
    },
    markSpam: async (id: number) => {
      const { t } = get();
      await changeCommentStatus(await discussionContext(t.desk.context), id, 'spam', commandLine);
    },
  };
}

describe('the learned filter learns from moderation', () => {
  let t: TestDesk;
  let article: Article;
  const { row, post, verdict, markSpam } = deskHelpers(() => ({ t, article }));

  before(async () => {
    t = await startTestDesk({ settings: quickSettings });
    article = await makeArticle(t.desk, await makeSource(t.desk));
    await warmLearnedModel(t.desk.store.db);
  });
  after(async () => {
    await learnedModelSettled(t.desk.store.db);
    await t.close();
  });

  test('comments moved to spam teach it; a similar new comment is held by the learned filter', async () => {
    const newcomer = zephyrNewcomer;
    const before = (await verdict(newcomer)).probability;
    assert.ok(before < LEARNED_HOLD_PROBABILITY, `before moderation p=${before}`);

    const variants = zephyrSpam.slice(0, 6);
    for (const [i, body] of variants.entries()) await markSpam((await row(`Reader ${i}`, `reader${i}@example.net`, body, 'pending', 'held: first comment')).id);
    assert.ok((await verdict(newcomer)).probability >= LEARNED_HOLD_PROBABILITY);

    // A known author (an approved comment already), so the first-comment rule does not decide.
    await row('Quill Harrow', 'quill@example.org', 'The bridge repairs look well planned.', 'approved', 'approved: test');
    const stored = await post(newcomer.authorName, newcomer.authorEmail, newcomer.body);
    assert.equal(stored.status, 'pending');
    assert.match(stored.status_reason, /^held: looks like spam to the learned filter \(p=[01]\.\d\d/);
    assert.match(stored.status_reason, /zephyrcoin|moonvault|staking/);

    // An ordinary comment from the same known author is still approved.
    const ordinary = await post(newcomer.authorName, newcomer.authorEmail, 'Will the council publish the traffic survey before the vote?');
    assert.equal(ordinary.status, 'approved');
  });
});

describe('the learned filter never learns from what rules and bots decided', () => {
  let t: TestDesk;
  let article: Article;
  const { row, post, verdict, markSpam } = deskHelpers(() => ({ t, article }));

  before(async () => {
    t = await startTestDesk({ settings: quickSettings });
    article = await makeArticle(t.desk, await makeSource(t.desk));
    await warmLearnedModel(t.desk.store.db);
  });
  after(async () => {
    await learnedModelSettled(t.desk.store.db);
    await t.close();
  });

  const reader = { name: 'Maren Voss', email: 'maren.voss@example.org' };
  const ordinary = 'Will the council publish the traffic survey before the vote? The night buses on the river route are always full.';
  const readerComment: BayesComment = { authorName: reader.name, authorEmail: reader.email, authorUrl: null, body: ordinary, userAgent: firefox };
  // What a bot that scraped the page would post: the readers' own words, with the reader's name now and then.
  const botBody = (i: number) =>
    [
      `The council should publish the traffic survey before the vote, night buses ${i}.`,
      `Traffic survey and the night buses on the river route, council vote number ${i}.`,
      `Publish the survey! The river route buses are full, says the council ${i}.`,
    ][i % 3]!;
  const botReasons = ['spam: hidden field filled', 'spam: hidden field filled', 'spam: hidden field filled', 'spam: blocked author (email)', 'spam: disallowed word "survey" in text', 'spam: score 85 (spam phrase)', 'spam: Akismet'];

  test('200 bot-caught rows move nothing; a known reader\'s ordinary comment is still approved', async () => {
    await row(reader.name, reader.email, 'Thanks for covering the library hours.', 'approved', 'approved: known author');
    const before = await verdict(readerComment);

    for (let i = 0; i < 200; i++) {
      const author = i % 4 === 0 ? reader.name : `Visitor ${i}`;
      await row(author, `bot${i}@mailer.example`, botBody(i), 'spam', botReasons[i % botReasons.length]!);
    }
    // Neither the reader's next catch-up nor a build from scratch learns from them.
    refreshLearnedModel(t.desk.store.db);
    assert.deepEqual(await verdict(readerComment), before);
    refreshLearnedModel(t.desk.store.db, { rebuild: true });
    assert.deepEqual(await verdict(readerComment), before);

    const stored = await post(reader.name, reader.email, ordinary);
    assert.equal(stored.status, 'approved', stored.status_reason);
  });

  test('a moderator marking comments spam does move it', async () => {
    const before = (await verdict(readerComment)).probability;
    for (let i = 0; i < 12; i++) await markSpam((await row(`Held ${i}`, `held${i}@mailer.example`, `${botBody(i)} (held ${i})`, 'pending', 'held: first comment')).id);
    const after = (await verdict(readerComment)).probability;
    assert.ok(after > before + 0.1, `p ${before} → ${after}`);
  });
});
