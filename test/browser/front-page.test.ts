/**
 * The front page in Chromium: the newest story leads with its picture (the publisher's https
 * address, allowed by the CSP), sections per source and per topic follow; axe-core finds nothing
 * in the light or the dark palette, and nothing scrolls sideways, at a desktop's and a phone's
 * width. An article printed (print media emulated) keeps its text and drops the comment form.
 *
 * Nothing leaves the machine: every request not for the desk is answered by the test itself.
 * Needs Debian's Chromium at /usr/bin/chromium (never downloaded). Without it the suite is
 * skipped, except under CI=true, where a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Article } from '../../src/store/schema.js';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, skipReason, viewports } from '../support/browser.js';
import { makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

// A 1×1 PNG, to answer the lead images' requests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const IMAGES = 'https://images.publisher.example';
const longUrl = `https://harbour-post.example/${'very-long-path-segment-'.repeat(8)}`;

let browser: Browser;
let desk: TestDesk;
let lead: Article;
let withoutImage: Article;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

interface Visit {
  context: BrowserContext;
  page: Page;
  /** CSP violations and script errors seen while the page was open. */
  problems: string[];
  /** Addresses outside the desk the page asked for (and the test answered). */
  outside: string[];
}

/** axe-core is an inline script: `forAxe` opens the page with the CSP bypassed, so only without it does the CSP count. */
async function open(width: number, height: number, forAxe = false): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: forAxe });
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(desk.url)) return route.continue();
    outside.push(url);
    if (url.startsWith(IMAGES)) return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    return route.fulfill({ status: 204 });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems, outside };
}

/** The page's background colour as the browser computed it, e.g. "rgb(22, 24, 27)". */
function background(page: Page): Promise<string> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { document: { body: unknown }; getComputedStyle(e: unknown): { backgroundColor: string } };
    return g.getComputedStyle(g.document.body).backgroundColor;
  });
}

function isVisible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().isVisible();
}

describe('the front page and printed articles in a browser', { skip: skipReason }, () => {
  before(async () => {
    browser = await launchChromium();
    desk = await startTestDesk({ settings: { articlesPerPage: 5 } });
    const post = await makeSource(desk.desk, { title: 'Harbour Post', slug: 'harbour-post' });
    const times = await makeSource(desk.desk, { title: 'Valley Times', slug: 'valley-times' });
    const courier = await makeSource(desk.desk, { title: 'Evening Courier', slug: 'evening-courier' });
    const stories: [typeof post, string, number, string | null, string[]][] = [
      [times, 'Bridge repairs finish early', 6, `${IMAGES}/bridge.png`, ['transport']],
      [courier, 'Library extends its opening hours', 5, null, ['culture']],
      [post, 'Ferry timetable changes for winter', 4, `${IMAGES}/ferry.png`, ['transport', 'harbour']],
      [times, 'Council votes on the new budget', 3, null, ['politics']],
      [courier, 'Choir wins the regional prize', 2, `${IMAGES}/choir.png`, ['culture']],
      [post, 'Night buses return to the harbour', 1, null, ['transport', 'harbour']],
    ];
    const made: Article[] = [];
    for (const [source, title, days, image, topics] of stories) {
      made.push(await makeArticle(desk.desk, source, { title, published_at: daysAgo(days), image_url: image, topics: JSON.stringify(topics) }));
    }
    lead = await makeArticle(desk.desk, post, {
      title: 'Storm barrier closes for the first time',
      published_at: daysAgo(0),
      image_url: `${IMAGES}/barrier.png`,
      topics: JSON.stringify(['harbour']),
      excerpt_html: `<p>The barrier closed at noon. The full report is at <a href="${longUrl}">${longUrl}</a>.</p>`,
    });
    withoutImage = made[5]!;
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const viewport of viewports) {
    test(`${viewport.name}: the newest story leads with its picture, loaded under the CSP; sections per source and topic follow`, async () => {
      const { context, page, problems, outside } = await open(viewport.width, viewport.height);
      try {
        await page.goto(`${desk.url}/`, { waitUntil: 'load' });
        // The lead: the newest article, first, with its image loaded from the publisher's https address.
        const first = page.locator('ol.article-list > li').first();
        assert.equal(await first.getAttribute('class'), 'lead-item');
        assert.equal(await first.locator('.card-title').innerText(), lead.title);
        const leadImage = first.locator('img.lead-image');
        assert.equal(await leadImage.getAttribute('src'), `${IMAGES}/barrier.png`);
        assert.equal(await leadImage.getAttribute('alt'), '');
        assert.equal(await leadImage.getAttribute('referrerpolicy'), 'no-referrer');
        await page.waitForFunction(() => {
          const g = globalThis as unknown as { document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null } };
          const img = g.document.querySelector('.lead-item img');
          return img !== null && img.complete && img.naturalWidth > 0;
        });
        // Its box was laid out before the image arrived: 16:9 of the column, not the 1×1 picture.
        const box = await leadImage.boundingBox();
        assert.ok(box && box.width > 200 && Math.abs(box.width / box.height - 16 / 9) < 0.05, `lead image box ${JSON.stringify(box)}`);
        assert.ok(outside.includes(`${IMAGES}/barrier.png`), outside.join('\n'));
        // A card without a picture has no image, and the next ones keep their thumbnails, lazily.
        assert.equal(await page.locator(`li:has(a[href="/articles/${withoutImage.slug}"]) img`).count(), 0);
        assert.equal(await page.locator('img.lead-image-thumb').first().getAttribute('loading'), 'lazy');

        // Sections per source and per topic, each heading with its link to the full list.
        assert.ok(await page.getByRole('heading', { level: 2, name: 'By source' }).isVisible());
        assert.ok(await page.getByRole('heading', { level: 2, name: 'By topic' }).isVisible());
        assert.deepEqual(await page.locator('#by-source-title + .home-section-grid h3').allInnerTexts(), ['Harbour Post', 'Evening Courier', 'Valley Times']);
        assert.deepEqual(await page.locator('#by-topic-title + .home-section-grid h3').allInnerTexts(), ['harbour', 'transport', 'culture']);
        await assertNoHorizontalOverflow(page, 'the front page');
        await page.getByRole('link', { name: 'All articles on transport' }).click();
        await page.waitForURL(`${desk.url}/topics/transport`);
        assert.deepEqual(await page.locator('.card-title').allInnerTexts(), ['Night buses return to the harbour', 'Ferry timetable changes for winter', 'Bridge repairs finish early']);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`${viewport.name}: the front page and a topic page are axe-clean in the light and the dark palette, with no sideways scroll`, async () => {
      const { context, page, problems } = await open(viewport.width, viewport.height, true);
      try {
        await page.goto(`${desk.url}/topics/transport`, { waitUntil: 'load' });
        await assertAccessible(page, 'a topic page');
        await assertNoHorizontalOverflow(page, 'a topic page');
        await page.goto(`${desk.url}/`, { waitUntil: 'load' });
        await assertAccessible(page, 'the front page, light');
        await assertNoHorizontalOverflow(page, 'the front page, light');
        const light = await background(page);

        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await background(page);
        assert.notEqual(dark, light, 'the dark palette applies');
        assert.equal(dark, 'rgb(22, 24, 27)');
        await assertAccessible(page, 'the front page, dark');
        await assertNoHorizontalOverflow(page, 'the front page, dark');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`${viewport.name}: an article in light, dark and print: its picture, no form or navigation on paper, links with their addresses`, async () => {
      const { context, page, problems } = await open(viewport.width, viewport.height, true);
      try {
        await page.goto(`${desk.url}/articles/${lead.slug}`, { waitUntil: 'load' });
        assert.equal(await page.locator('.article header img.lead-image').getAttribute('src'), `${IMAGES}/barrier.png`);
        assert.ok(await isVisible(page, '#commentform'));
        assert.ok(await isVisible(page, '.site-header nav'));
        await assertAccessible(page, 'an article, light');
        await assertNoHorizontalOverflow(page, 'an article, light');
        await page.emulateMedia({ colorScheme: 'dark' });
        await assertAccessible(page, 'an article, dark');

        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        for (const hidden of ['#commentform', '#respond', '.site-header nav', '.site-search', '.site-footer']) {
          assert.equal(await isVisible(page, hidden), false, `${hidden} is not printed`);
        }
        assert.ok(await isVisible(page, '.article .excerpt'));
        assert.equal(await background(page), 'rgb(255, 255, 255)', 'paper is white, whatever the screen’s palette');
        const printedAddress = await page.evaluate(() => {
          const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; getComputedStyle(e: unknown, pseudo: string): { content: string } };
          return g.getComputedStyle(g.document.querySelector('.read-further a'), '::after').content;
        });
        assert.ok(printedAddress.includes(lead.url), `the printed link shows its address: ${printedAddress}`);
        await assertAccessible(page, 'an article, printed');
        await assertNoHorizontalOverflow(page, 'an article, printed');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
