import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { saveArticleText } from '../../src/store/search-index.js';
import { assertAccessible, launchChromium, skipReason } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/* The search box and page in a real browser: without JavaScript, on a phone's width, WCAG 2.1 AA. */

const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters-xyz';

describe('search in a browser', { skip: skipReason }, () => {
  let browser: Browser;
  let desk: TestDesk;

  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk({ settings: { articlesPerPage: 2 } });
    const source = await makeSource(desk.desk, { slug: 'tidewater-post', title: `Tidewater Post ${longWord}` });
    for (let i = 0; i < 3; i++) {
      const article = await makeArticle(desk.desk, source, { title: `Estuary dredging, part ${i} ${longWord}` });
      await saveArticleText(desk.desk.store.db, article.id, `The estuary café dredging plan ${longWord} went ahead in stage ${i}.`);
    }
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  async function pageWidth(page: Page): Promise<number> {
    return page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  }

  test('the header box searches without JavaScript, and results fit a 360 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${desk.url}/`);
      assert.ok((await pageWidth(page)) <= 360, 'the home page with its search box fits');
      await page.getByRole('search', { name: 'Site' }).getByLabel('Search articles').fill('cafe dredging');
      await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search\?q=cafe\+dredging$/);
      assert.match(await page.locator('#search-count').innerText(), /3 articles match; page 1 of 2\./);
      assert.equal(await page.locator('.search-snippet mark').first().innerText(), 'café');
      assert.ok((await pageWidth(page)) <= 360, `the results are ${await pageWidth(page)} px wide`);
      await page.getByRole('link', { name: 'More results →' }).click();
      assert.match(await page.locator('#search-count').innerText(), /page 2 of 2/);
    } finally {
      await context.close();
    }
  });

  test('the search page passes axe-core (WCAG 2.1 A/AA) with results, with none, and with an invalid filter', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      for (const [path, what] of [
        ['/search?q=estuary', 'results'],
        ['/search?q=zzyzx', 'no results'],
        ['/search', 'the empty search'],
        ['/search?q=estuary&from=2026-02-31', 'an invalid date'],
      ] as const) {
        await page.goto(desk.url + path);
        await assertAccessible(page, `the search page (${what})`);
        assert.ok((await pageWidth(page)) <= 360, `${path} fits 360 px`);
      }
    } finally {
      await context.close();
    }
  });
});
