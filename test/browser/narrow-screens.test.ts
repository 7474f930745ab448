import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { makeApprovedComment, makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { launchChromium, skipReason } from '../support/browser.js';
import { makeStory } from '../support/stories.js';
import { saveArticleAnalysis } from '../../src/store/entities.js';
import { slugify } from '../../src/store/slugs.js';

/* Long unbroken words (names, chemical terms, URLs) must not widen the page past a phone's screen. */

const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters-xyz'; // 77 characters
const longUrl = `https://example.org/${'a'.repeat(120)}`;

describe('pages on narrow screens', { skip: skipReason }, () => {
  let browser: Browser;
  let desk: TestDesk;
  let slug: string;
  let storyId: number;

  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk();
    const source = await makeSource(desk.desk, { title: `Source ${longWord}` });
    const article = await makeArticle(desk.desk, source, {
      title: `A headline with ${longWord} in it`,
      author: longWord,
      excerpt_html: `<p>The excerpt says ${longWord} and links <a href="${longUrl}">${longUrl}</a>.</p>`,
    });
    slug = article.slug;
    const other = await makeArticle(desk.desk, await makeSource(desk.desk, { title: `Courier ${longWord}` }), { title: `Another version: ${longWord}` });
    storyId = await makeStory(desk.desk, [article, other]);
    await saveArticleAnalysis(desk.desk.store.db, article.id, [{ type: 'ORG', name: `Board ${longWord}`, aliases: [], mentions: 1 }], [{ position: 0, text: `Quoted ${longWord} ${longUrl}`, speakerName: longWord, speakerEntity: null }], new Date().toISOString());
    const body = `A reader writes ${longWord} and pastes ${longUrl}`;
    await makeApprovedComment(desk.desk, article, longWord, body);
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const width of [360, 390]) {
    test(`at ${width} px the article page, its comments, the home page, the story and entity pages fit the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        for (const path of [`/articles/${slug}`, '/', '/stories', `/stories/${storyId}`, '/entities', `/entities/${slugify(`Board ${longWord}`)}`]) {
          await page.goto(desk.url + path);
          const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `${path} is ${scrollWidth} px wide on a ${width} px screen`);
        }
      } finally {
        await context.close();
      }
    });
  }
});
