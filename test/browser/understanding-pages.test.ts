/**
 * The pages that understand the news, in a real Chromium: axe-core (WCAG 2.1 A/AA) on /stories,
 * a story's page, /entities, a person's page, and an article page carrying "Who said what", its
 * tags and "Also reported by", with and without JavaScript.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, launchChromium, skipReason } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { makeStory } from '../support/stories.js';
import { saveArticleAnalysis } from '../../src/store/entities.js';

describe('story and entity pages in a browser', { skip: skipReason }, () => {
  let browser: Browser;
  let desk: TestDesk;
  let storyId: number;
  let slug: string;

  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk();
    const first = await makeArticle(desk.desk, await makeSource(desk.desk, { title: 'Harbour Gazette' }), { title: 'Ferry strike halts crossings' });
    const second = await makeArticle(desk.desk, await makeSource(desk.desk, { title: 'Valley Courier' }), { title: 'Crews walk out; no ferries today' });
    storyId = await makeStory(desk.desk, [first, second]);
    slug = second.slug;
    const person = { type: 'PERSON' as const, name: 'Marta Quell', aliases: ['Quell'], mentions: 2 };
    const place = { type: 'PLACE' as const, name: 'Lindholm', aliases: [], mentions: 1 };
    await saveArticleAnalysis(desk.desk.store.db, second.id, [person, place], [{ position: 0, text: 'No ferry leaves today', speakerName: 'Marta Quell', speakerEntity: 0 }], new Date().toISOString());
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const js of [false, true]) {
    test(`${js ? 'with' : 'without'} JavaScript the story and entity pages pass axe-core`, async () => {
      // axe-core is a script itself; without JavaScript only the site's own script is kept out.
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const page = await context.newPage();
        if (!js) await page.route(/\/assets\/site\.js$/, (route) => route.abort());
        const pages = [
          ['/stories', 'the story list'],
          [`/stories/${storyId}`, 'a story page'],
          ['/entities', 'the people, organizations and places'],
          ['/entities/marta-quell', 'a person’s page'],
          [`/articles/${slug}`, 'an article with quotes, tags and "Also reported by"'],
        ] as const;
        for (const [path, what] of pages) {
          const response = await page.goto(desk.url + path);
          assert.equal(response?.status(), 200, path);
          await assertAccessible(page, what);
        }
        assert.equal(await page.getByRole('complementary', { name: 'Also reported by' }).count(), 1);
      } finally {
        await context.close();
      }
    });
  }
});
