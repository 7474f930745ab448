/**
 * The dark palette (prefers-color-scheme: dark) on every kind of page: axe-core finds no WCAG 2.1
 * AA violation (contrast above all) and nothing scrolls sideways, at a desktop's and a phone's
 * width, on the public pages and the back office, including its notices and error states.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (never downloaded). Without it the suite is
 * skipped, except under CI=true, where a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, skipReason, viewports } from '../support/browser.js';
import { makeApprovedComment, makeArticle, makeComment, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { addStaff, type StaffAccount } from '../http/admin-helpers.js';
import { makeStory } from '../support/stories.js';

let browser: Browser;
let desk: TestDesk;
let admin: StaffAccount;
let articleSlug: string;
let storyId: number;
let sourceId: number;

async function checkDark(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(desk.url + path);
    assert.equal(new URL(page.url()).pathname, path.split('?', 1)[0], `${path} was answered where it was asked`);
    await assertAccessible(page, `${path} in the dark palette`);
    await assertNoHorizontalOverflow(page, `${path} in the dark palette`);
  }
}

describe('the dark palette', { skip: skipReason }, () => {
  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk();
    const source = await makeSource(desk.desk, { title: 'Harbour Post', slug: 'harbour-post' });
    sourceId = source.id;
    const other = await makeSource(desk.desk, { title: 'Valley Times', slug: 'valley-times' });
    const article = await makeArticle(desk.desk, source, { title: 'Ferry timetable changes for winter', topics: JSON.stringify(['transport']) });
    const sameStory = await makeArticle(desk.desk, other, { title: 'Winter ferries run later', topics: JSON.stringify(['transport']) });
    articleSlug = article.slug;
    storyId = await makeStory(desk.desk, [article, sameStory]);
    const parent = await makeApprovedComment(desk.desk, article, 'Ada Reader', 'Does it run **later** at night? See https://example.org/timetable');
    await makeApprovedComment(desk.desk, article, 'Ben Reader', 'It does.', parent);
    await makeComment(desk.desk, article, { author: 'Held Reader', body: 'Held for a moderator.', status: 'pending' });
    admin = await addStaff(desk.desk, 'admin', { name: 'Ada Admin' });
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const viewport of viewports) {
    test(`${viewport.name}: public pages, a refused comment and the back office are axe-clean in the dark`, async () => {
      // axe-core is an inline script: the CSP is bypassed for it (test/browser/csp.test.ts checks the policy).
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: 'dark', bypassCSP: true });
      try {
        const page = await context.newPage();
        await checkDark(page, ['/', `/articles/${articleSlug}`, '/stories', `/stories/${storyId}`, '/sources', '/sources/harbour-post', '/topics/transport', '/search?q=ferry', '/privacy', '/no-such-page']);

        // The comment form's error state: the message and the marked fields, in the dark.
        await page.goto(`${desk.url}/articles/${articleSlug}`);
        await page.locator('#comment').fill('A comment without a name.');
        // The browser's own check of required fields would stop the post before the desk sees it.
        await page.locator('#commentform').evaluate((form) => form.setAttribute('novalidate', ''));
        await page.locator('#submit').click();
        await page.waitForSelector('.form-message');
        await assertAccessible(page, 'a refused comment in the dark palette');
        // A preview, set apart from the posted comments.
        await page.locator('#author').fill('Dana Reader');
        await page.getByRole('button', { name: 'Preview' }).click();
        await page.waitForSelector('.comment-preview');
        await assertAccessible(page, 'a comment’s preview in the dark palette');

        await checkDark(page, ['/admin/login']);
        await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
        await page.getByLabel('Password', { exact: true }).fill('not the password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForSelector('.form-message');
        await assertAccessible(page, 'a refused sign-in in the dark palette');
        await page.getByLabel('Password', { exact: true }).fill(admin.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${desk.url}/admin`);
        await checkDark(page, ['/admin', '/admin/comments', '/admin/articles', '/admin/sources', '/admin/sources/new', `/admin/sources/${sourceId}`, '/admin/sources/import', '/admin/settings', '/admin/users', '/admin/account', '/admin/audit']);
      } finally {
        await context.close();
      }
    });
  }
});
