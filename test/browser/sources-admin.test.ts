/**
 * Adding a source in a real Chromium at desktop and phone widths: an editor gives a page of a
 * local publisher, chooses one of the two feeds it announces, previews it, saves it, and lands
 * on the source's page. Every page on the way passes axe-core (WCAG 2.1 A/AA) and does not
 * scroll sideways. The back office sends no script; axe-core is injected past the CSP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, skipReason, viewports } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { serve, startPublisher, type Publisher } from '../support/publisher.js';
import { addStaff } from '../http/admin-helpers.js';
import { deskJobs } from '../../src/jobs/desk-jobs.js';
import { startJobWorker } from '../../src/jobs/worker.js';
import { logFileTransport } from '../../src/mail/sender.js';
import { localIngestDeps } from '../support/ingest.js';

let browser: Browser;
let desk: TestDesk;
let publisher: Publisher;

const rss = (title: string, items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${publisher.url}/</link><description>d</description>${Array.from(
    { length: items },
    (_, i) => `<item><guid>${title}-${i}</guid><title>${title} story number ${i} with a rather long headline to wrap at phone width</title><link>${publisher.url}/a-very-long-path/that-goes-on/${title}/${i}</link><pubDate>${new Date(Date.UTC(2026, 10, 1 + i)).toUTCString()}</pubDate><description>Text.</description></item>`,
  ).join('')}</channel></rss>`;

async function checkPage(page: Page, what: string): Promise<void> {
  await assertAccessible(page, what);
  await assertNoHorizontalOverflow(page, what);
}

describe('adding a source in a browser', { skip: skipReason }, () => {
  before(async () => {
    browser = await launchChromium();
    publisher = await startPublisher();
    desk = await startTestDesk({ config: { allowPrivateFeeds: true } });
  });
  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close(), publisher?.close()]);
  });

  for (const viewport of viewports) {
    test(`at ${viewport.name} width (${viewport.width} px): discover, choose, preview, save`, async () => {
      const base = `/${viewport.name}`;
      publisher.route(
        `${base}/`,
        serve(
          `<!doctype html><html><head><title>Paper</title><link rel="alternate" type="application/rss+xml" href="${base}/news.rss"><link rel="alternate" type="application/rss+xml" href="${base}/culture.rss"></head><body>Home</body></html>`,
          { 'content-type': 'text/html; charset=utf-8' },
        ),
      );
      publisher.route(`${base}/news.rss`, serve(rss(`${viewport.name} news`, 3)));
      publisher.route(`${base}/culture.rss`, serve(rss(`${viewport.name} culture`, 4)));
      const editor = await addStaff(desk.desk, 'editor');
      const existing = await makeSource(desk.desk, { title: `Existing at ${viewport.name} width`, feed_url: `${publisher.url}${base}/existing-feed-with-a-long-address.rss`, last_error: 'The server answered 500 Internal Server Error', error_count: 2 });
      await makeArticle(desk.desk, existing);

      const context = await browser.newContext({ bypassCSP: true, viewport: { width: viewport.width, height: viewport.height } });
      context.setDefaultTimeout(20_000);
      try {
        const page = await context.newPage();
        await page.goto(`${desk.url}/admin/login?next=%2Fadmin%2Fsources`);
        await page.getByRole('textbox', { name: 'Email' }).fill(editor.email);
        await page.getByLabel('Password', { exact: true }).fill(editor.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${desk.url}/admin/sources`);
        await checkPage(page, 'the sources list');

        await page.getByRole('link', { name: 'Add a source' }).click();
        await page.waitForURL(`${desk.url}/admin/sources/new`);
        await checkPage(page, 'the add-source page');

        await page.getByLabel('Address of the site or its feed').fill(`${publisher.url}${base}/`);
        await page.getByRole('button', { name: 'Find feeds' }).click();
        await page.getByRole('heading', { name: `Latest items in ${viewport.name} news` }).waitFor();
        assert.equal(await page.getByRole('radio').count(), 2, 'both announced feeds are offered');
        await checkPage(page, 'the feeds found');

        await page.getByRole('radio', { name: new RegExp(`${viewport.name} culture`) }).check();
        await page.getByRole('button', { name: 'Preview the chosen feed' }).click();
        await page.getByRole('heading', { name: `Latest items in ${viewport.name} culture` }).waitFor();
        assert.equal(await page.locator('.feed-preview li').count(), 4);
        assert.ok(await page.getByRole('radio', { name: new RegExp(`${viewport.name} culture`) }).isChecked(), 'the choice is kept');
        await checkPage(page, 'the preview of the chosen feed');

        await page.getByLabel('Name').fill(`Culture (${viewport.name})`);
        await page.getByLabel('Fetch every (minutes)').fill('soon');
        await page.getByRole('button', { name: 'Add this source' }).click();
        await page.getByRole('alert').waitFor();
        assert.match(await page.locator('#interval-error').innerText(), /whole number of minutes/);
        await checkPage(page, 'the add form with an error');

        await page.getByLabel('Fetch every (minutes)').fill('60');
        await page.getByRole('button', { name: 'Add this source' }).click();
        await page.waitForURL(/\/admin\/sources\/\d+\?done=added$/);
        assert.equal((await page.locator('h1').innerText()).trim(), `Culture (${viewport.name})`);
        assert.equal((await page.getByRole('status').innerText()).trim(), 'The source was added; it is fetched within a minute.');
        await checkPage(page, 'the new source’s page');

        await page.goto(`${desk.url}/admin/sources/${existing.id}/remove`);
        await checkPage(page, 'the remove page');
        await page.goto(`${desk.url}/admin/sources/import`);
        await checkPage(page, 'the import page');
        publisher.route(`${base}/imported.rss`, serve(rss(`${viewport.name} imported`, 2)));
        await page.getByLabel("The OPML file's text").fill(`<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline type="rss" text="Imported" xmlUrl="${publisher.url}${base}/imported.rss"/></body></opml>`);
        await page.getByRole('button', { name: 'Import' }).click();
        await page.waitForURL(/\/admin\/sources\/imports\/\d+$/);
        assert.match(await page.locator('.import-progress').innerText(), /0 of 1 checked/);
        await checkPage(page, 'the import’s progress page');
        // The import job runs (here, in this process); the page follows it without being reloaded.
        const worker = startJobWorker({ db: desk.desk.store.db, registry: deskJobs(), services: { ingestDeps: () => localIngestDeps(desk.desk.store.db), mailTransport: logFileTransport(`${desk.dbPath}.mail.log`, 'Desk <desk@news.test>') }, pollMs: 20, scheduleEveryMs: null });
        try {
          await page.locator('.import-progress', { hasText: '1 of 1 checked' }).waitFor();
        } finally {
          await worker.stop();
        }
        assert.equal(await page.evaluate(() => (globalThis as unknown as { performance: { getEntriesByType(t: string): unknown[] } }).performance.getEntriesByType('navigation').length), 1, 'the same page, updated in place');
        await checkPage(page, 'the finished import');
        await page.goto(`${desk.url}/admin/sources`);
        assert.equal(await page.locator(`tr#source-${existing.id}`).count(), 1);
        await checkPage(page, 'the sources list with the new source');
      } finally {
        await context.close();
      }
    });
  }
});
