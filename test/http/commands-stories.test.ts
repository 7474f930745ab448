import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { staffActor } from '../../src/commands/actor.js';
import { mergeStories, splitArticleOut } from '../../src/commands/stories.js';
import { storiesCommand } from '../../src/cli/stories.js';
import { loadConfig } from '../../src/config.js';
import type { Article } from '../../src/store/schema.js';
import { findStoryRow } from '../../src/store/stories.js';
import { addStaff, csrfOn, staffBrowser } from './admin-helpers.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { makeStory } from '../support/stories.js';

/*
 * An editor's word on the stories: merge two stories, split an article out. Both go through
 * one command each, with the role check, the audit entry and the pin that keeps the articles
 * where the editor put them; the command line calls the same commands.
 */

describe('merging stories and splitting an article out', () => {
  let t: TestDesk;
  const articles: Article[] = [];

  before(async () => {
    t = await startTestDesk();
    for (let i = 0; i < 5; i++) articles.push(await makeArticle(t.desk, await makeSource(t.desk), { published_at: new Date(Date.UTC(2026, 11, 1 + i)).toISOString() }));
  });
  after(() => t.close());

  const placement = async (article: Article) =>
    t.desk.store.db.selectFrom('articles').select(['story_id', 'story_pinned']).where('id', '=', article.id).executeTakeFirstOrThrow();
  const audits = async (action: string) => t.desk.store.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  test('a moderator may not; an editor merges, the articles are pinned, the merged story is gone, and the audit says who', async () => {
    const first = await makeStory(t.desk, [articles[0]!, articles[1]!]);
    const second = await makeStory(t.desk, [articles[2]!]);
    const moderator = await addStaff(t.desk, 'moderator');
    assert.equal((await mergeStories(t.desk.store.db, staffActor(moderator.user), { intoStoryId: first, fromStoryId: second })).kind, 'forbidden');
    assert.equal((await placement(articles[2]!)).story_id, second, 'nothing moved');

    const editor = await addStaff(t.desk, 'editor', { name: 'Eda' });
    const merged = await mergeStories(t.desk.store.db, staffActor(editor.user), { intoStoryId: first, fromStoryId: second });
    assert.deepEqual(merged, { kind: 'merged', storyId: first, size: 3, sourceCount: 3 });
    assert.deepEqual(await placement(articles[2]!), { story_id: first, story_pinned: 1 });
    assert.equal(await findStoryRow(t.desk.store.db, second), undefined);
    const row = await findStoryRow(t.desk.store.db, first);
    assert.equal(row?.first_seen_at, articles[0]!.published_at);
    assert.equal(row?.last_seen_at, articles[2]!.published_at);
    const [entry] = await audits('story.merge');
    assert.equal(entry?.user_id, editor.user.id);
    assert.equal(entry?.target_id, String(first));

    assert.equal((await mergeStories(t.desk.store.db, staffActor(editor.user), { intoStoryId: first, fromStoryId: first })).kind, 'invalid');
    assert.equal((await mergeStories(t.desk.store.db, staffActor(editor.user), { intoStoryId: first, fromStoryId: 999_999 })).kind, 'missing');
  });

  test('splitting an article out gives it a story of its own, pinned; the story it left is recounted and keeps a representative', async () => {
    const story = await makeStory(t.desk, [articles[3]!, articles[4]!]);
    const editor = await addStaff(t.desk, 'editor');
    const split = await splitArticleOut(t.desk.store.db, staffActor(editor.user), { articleId: articles[3]!.id });
    assert.equal(split.kind, 'split');
    if (split.kind !== 'split') return;
    assert.deepEqual(await placement(articles[3]!), { story_id: split.storyId, story_pinned: 1 });
    const left = await findStoryRow(t.desk.store.db, story);
    assert.equal(left?.size, 1);
    assert.equal(left?.representative_article_id, articles[4]!.id, 'the representative left, so the earliest remaining one stands in');
    assert.equal(left?.title, articles[4]!.title);
    assert.equal(left?.first_seen_at, articles[4]!.published_at);
    assert.equal((await findStoryRow(t.desk.store.db, split.storyId))?.title, articles[3]!.title);
    assert.equal((await audits('story.split')).length, 1);

    const again = await splitArticleOut(t.desk.store.db, staffActor(editor.user), { articleId: articles[3]!.id });
    assert.equal(again.kind, 'invalid', 'alone in its story: nothing to split from');
  });

  test('in the back office an editor splits an article out and merges stories from the article’s page; a bad number is refused with nothing changed', async () => {
    const a = await makeArticle(t.desk, await makeSource(t.desk));
    const b = await makeArticle(t.desk, await makeSource(t.desk));
    const c = await makeArticle(t.desk, await makeSource(t.desk));
    const story = await makeStory(t.desk, [a, b]);
    const other = await makeStory(t.desk, [c]);
    const { browser: editor } = await staffBrowser(t.url, t.desk, 'editor');
    const page = await editor.get(`/admin/articles/${b.id}/edit`);
    assert.match(page.html, new RegExp(`<a href="/stories/${story}">story #${story}:`));
    const csrf = await csrfOn(editor, `/admin/articles/${b.id}/edit`);

    const refused = await editor.post('/admin/stories/merge', { _csrf: csrf, into: String(story), from: 'twelve', article: String(b.id) });
    assert.equal(refused.status, 422);
    assert.match(refused.html, /Give the number of the other story/);

    const merged = await editor.post('/admin/stories/merge', { _csrf: csrf, into: String(story), from: `#${other}`, article: String(b.id) });
    assert.equal(merged.location, '/admin/articles?done=merge');
    assert.equal((await placement(c)).story_id, story);

    const split = await editor.post(`/admin/articles/${b.id}/split`, { _csrf: csrf });
    assert.equal(split.location, '/admin/articles?done=split');
    assert.notEqual((await placement(b)).story_id, story);
    assert.equal((await placement(b)).story_pinned, 1);

    const noToken = await editor.post(`/admin/articles/${a.id}/split`, {});
    assert.equal(noToken.status, 403, 'CSRF is checked');
  });

  test('the command line merges and splits through the same commands, with a clear line for a mistake', async () => {
    const config = loadConfig({ ...process.env, ...t.storeEnv });
    const a = await makeArticle(t.desk, await makeSource(t.desk));
    const b = await makeArticle(t.desk, await makeSource(t.desk));
    const into = await makeStory(t.desk, [a]);
    const from = await makeStory(t.desk, [b]);
    assert.equal(await storiesCommand(config, ['merge', String(into), String(from)]), 0);
    assert.equal((await placement(b)).story_id, into);
    assert.equal(await storiesCommand(config, ['split', String(b.id)]), 0);
    assert.notEqual((await placement(b)).story_id, into);
    assert.equal(await storiesCommand(config, ['merge', String(into), '999999']), 1);
    await assert.rejects(storiesCommand(config, ['frobnicate']), /stories needs merge or split/);
    const operatorEntries = (await audits('story.merge')).filter((entry) => entry.user_id === null && entry.actor === 'command line');
    assert.equal(operatorEntries.length, 1, 'the command line is named in the audit');
  });
});
