/**
 * The back office in a real Chromium: a moderator signs in, approves a held comment from the
 * Pending queue and finds it on the public article; axe-core checks the back-office pages.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (never downloaded). Without it the suite is
 * skipped, except under CI=true, where a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Browser, type Page } from 'playwright-core';
import { findComment } from '../../src/store/comments.js';
import { assertAccessible, launchChromium, openWatchedSession, skipReason, type WatchedSession } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { addComment, addStaff } from '../http/admin-helpers.js';

let browser: Browser;
let desk: TestDesk;

type Session = WatchedSession;

function openSession(js: boolean, bypassCSP = false): Promise<Session> {
  return openWatchedSession(browser, { javaScriptEnabled: js, bypassCSP });
}

async function inSession(js: boolean, scenario: (s: Session) => Promise<void>, bypassCSP = false): Promise<void> {
  const session = await openSession(js, bypassCSP);
  try {
    await scenario(session);
    assert.deepEqual(session.problems, [], 'the page reported script, console or HTTP errors');
  } finally {
    await session.context.close();
  }
}

async function signInThroughTheForm(page: Page, email: string, password: string, expectUrl: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(expectUrl);
}

describe('the back office in a browser', { skip: skipReason }, () => {
  before(async () => {
    // The browser first: without one (under CI=true) nothing else is started that would keep the run alive.
    browser = await launchChromium();
    desk = await startTestDesk({ demo: true });
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const js of [false, true]) {
    test(`${js ? 'with' : 'without'} JavaScript: a moderator signs in, approves a held comment from Pending, and it is on the article`, () =>
      inSession(js, async ({ page }) => {
        const moderator = await addStaff(desk.desk, 'moderator', { name: 'Mo' });
        const article = await makeArticle(desk.desk, await makeSource(desk.desk));
        const text = `Held until a moderator reads it (${js ? 'js' : 'no js'}, ${Date.now().toString(36)}).`;
        const held = await addComment(desk.desk, article, { author_name: `Holly ${js ? 'Script' : 'Plain'}`, body_markdown: text, body_html: `<p>${text}</p>`, created_at: new Date().toISOString() });

        await page.goto(`${desk.url}/admin/comments`);
        assert.equal(page.url(), `${desk.url}/admin/login?next=%2Fadmin%2Fcomments`, 'signed out: sent to sign in');
        await signInThroughTheForm(page, moderator.email, moderator.password, `${desk.url}/admin/comments`);

        assert.equal((await page.locator('nav.tabs a[aria-current="page"]').innerText()).replace(/\s+/g, ' ').trim().replace(/\(\d+\)$/, '').trim(), 'Pending');
        const row = page.locator(`tr#comment-${held.id}`);
        assert.equal(await row.count(), 1, 'the held comment is in the Pending queue');
        assert.equal((await row.locator('.status-reason').innerText()).trim(), 'held: first comment');
        assert.equal((await row.locator('.comment-text').innerText()).trim(), text);

        await page.getByRole('button', { name: `Approve the comment by ${held.author_name}`, exact: true }).click();
        await page.waitForURL(/\/admin\/comments\?status=pending&done=approve&n=1$/);
        assert.equal((await page.getByRole('status').innerText()).trim(), '1 comment approved.');
        assert.equal(await page.locator(`tr#comment-${held.id}`).count(), 0, 'no longer pending');
        assert.equal((await findComment(desk.desk.store.db, held.id))?.status, 'approved');

        await page.goto(`${desk.url}/articles/${article.slug}`);
        const item = page.locator(`li#comment-${held.id}`);
        assert.equal(await item.count(), 1, 'the approved comment is on the public page');
        assert.equal((await item.locator('.comment-text').innerText()).trim(), text);
        assert.equal(await item.locator('.moderation-note').count(), 0);
        assert.equal((await page.locator('#comments-title').innerText()).trim(), '1 comment');
      }));
  }

  test('the sign-in page, dashboard, comment queue and the other back-office pages pass axe-core (WCAG 2.1 A/AA)', async () => {
    const admin = await addStaff(desk.desk, 'admin', { name: 'Ada' });
    const article = await makeArticle(desk.desk, await makeSource(desk.desk));
    await addComment(desk.desk, article, { author_url: 'https://reader.example/', spam_score: 64, body_markdown: 'A **held** comment with a [link](https://example.org/).', body_html: '<p>A <strong>held</strong> comment with a <a href="https://example.org/" rel="nofollow ugc noopener">link</a>.</p>' });

    await inSession(
      true,
      async ({ page }) => {
        await page.goto(`${desk.url}/admin/login`);
        await assertAccessible(page, 'the sign-in page');
        await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
        await page.getByLabel('Password', { exact: true }).fill('not the right one');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForLoadState();
        assert.equal(await page.getByRole('alert').count(), 1);
        await assertAccessible(page, 'the sign-in page with its error');

        await page.getByLabel('Password', { exact: true }).fill(admin.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${desk.url}/admin`);
        assert.equal((await page.locator('h1').innerText()).trim(), 'Dashboard');
        await assertAccessible(page, 'the dashboard');

        await page.goto(`${desk.url}/admin/comments`);
        assert.ok((await page.locator('table.comments-table tbody tr').count()) >= 1, 'the queue has rows');
        await assertAccessible(page, 'the comment queue');
        await page.goto(`${desk.url}/admin/comments?status=approved`);
        await assertAccessible(page, 'the approved comments (demo content)');

        for (const [path, what] of [
          ['/admin/articles', 'the articles'],
          [`/admin/articles/${article.id}/edit`, 'the article editor'],
          ['/admin/sources', 'the sources'],
          ['/admin/settings', 'the settings'],
          ['/admin/audit', 'the audit log'],
        ] as const) {
          await page.goto(`${desk.url}${path}`);
          await assertAccessible(page, what);
        }
      },
      true,
    );
  });

  test('keyboard: the skip link comes first and every control shows where focus is', () =>
    inSession(false, async ({ page }) => {
      await page.goto(`${desk.url}/admin/login`);
      await page.keyboard.press('Tab');
      assert.equal((await page.locator(':focus').innerText()).trim(), 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('main#main:focus').count(), 1);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      assert.equal(await focused.getAttribute('id'), 'email', 'the next stop is the email field');
      const outline = await focused.evaluate((el) => {
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(el);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      assert.equal(outline, 'solid 3px', 'a visible focus outline');
    }));
});
