import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Article } from '../../src/store/schema.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { makeStory } from '../support/stories.js';
import { operator } from '../../src/commands/actor.js';
import { changeSettings } from '../../src/commands/settings.js';

/*
 * The public story pages over stories as the analysis job stores them: /stories, a story's
 * page with every version earliest first, its feeds, and "Also reported by" on article pages.
 */

describe('story pages', () => {
  let t: TestDesk;
  let storyId: number;
  let early: Article;
  let late: Article;
  let hidden: Article;
  let alone: Article;

  before(async () => {
    t = await startTestDesk();
    const harbour = await makeSource(t.desk, { title: 'Harbour Gazette' });
    const valley = await makeSource(t.desk, { title: 'Valley Courier' });
    const hour = 3_600_000;
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour).toISOString();
    early = await makeArticle(t.desk, harbour, { title: 'Ferry strike halts crossings', published_at: at(5) });
    late = await makeArticle(t.desk, valley, { title: 'Crossings stop as ferry crews walk out', published_at: at(2) });
    hidden = await makeArticle(t.desk, valley, { title: 'Withdrawn ferry piece', published_at: at(1), hidden: 1 });
    alone = await makeArticle(t.desk, harbour, { title: 'Library extends its hours', published_at: at(3) });
    storyId = await makeStory(t.desk, [early, late, hidden]);
    await makeStory(t.desk, [alone]);
  });
  after(() => t.close());

  test('/stories lists the story most sources report first, with who reported it', async () => {
    const response = await fetch(`${t.url}/stories`);
    assert.equal(response.status, 200);
    const html = await response.text();
    const ferry = html.indexOf(`href="/stories/${storyId}"`);
    const library = html.indexOf('Library extends its hours');
    assert.ok(ferry > 0 && library > ferry, 'the two-source story comes before the one-source story');
    assert.match(html, /Reported by 2 sources: Harbour Gazette and Valley Courier/);
    assert.match(html, /aria-current="page"[^>]*>\s*Stories/);
  });

  test('a story page shows every visible version, earliest first, and its feeds', async () => {
    const html = await (await fetch(`${t.url}/stories/${storyId}`)).text();
    const first = html.indexOf(`/articles/${early.slug}`);
    const second = html.indexOf(`/articles/${late.slug}`);
    assert.ok(first > 0 && second > first, 'earliest first');
    assert.ok(!html.includes(hidden.slug), 'a hidden article is not listed');
    assert.match(html, new RegExp(`href="/stories/${storyId}/feed.xml"`));
    const feed = await fetch(`${t.url}/stories/${storyId}/feed.xml`);
    assert.equal(feed.status, 200);
    const xml = await feed.text();
    assert.ok(xml.includes(early.title) && xml.includes(late.title) && !xml.includes(hidden.title));
  });

  test('an article page names the other versions; one standing alone names none', async () => {
    const html = await (await fetch(`${t.url}/articles/${late.slug}`)).text();
    assert.match(html, /<h2 id="also-reported-title">Also reported by<\/h2>/);
    assert.ok(html.includes(`href="/articles/${early.slug}"`));
    assert.ok(!html.includes(hidden.slug));
    assert.ok(html.includes(`href="/stories/${storyId}"`));
    const lone = await (await fetch(`${t.url}/articles/${alone.slug}`)).text();
    assert.ok(!lone.includes('Also reported by'));
  });

  test('the home page shows stories several outlets report on top, unless the setting is off', async () => {
    const top = (html: string) => /<section class="top-stories"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const on = top(await (await fetch(`${t.url}/`)).text());
    assert.ok(on.includes(`href="/stories/${storyId}"`), 'the two-source story is a top story');
    assert.ok(on.includes('reported by 2 sources'));
    assert.ok(!on.includes('Library extends its hours'), 'a story of one outlet is not');
    assert.equal((await changeSettings(t.desk.store.db, operator, { homeShowsStories: false })).kind, 'saved');
    assert.equal(top(await (await fetch(`${t.url}/`)).text()), '');
  });

  test('unknown and malformed story addresses are 404 pages', async () => {
    for (const path of ['/stories/999999', '/stories/abc', '/stories/0', `/stories/999999/feed.xml`]) {
      const response = await fetch(`${t.url}${path}`);
      assert.equal(response.status, 404, path);
    }
    assert.equal((await fetch(`${t.url}/stories?page=9`)).status, 404);
  });
});

describe('a desk whose news has gone quiet', () => {
  test('/stories counts its last days of news back from its newest article, not from today', async () => {
    const t = await startTestDesk();
    try {
      const longAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
      const a = await makeArticle(t.desk, await makeSource(t.desk), { title: 'Old bridge reopens', published_at: longAgo(40) });
      const b = await makeArticle(t.desk, await makeSource(t.desk), { title: 'Bridge open again after repairs', published_at: longAgo(39) });
      const older = await makeArticle(t.desk, await makeSource(t.desk), { title: 'Winter storm closes bridge', published_at: longAgo(60) });
      const story = await makeStory(t.desk, [a, b]);
      const olderStory = await makeStory(t.desk, [older]);
      const html = await (await fetch(`${t.url}/stories`)).text();
      assert.ok(html.includes(`href="/stories/${story}"`), 'the story of the newest news is listed');
      assert.ok(!html.includes(`href="/stories/${olderStory}"`), 'one from three weeks before it is not');
    } finally {
      await t.close();
    }
  });
});
