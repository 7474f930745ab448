import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { discussionContext } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { changeCommentStatus } from '../../src/discussion/moderate.js';
import { operator } from '../../src/commands/actor.js';
import { eraseReaderData } from '../../src/commands/privacy.js';
import { LEARNED_HOLD_PROBABILITY, spamProbability, type BayesModel } from '../../src/discussion/spam/bayes.js';
import { learnedModel, learnedModelSettled, learnedModelWork, refreshLearnedModel, warmLearnedModel } from '../../src/discussion/spam/bayes-store.js';
import { commandLine } from '../../src/store/audit.js';
import { openStore, type Store } from '../../src/store/database.js';
import type { Article, CommentStatus } from '../../src/store/schema.js';
import { makeArticle, makeComment, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { firefox, zephyrNewcomer, zephyrSpam } from '../support/spam-fixtures.js';

/*
 * Issue 9, item 4: a verdict never makes a comment post build the model. Work is counted
 * (full builds, comments learned and unlearned), not timed: after each verdict the process
 * learns that one comment in the background, and posts only read the model there is.
 */

const spamBodies = zephyrSpam;
const newcomer = zephyrNewcomer;
/** Six minutes on: past the interval at which posting lets a process look for other nodes' verdicts. */
const later = () => Date.now() + 6 * 60_000;

const copyOf = (model: BayesModel): BayesModel => ({ ...model, spamCounts: new Map(model.spamCounts), hamCounts: new Map(model.hamCounts) });

describe('the learned model is kept current in the background', () => {
  let t: TestDesk;
  let article: Article;
  let n = 0;

  before(async () => {
    t = await startTestDesk({ settings: quickSettings });
    article = await makeArticle(t.desk, await makeSource(t.desk));
  });
  after(async () => {
    await learnedModelSettled(t.desk.store.db);
    await t.close();
  });

  const row = (author: string, email: string, body: string, status: CommentStatus) => {
    n++;
    return makeComment(t.desk, article, { author, email, body, status, clientHash: clientHash(t.desk.context.secret, `elsewhere-${n}`), userAgent: firefox, minutesAgo: 900 - n });
  };
  const moderate = async (id: number, status: CommentStatus) => {
    await changeCommentStatus(await discussionContext(t.desk.context), id, status, commandLine);
  };
  const post = async (body: string) => {
    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    const res = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page.html, 'form_token'),
      _csrf: inputValue(page.html, '_csrf'),
      comment: body,
      author: newcomer.authorName,
      email: newcomer.authorEmail,
    });
    assert.equal(res.status, 303);
    return t.desk.store.db.selectFrom('comments').selectAll().where('body_markdown', '=', body).executeTakeFirstOrThrow();
  };

  test('a new process abstains until its first model, built in the background, is ready', async () => {
    const db = t.desk.store.db;
    assert.equal(await learnedModel(db), null, 'no model is built on the caller’s time');
    assert.equal(learnedModelWork(db).builds, 1, 'the first build has started');
    await warmLearnedModel(db);
    assert.ok(await learnedModel(db));
    assert.equal(learnedModelWork(db).builds, 1);
  });

  test('verdicts between posts: no post builds the model, each verdict is learned once, and the model reflects them', async () => {
    const db = t.desk.store.db;
    await learnedModelSettled(db);
    await row(newcomer.authorName, newcomer.authorEmail, 'The bridge repairs look well planned.', 'approved');
    const start = learnedModelWork(db);
    for (const [i, body] of spamBodies.entries()) {
      await moderate((await row(`Reader ${i}`, `reader${i}@example.net`, body, 'pending')).id, 'spam');
      await post(`A question about the night buses, number ${i}: will the timetable change?`);
      assert.equal(learnedModelWork(db).builds, start.builds, `no build after verdict ${i + 1}`);
    }
    await learnedModelSettled(db);
    assert.deepEqual(learnedModelWork(db), { builds: start.builds, learned: start.learned + spamBodies.length, unlearned: start.unlearned });

    const stored = await post(newcomer.body);
    assert.equal(stored.status, 'pending');
    assert.match(stored.status_reason, /^held: looks like spam to the learned filter/);
  });

  test('approved → spam → approved and a staff edit leave the counts a build from scratch gives', async () => {
    const db = t.desk.store.db;
    const comment = await row('Tamsin Ode', 'tamsin@example.net', 'The ferry timetable printed in the paper is out of date again.', 'pending');
    const start = learnedModelWork(db);
    for (const status of ['approved', 'spam', 'approved'] as const) {
      await moderate(comment.id, status);
      await learnedModelSettled(db);
    }
    assert.deepEqual(learnedModelWork(db), { builds: start.builds, learned: start.learned + 3, unlearned: start.unlearned + 2 });
    const incremental = copyOf((await learnedModel(db))!);
    assert.ok(incremental.hamCounts.has('ferry timetable'));
    assert.ok(!incremental.spamCounts.has('ferry timetable'));

    refreshLearnedModel(db, { rebuild: true });
    await learnedModelSettled(db);
    assert.equal(learnedModelWork(db).builds, start.builds + 1);
    assert.deepStrictEqual((await learnedModel(db))!, incremental);
  });

  test('another node sharing the database catches up with this one’s verdicts from the audit log', async () => {
    const other: Store = openStore({ sqlitePath: t.dbPath, databaseUrl: t.desk.context.config.databaseUrl });
    try {
      await warmLearnedModel(other.db);
      const before = spamProbability((await learnedModel(other.db))!, { ...newcomer, body: 'Sorrelbank quillstone cashback, ask Dorrit about the quillstone club.' });
      const start = learnedModelWork(other.db);
      for (const [i, body] of ['Sorrelbank quillstone cashback for everyone, Dorrit says.', 'Quillstone club cashback with sorrelbank, ask Dorrit.', 'Dorrit and the sorrelbank quillstone club pay cashback.', 'Cashback from the quillstone club at sorrelbank, Dorrit again.'].entries()) {
        await moderate((await row(`Visitor ${i}`, `visitor${i}@example.net`, body, 'pending')).id, 'spam');
      }
      // A post on the other node, once the check interval has passed, lets it read the log.
      await learnedModel(other.db, later());
      await learnedModelSettled(other.db);
      const model = (await learnedModel(other.db))!;
      assert.equal(model.spamCounts.get('quillstone'), 4);
      assert.deepEqual(learnedModelWork(other.db), { builds: start.builds, learned: start.learned + 4, unlearned: start.unlearned });
      const after = spamProbability(model, { ...newcomer, body: 'Sorrelbank quillstone cashback, ask Dorrit about the quillstone club.' });
      assert.ok(after.probability > before.probability, `${before.probability} → ${after.probability}`);
      assert.ok(after.probability >= LEARNED_HOLD_PROBABILITY, String(after.probability));
    } finally {
      await learnedModelSettled(other.db);
      await other.close();
    }
  });

  test('a privacy erasure, which names no comment one by one, rebuilds the model without the reader', async () => {
    const db = t.desk.store.db;
    await learnedModelSettled(db);
    const comment = await row('Ottoline Brack', 'ottoline.brack@example.net', 'The harbour walk needs better lighting after dark.', 'pending');
    await moderate(comment.id, 'approved');
    await learnedModelSettled(db);
    assert.ok((await learnedModel(db))!.hamCounts.has('name:ottoline'));
    const start = learnedModelWork(db);

    await eraseReaderData({ db, secret: 'unused' }, operator, { email: 'ottoline.brack@example.net' });
    await learnedModel(db, later());
    await learnedModelSettled(db);
    assert.equal(learnedModelWork(db).builds, start.builds + 1);
    const model = (await learnedModel(db))!;
    assert.ok(!model.hamCounts.has('name:ottoline'));
    assert.ok(model.hamCounts.has('harbour walk'), 'the text stays, as the comment does');
  });
});
