import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eraseAddress } from '../../src/commands/privacy.js';
import { rollbackSpamModel } from '../../src/commands/spam-model.js';
import { operator } from '../../src/commands/actor.js';
import { discussionContext } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { changeCommentStatus } from '../support/comments.js';
import { currentSpamModel, refreshSpamModel } from '../../src/discussion/spam/model-store.js';
import { scoreComment } from '../../src/discussion/spam/model.js';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import type { JobContext, JobServices } from '../../src/jobs/registry.js';
import { commandLine } from '../../src/store/audit.js';
import { listJobs } from '../../src/store/jobs.js';
import type { Article, CommentStatus } from '../../src/store/schema.js';
import { activeSpamModelVersion, listSpamModels } from '../../src/store/spam-models.js';
import { makeArticle, makeComment, makeSource, quickSettings, startTestDesk, type TestDesk } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';
import { firefox, zephyrNewcomer, zephyrSpam } from '../support/spam-fixtures.js';

/*
 * The desk's own model end to end, on a real server and SQLite file: a moderator's verdict
 * queues a retraining job (never done on the request), the job stores a new version that then
 * decides new comments and is named on them, a bad version can be rolled back, and what the
 * rules or bots caught never trains it.
 */

describe('the desk’s spam model learns from its moderators in a job', () => {
  let t: TestDesk;
  let article: Article;
  let n = 0;
  const db = () => t.desk.store.db;

  before(async () => {
    t = await startTestDesk({ settings: quickSettings });
    article = await makeArticle(t.desk, await makeSource(t.desk));
  });
  after(() => t.close());

  const row = (author: string, email: string, body: string, status: CommentStatus, reason = 'held: first comment') => {
    n++;
    return makeComment(t.desk, article, { author, email, body, status, reason, clientHash: clientHash(t.desk.context.secret, `elsewhere-${n}`), userAgent: firefox, minutesAgo: 900 - n });
  };
  const moderate = async (id: number, status: CommentStatus) => changeCommentStatus(await discussionContext(t.desk.context), id, status, commandLine);
  const post = async (author: string, email: string, body: string) => {
    const reader = new Browserish(t.url);
    const page = await reader.get(`/articles/${article.slug}`);
    const res = await reader.post(`/articles/${article.slug}/comments`, { form_token: inputValue(page.html, 'form_token'), _csrf: inputValue(page.html, '_csrf'), comment: body, author, email });
    assert.equal(res.status, 303);
    return db().selectFrom('comments').selectAll().where('body_markdown', '=', body).executeTakeFirstOrThrow();
  };
  /** Runs the queued retraining as the worker would (the job's own code, through the registry). */
  const runQueuedRefresh = async () => {
    const queued = await listJobs(db(), { kind: 'spam-model-refresh', state: 'queued' });
    assert.equal(queued.length, 1, 'one retraining is queued, however many verdicts asked for it');
    const context: JobContext = { db: db(), services: {} as JobServices, signal: new AbortController().signal, now: () => new Date(), log: () => {} };
    const line = await deskJobs().get('spam-model-refresh')!.execute(JSON.parse(queued[0]!.payload), context);
    await db().updateTable('jobs').set({ state: 'done' }).where('id', '=', queued[0]!.id).execute();
    return line;
  };

  test('bot-caught rows and the rules’ own decisions queue nothing and train nothing', async () => {
    for (let i = 0; i < 20; i++) await row(`Visitor ${i}`, `bot${i}@mailer.example`, `${zephyrSpam[i % zephyrSpam.length]} ${i}`, 'spam', 'spam: hidden field filled');
    assert.equal((await listJobs(db(), { kind: 'spam-model-refresh' })).length, 0);
    const context: JobContext = { db: db(), services: {} as JobServices, signal: new AbortController().signal, now: () => new Date(), log: () => {} };
    assert.match((await deskJobs().get('spam-model-refresh')!.execute({}, context)) ?? '', /no verdicts yet/);
    assert.equal(await activeSpamModelVersion(db()), 0);
  });

  test('verdicts queue one job; its new version catches a similar comment and is named on it', async () => {
    await row(zephyrNewcomer.authorName, zephyrNewcomer.authorEmail, 'The bridge repairs look well planned.', 'approved', 'approved: test');
    const before = scoreComment(currentSpamModel(db()), { text: zephyrNewcomer.body }).score;
    for (const [i, body] of zephyrSpam.entries()) await moderate((await row(`Reader ${i}`, `reader${i}@example.net`, body, 'pending')).id, 'spam');
    for (let i = 0; i < 4; i++) await moderate((await row(`Neighbour ${i}`, `n${i}@example.net`, `The night buses on route ${i} are late again this week.`, 'pending')).id, 'approved');
    // Nothing changed on the requests: the model in use is still the shipped one.
    assert.equal(currentSpamModel(db()).version, 0);

    assert.match((await runQueuedRefresh()) ?? '', /^spam model v1 trained on 8 spam and 4 genuine verdicts/);
    assert.equal(await activeSpamModelVersion(db()), 1);
    await refreshSpamModel(db());
    const after = scoreComment(currentSpamModel(db()), { text: zephyrNewcomer.body }).score;
    assert.ok(after > before, `score ${before} → ${after}`);

    const stored = await post(zephyrNewcomer.authorName, zephyrNewcomer.authorEmail, zephyrNewcomer.body);
    assert.ok(stored.status === 'pending' || stored.status === 'spam', stored.status_reason);
    assert.match(stored.status_reason, /^(held|spam): score \d+ \(model v1: /);
    assert.equal(stored.spam_model_version, 1);
    const features = JSON.parse(stored.spam_features ?? '[]') as { feature: string; weight: number }[];
    assert.ok(features.some((f) => /zephyr|moonvault|staking|brenna/.test(f.feature)), stored.spam_features ?? '');

    const ordinary = await post(zephyrNewcomer.authorName, zephyrNewcomer.authorEmail, 'Will the council publish the traffic survey before the vote?');
    assert.equal(ordinary.status, 'approved', ordinary.status_reason);
    assert.equal(ordinary.spam_model_version, 1);
    assert.equal(ordinary.spam_features, null);
  });

  test('a bad update is rolled back: the version before decides again, and the log says who did it', async () => {
    assert.equal(await activeSpamModelVersion(db()), 1);
    const result = await rollbackSpamModel(db(), operator);
    assert.deepEqual(result, { kind: 'rolled-back', from: 1, to: 0 });
    assert.equal(currentSpamModel(db()).version, 0);
    const versions = await listSpamModels(db());
    assert.ok(versions[0]!.rolled_back_at);
    const entry = await db().selectFrom('audit_log').selectAll().where('action', '=', 'spam-model.rollback').executeTakeFirstOrThrow();
    assert.equal(entry.actor, 'command line');
    assert.deepEqual(await rollbackSpamModel(db(), operator), { kind: 'shipped' });
  });

  test('a privacy erasure queues a retraining, so the next version learns without the erased website', async () => {
    await db().updateTable('jobs').set({ state: 'done' }).where('kind', '=', 'spam-model-refresh').execute();
    await moderate((await row('Ottoline Brack', 'ottoline@example.net', 'The harbour walk needs better lighting.', 'pending')).id, 'approved');
    await db().updateTable('jobs').set({ state: 'done' }).where('kind', '=', 'spam-model-refresh').execute();
    await eraseAddress(db(), commandLine, 'ottoline@example.net', new Date());
    assert.equal((await listJobs(db(), { kind: 'spam-model-refresh', state: 'queued' })).length, 1);
  });
});
