/**
 * The comment queue in a real Chromium, at a desktop's and a phone's width: a bulk moderation
 * (several rows checked, then Approve), "all on this page", and the keyboard shortcuts (j to
 * choose a comment, a to approve it). axe-core checks each state; no page scrolls sideways.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (never downloaded). Without it the suite is
 * skipped, except under CI=true, where a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, type Page } from 'playwright-core';
import { findComment } from '../../src/store/comments.js';
import type { Article } from '../../src/store/schema.js';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, openWatchedSession, skipReason, viewports, type WatchedSession } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { addComment, addStaff } from '../http/admin-helpers.js';

let browser: Browser;
let desk: TestDesk;

type Session = WatchedSession;

function openSession(viewport: { width: number; height: number }): Promise<Session> {
  // axe-core is injected as an inline script, which the desk's CSP refuses; test/browser/csp.test.ts checks the CSP itself.
  return openWatchedSession(browser, { viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });
}

async function signIn(page: Page, next: string): Promise<void> {
  const moderator = await addStaff(desk.desk, 'moderator', { name: 'Mo' });
  await page.goto(`${desk.url}/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByRole('textbox', { name: 'Email' }).fill(moderator.email);
  await page.getByLabel('Password', { exact: true }).fill(moderator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${desk.url}${next}`);
}

async function heldComments(article: Article, names: string[]) {
  const out = [];
  for (const name of names) {
    const text = `A held comment by ${name}, waiting for a moderator.`;
    out.push(await addComment(desk.desk, article, { author_name: name, body_markdown: text, body_html: `<p>${text}</p>`, created_at: new Date(Date.now() - out.length * 1000).toISOString() }));
  }
  return out;
}

async function statusOf(id: number) {
  return (await findComment(desk.desk.store.db, id))?.status;
}

async function checkPage(page: Page, what: string) {
  await assertAccessible(page, what);
  await assertNoHorizontalOverflow(page, what);
  // A stacked table's caption once took one letter's width, a word a line.
  for (const caption of await page.locator('table caption').all()) {
    const height = await caption.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height < 100, `${what}: the table's caption is ${height} px tall`);
  }
}

describe('moderating in a browser', { skip: skipReason }, () => {
  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk();
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const viewport of viewports) {
    test(`${viewport.name}: several rows checked, then Approve; then "all on this page" with its select-all ticking every row`, async () => {
      const session = await openSession(viewport);
      const { page } = session;
      try {
        const article = await makeArticle(desk.desk, await makeSource(desk.desk));
        const [first, second, third] = await heldComments(article, ['Ava', 'Bo', 'Cy']);
        const queue = `/admin/comments?status=pending&article=${article.id}`;
        await signIn(page, queue);
        await checkPage(page, `the pending queue at ${viewport.name} width`);
        assert.equal(await page.locator('#shortcuts-help').isVisible(), true, 'admin.js shows the shortcuts help');

        await page.getByRole('checkbox', { name: 'Select the comment by Ava' }).check();
        await page.getByRole('checkbox', { name: 'Select the comment by Cy' }).check();
        await page.getByLabel('With checked comments').selectOption('approve');
        await page.getByRole('button', { name: 'Apply' }).click();
        await page.waitForURL(/done=approve&n=2/);
        assert.match(await page.getByRole('status').first().innerText(), /2 comments approved\./);
        assert.equal(await statusOf(first!.id), 'approved');
        assert.equal(await statusOf(third!.id), 'approved');
        assert.equal(await statusOf(second!.id), 'pending');
        await checkPage(page, `the queue after a bulk approval at ${viewport.name} width`);

        await heldComments(article, ['Di', 'Ed']);
        await page.goto(`${desk.url}${queue}`);
        await page.getByRole('checkbox', { name: /^All 3 on this page$/ }).check();
        for (const box of await page.locator('input[name="ids"]').all()) assert.equal(await box.isChecked(), true, 'select-all ticks every row');
        await page.getByRole('checkbox', { name: 'Select the comment by Di' }).uncheck();
        assert.equal(await page.getByRole('checkbox', { name: /^All 3 on this page$/ }).isChecked(), false, 'unticking a row unticks "all"');
        await page.getByLabel('With checked comments').selectOption('trash');
        await page.getByRole('button', { name: 'Apply' }).click();
        await page.waitForURL(/done=trash&n=2/);
        assert.equal(await statusOf(second!.id), 'trash');
        const di = (await desk.desk.store.db.selectFrom('comments').select(['id', 'status']).where('article_id', '=', article.id).where('author_name', '=', 'Di').executeTakeFirstOrThrow()).status;
        assert.equal(di, 'pending', 'the unticked row stays');
        assert.deepEqual(session.problems, []);
      } finally {
        await session.context.close();
      }
    });

    test(`${viewport.name}: j chooses the next comment (visibly, and announced), k goes back, a approves it; keys typed into a field do nothing`, async () => {
      const session = await openSession(viewport);
      const { page } = session;
      try {
        const article = await makeArticle(desk.desk, await makeSource(desk.desk));
        const [newest, older, oldest] = await heldComments(article, ['Flo', 'Gus', 'Hal']);
        const queue = `/admin/comments?status=pending&article=${article.id}`;
        await signIn(page, queue);

        await page.getByRole('searchbox', { name: /Search pending comments/ }).fill('ja');
        assert.equal(await page.locator('tr.is-current').count(), 0, 'typing j in the search box chooses nothing');
        await page.getByRole('searchbox', { name: /Search pending comments/ }).blur();

        await page.keyboard.press('j');
        await page.keyboard.press('j');
        await page.keyboard.press('j');
        await page.keyboard.press('k');
        const current = page.locator('tr.is-current');
        assert.equal(await current.count(), 1);
        assert.equal(await current.getAttribute('id'), `comment-${older!.id}`);
        assert.equal(await page.evaluate(() => document.activeElement?.id), `comment-${older!.id}`, 'the current row has the focus');
        const outline = await current.evaluate((row) => getComputedStyle(row).outlineStyle);
        assert.notEqual(outline, 'none', 'the current row is outlined');
        await page.waitForFunction(() => /Comment 2 of 3, by Gus/.test(document.getElementById('queue-announce')?.textContent ?? ''));
        await checkPage(page, `the queue with a chosen comment at ${viewport.name} width`);

        await page.keyboard.press('a');
        await page.waitForURL(/done=approve&n=1/);
        assert.equal(await statusOf(older!.id), 'approved');
        assert.equal(await statusOf(newest!.id), 'pending');
        // The comment that moved into the approved one's place is the current one now.
        await page.locator('tr.is-current').waitFor();
        assert.equal(await page.locator('tr.is-current').getAttribute('id'), `comment-${oldest!.id}`);
        await page.keyboard.press('s');
        await page.waitForURL(/done=spam&n=1/);
        assert.equal(await statusOf(oldest!.id), 'spam');
        await checkPage(page, `the queue after shortcuts at ${viewport.name} width`);

        // In the Spam tab, a is "Not spam", which approves.
        await page.goto(`${desk.url}/admin/comments?status=spam&article=${article.id}`);
        await page.keyboard.press('j');
        await page.keyboard.press('a');
        await page.waitForURL(/done=notspam&n=1/);
        assert.equal(await statusOf(oldest!.id), 'approved');
        assert.deepEqual(session.problems, []);
      } finally {
        await session.context.close();
      }
    });
  }

  test('phone width: the settings page and the audit log stay within the screen, accessible', async () => {
    const session = await openSession(viewports[1]);
    const { page } = session;
    try {
      const admin = await addStaff(desk.desk, 'admin');
      await page.goto(`${desk.url}/admin/login?next=%2Fadmin%2Fsettings`);
      await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
      await page.getByLabel('Password', { exact: true }).fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${desk.url}/admin/settings`);
      await checkPage(page, 'the settings page at phone width');
      await page.goto(`${desk.url}/admin/audit`);
      await page.locator('.audit-details summary').first().click();
      await checkPage(page, 'the audit log at phone width');
      assert.deepEqual(session.problems, []);
    } finally {
      await session.context.close();
    }
  });
});
