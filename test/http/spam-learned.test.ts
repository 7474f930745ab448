import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { discussionContext, openDesk, type Desk } from '../../src/desk.js';
import { clientHash } from '../../src/discussion/identity.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { changeCommentStatus } from '../../src/discussion/moderate.js';
import { LEARNED_HOLD_PROBABILITY, spamProbability } from '../../src/discussion/spam/bayes.js';
import { learnedModel } from '../../src/discussion/spam/bayes-store.js';
import { commandLine } from '../../src/store/audit.js';
import { insertComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { saveSetting, type Settings } from '../../src/store/settings.js';
import { buildServer } from '../../src/web/server.js';
import { makeArticle, makeSource } from '../support/desk.js';
import { Browserish, inputValue } from '../support/http.js';

/*
 * The learned filter end to end: a real server on a real SQLite file. Moderators mark a few
 * comments of a kind nobody wrote a rule for as spam; a similar new comment is then held by
 * the learned filter, saying so.
 */

describe('the learned filter learns from moderation', () => {
  let dir: string;
  let desk: Desk;
  let url: string;
  let close: () => Promise<void>;
  let article: Article;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-learned-'));
    desk = await openDesk({ ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), port: 0 });
    const settings: Partial<Settings> = { minFillSeconds: 0, floodSeconds: 0, commentsPerMinutePerAddress: 0 };
    for (const [key, value] of Object.entries(settings)) await saveSetting(desk.store.db, key as keyof Settings, value as never);
    const app = await buildServer(desk.context);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = async () => {
      await app.close();
      await desk.store.close();
      rmSync(dir, { recursive: true, force: true });
    };
    article = await makeArticle(desk, await makeSource(desk));
  });
  after(() => close());

  const row = (author: string, email: string, body: string, status: 'approved' | 'pending', minutesAgo: number) =>
    insertComment(desk.store.db, {
      article_id: article.id,
      parent_id: null,
      author_name: author,
      author_email: email,
      author_url: null,
      body_markdown: body,
      body_html: renderCommentMarkdown(body),
      status,
      status_reason: status === 'approved' ? 'approved: test' : 'held: first comment',
      client_hash: clientHash(desk.context.secret, `elsewhere-${email}`),
      user_agent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      created_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    });

  test('comments moved to spam teach it; a similar new comment is held by the learned filter', async () => {
    const newcomer = { authorName: 'Quill Harrow', authorEmail: 'quill@example.org', authorUrl: null, body: 'Zephyrcoin moonvault staking pays out every Tuesday, ask Brenna about the moonvault pool.' };
    const before = spamProbability(await learnedModel(desk.store.db), newcomer).probability;
    assert.ok(before < LEARNED_HOLD_PROBABILITY, `before moderation p=${before}`);

    const variants = [
      'Zephyrcoin moonvault staking doubled my savings, ask Brenna.',
      'Join the moonvault pool, zephyrcoin staking pays every Tuesday.',
      'Brenna runs the zephyrcoin moonvault, staking is easy.',
      'Moonvault staking with zephyrcoin, ask Brenna for the pool code.',
      'My zephyrcoin moonvault pool pays out every Tuesday.',
      'Zephyrcoin staking through the moonvault pool, Brenna explains it.',
    ];
    for (const [i, body] of variants.entries()) {
      const held = await row(`Reader ${i}`, `reader${i}@example.net`, body, 'pending', 30 + i);
      await changeCommentStatus(await discussionContext(desk.context), held.id, 'spam', commandLine);
    }

    // A known author (an approved comment already), so the first-comment rule does not decide.
    await row('Quill Harrow', 'quill@example.org', 'The bridge repairs look well planned.', 'approved', 120);
    const reader = new Browserish(url);
    const page = await reader.get(`/articles/${article.slug}`);
    const res = await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page.html, 'form_token'),
      _csrf: inputValue(page.html, '_csrf'),
      comment: newcomer.body,
      author: newcomer.authorName,
      email: newcomer.authorEmail,
    });
    assert.equal(res.status, 303);
    const stored = await desk.store.db.selectFrom('comments').selectAll().where('body_markdown', '=', newcomer.body).executeTakeFirstOrThrow();
    assert.equal(stored.status, 'pending');
    assert.match(stored.status_reason, /^held: looks like spam to the learned filter \(p=0\.\d\d/);
    assert.match(stored.status_reason, /zephyrcoin|moonvault|staking/);

    // An ordinary comment from the same known author is still approved.
    const page2 = await reader.get(`/articles/${article.slug}`);
    await reader.post(`/articles/${article.slug}/comments`, {
      form_token: inputValue(page2.html, 'form_token'),
      _csrf: inputValue(page2.html, '_csrf'),
      comment: 'Will the council publish the traffic survey before the vote?',
      author: newcomer.authorName,
      email: newcomer.authorEmail,
    });
    const ordinary = await desk.store.db.selectFrom('comments').selectAll().where('body_markdown', 'like', 'Will the council%').executeTakeFirstOrThrow();
    assert.equal(ordinary.status, 'approved');
  });
});
