/**
 * Commenting in a real Chromium, at a desktop's width and a phone's: write, preview, post, and
 * read the note under the held comment; the live character count; the reply context; the orders.
 * Every page on the way has no WCAG 2.1 AA violation (axe, run where JavaScript is on) and does
 * not scroll sideways.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { commentLimits } from '../../src/discussion/comment-form.js';
import { findComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, skipReason, viewports } from '../support/browser.js';
import { makeApprovedComment, makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/** The desk refuses a form posted sooner than this after it was rendered. */
const MIN_FILL_SECONDS = 1;

let browser: Browser;
let desk: TestDesk;
let unique = 0;

async function newArticle(): Promise<Article> {
  return makeArticle(desk.desk, await makeSource(desk.desk));
}

/** Opens a page in a fresh context; fails on any script error; always closes the context. */
async function withPage(js: boolean, viewport: (typeof viewports)[number], scenario: (page: Page) => Promise<void>): Promise<void> {
  // axe is injected as a script: the page's CSP (script-src 'self') is bypassed for it, and it needs JavaScript.
  const context = await browser.newContext({ javaScriptEnabled: js, bypassCSP: js, viewport: { width: viewport.width, height: viewport.height } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  try {
    await scenario(page);
    assert.deepEqual(problems, [], 'the page reported script errors');
  } finally {
    await context.close();
  }
}

/** axe where JavaScript runs (the same pages are checked with it on); sideways scrolling always. */
async function checkPage(page: Page, what: string, js = true): Promise<void> {
  if (js) await assertAccessible(page, what);
  await assertNoHorizontalOverflow(page, what);
}

describe('commenting in a browser', { skip: skipReason }, () => {
  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk({ settings: { minFillSeconds: MIN_FILL_SECONDS, floodSeconds: 0 } });
  });
  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const viewport of viewports) {
    for (const js of [true, false]) {
      test(`${viewport.name}, ${js ? 'with' : 'without'} JavaScript: write, preview, post, and read the held note`, () =>
        withPage(js, viewport, async (page) => {
          const article = await newArticle();
          const opened = Date.now();
          assert.equal((await page.goto(`${desk.url}/articles/${article.slug}`))?.status(), 200);
          await checkPage(page, 'the article with an empty comment form', js);
          assert.equal((await page.locator('#comment-limit').innerText()).trim(), `Up to ${commentLimits.comment.toLocaleString('en')} characters.`);
          assert.ok(await page.locator('.formatting-help').isVisible(), 'the formatting help is shown');

          unique++;
          const text = `Some *emphasis* and **weight**, number ${unique}.`;
          await page.getByRole('textbox', { name: 'Comment', exact: true }).fill(text);
          await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Pat Previewer');
          await page.getByRole('textbox', { name: 'Email', exact: true }).fill(`pat${unique}@example.com`);
          if (js) {
            const expected = `${(commentLimits.comment - text.length).toLocaleString('en')} characters left`;
            await page.waitForFunction((want) => document.getElementById('comment-counter')?.textContent === want, expected);
            assert.equal(await page.locator('#comment-counter').getAttribute('aria-live'), 'polite');
          } else {
            assert.equal((await page.locator('#comment-counter').innerText()).trim(), '', 'no counter without JavaScript');
          }

          const previewed = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/articles/${article.slug}/comments`));
          await page.getByRole('button', { name: 'Preview', exact: true }).click();
          assert.equal((await previewed).status(), 200);
          await page.waitForURL(`${desk.url}/articles/${article.slug}/comments#respond`);
          const preview = page.locator('#comment-preview');
          assert.ok(await preview.isVisible(), 'the preview is shown');
          assert.equal(await preview.locator('.comment-text em').innerText(), 'emphasis');
          assert.equal(await preview.locator('.comment-text strong').innerText(), 'weight');
          assert.equal((await preview.locator('.comment-author').innerText()).trim(), 'Pat Previewer');
          assert.equal(await page.getByRole('textbox', { name: 'Comment', exact: true }).inputValue(), text, 'the text is back in the box');
          assert.equal(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue(), 'Pat Previewer');
          await checkPage(page, 'the preview', js);

          const wait = opened + MIN_FILL_SECONDS * 1000 + 100 - Date.now();
          if (wait > 0) await sleep(wait);
          const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/articles/${article.slug}/comments`));
          await page.getByRole('button', { name: 'Post Comment' }).click();
          assert.equal((await posted).status(), 303);
          const landing = new RegExp(`/articles/${article.slug}#comment-(\\d+)$`);
          await page.waitForURL(landing);
          const id = Number(landing.exec(page.url())?.[1]);
          const stored = await findComment(desk.desk.store.db, id);
          assert.equal(stored?.status, 'pending');
          assert.equal(stored?.body_markdown, text);
          const item = page.locator(`li#comment-${id}`);
          assert.equal((await item.locator('.moderation-note').innerText()).trim(), 'Your comment is awaiting moderation.');
          const next = (await item.locator('.moderation-next').innerText()).trim();
          assert.match(next, /one of them will read it/);
          assert.match(next, /Once it is approved it appears here for everyone/);
          assert.match(next, /You will not get an email about it\./);
          assert.equal(await page.locator('#comment-preview').count(), 0, 'the preview is gone once posted');
          await checkPage(page, 'the article with the held comment', js);
        }));
    }

    test(`${viewport.name}: the orders, the comment links, and the reply context (moved form with JavaScript)`, () =>
      withPage(true, viewport, async (page) => {
        const article = await newArticle();
        const first = await makeApprovedComment(desk.desk, article, 'Gil', 'A first opinion that runs on for a good many words before it stops at last.');
        const second = await makeApprovedComment(desk.desk, article, 'Hal', 'A second opinion.');
        await makeApprovedComment(desk.desk, article, 'Ivy', 'Answering Hal.', second);
        await page.goto(`${desk.url}/articles/${article.slug}`);
        await page.getByRole('link', { name: 'Most replied' }).click();
        await page.waitForURL(/\?sort=replies#comments$/);
        const order = await page.locator('li.comment.depth-1').evaluateAll((items) => items.map((item) => item.id));
        assert.deepEqual(order, [`comment-${second.id}`, `comment-${first.id}`]);
        assert.equal(await page.getByRole('link', { name: 'Most replied' }).getAttribute('aria-current'), 'true');
        assert.equal(await page.getByRole('link', { name: 'Link to the comment by Gil' }).getAttribute('href'), `/articles/${article.slug}#comment-${first.id}`);
        assert.equal(await page.locator(`#comment-${first.id} .copy-link`).count(), 1, 'a Copy link button with JavaScript');
        await checkPage(page, 'the comments, most replied first');

        await page.getByRole('link', { name: 'Reply to Gil', exact: true }).click();
        const context = page.locator(`#comment-${first.id} #reply-context`);
        assert.ok(await context.isVisible(), 'the reply context is under the comment, with the form');
        assert.match(await context.innerText(), /^Replying to Gil:\s*A first opinion that runs on/);
        assert.equal(await page.locator('#parent_id').inputValue(), String(first.id));
        await checkPage(page, 'the form moved under a comment');
        await page.getByRole('link', { name: 'Cancel reply' }).click();
        assert.equal(await page.locator('#reply-context').count(), 0, 'cancelling removes the context');
      }));
  }
});
