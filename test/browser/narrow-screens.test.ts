import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { makeApprovedComment, makeArticle, makeComment, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';
import { assertNoHorizontalOverflow, launchChromium, skipReason } from '../support/browser.js';
import { addStaff, type StaffAccount } from '../http/admin-helpers.js';
import { makeStory } from '../support/stories.js';
import { saveArticleAnalysis } from '../../src/store/entities.js';
import { slugify } from '../../src/store/slugs.js';

/*
 * Long unbroken words (names, chemical terms, URLs) must not widen the page past a phone's
 * screen: every public page, and every back-office page (its tables become stacked rows).
 */

const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters-xyz'; // 77 characters
const longUrl = `https://example.org/${'a'.repeat(120)}`;

describe('pages on narrow screens', { skip: skipReason }, () => {
  let browser: Browser;
  let desk: TestDesk;
  let slug: string;
  let storyId: number;
  let articleId: number;
  let sourceSlug: string;
  let sourceId: number;
  let commentId: number;
  let admin: StaffAccount;

  before(async () => {
    browser = await launchChromium();
    // Two articles a page, so the home page has a second page and its sections.
    desk = await startTestDesk({ settings: { articlesPerPage: 2 } });
    const source = await makeSource(desk.desk, { title: `Source ${longWord}` });
    sourceId = source.id;
    const article = await makeArticle(desk.desk, source, {
      title: `A headline with ${longWord} in it`,
      author: longWord,
      excerpt_html: `<p>The excerpt says ${longWord} and links <a href="${longUrl}">${longUrl}</a>.</p>`,
      image_url: `${longUrl}.jpg`,
      topics: JSON.stringify([longWord.slice(0, 40).toLowerCase()]),
    });
    slug = article.slug;
    articleId = article.id;
    sourceSlug = source.slug;
    await makeArticle(desk.desk, source, { title: `Second ${longWord}`, topics: JSON.stringify([longWord.slice(0, 40).toLowerCase()]), image_url: `${longUrl}.png` });
    const other = await makeArticle(desk.desk, await makeSource(desk.desk, { title: `Courier ${longWord}` }), { title: `Another version: ${longWord}` });
    storyId = await makeStory(desk.desk, [article, other]);
    await saveArticleAnalysis(desk.desk.store.db, article.id, [{ type: 'ORG', name: `Board ${longWord}`, aliases: [], mentions: 1 }], [{ position: 0, text: `Quoted ${longWord} ${longUrl}`, speakerName: longWord, speakerEntity: null }], new Date().toISOString());
    const body = `A reader writes ${longWord} and pastes ${longUrl}`;
    commentId = (await makeApprovedComment(desk.desk, article, longWord, body)).id;
    await makeComment(desk.desk, article, { author: `Held ${longWord}`, body: `Held: ${body}`, status: 'pending', email: `${'a'.repeat(60)}@${'b'.repeat(60)}.example` });
    admin = await addStaff(desk.desk, 'admin', { name: longWord });
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  /** Opens each path and fails on the first that scrolls sideways. */
  async function checkAll(page: Page, paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      const response = await page.goto(desk.url + path);
      assert.ok(response && response.status() < 500, `${path} answered ${response?.status()}`);
      assert.equal(new URL(page.url()).pathname, path.split('?', 1)[0], `${path} was answered where it was asked (not sent to sign in)`);
      await assertNoHorizontalOverflow(page, path);
    }
  }

  for (const width of [360, 390]) {
    test(`at ${width} px every public page fits the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        const topic = encodeURIComponent(longWord.slice(0, 40).toLowerCase());
        await checkAll(page, [
          '/',
          '/?page=2',
          `/articles/${slug}`,
          `/articles/${slug}?replytocom=${commentId}`,
          '/stories',
          `/stories/${storyId}`,
          '/entities',
          `/entities/${slugify(`Board ${longWord}`)}`,
          '/sources',
          `/sources/${sourceSlug}`,
          `/topics/${topic}`,
          `/search?q=${encodeURIComponent(longWord)}`,
          '/privacy',
          '/no-such-page',
        ]);
      } finally {
        await context.close();
      }
    });

    test(`at ${width} px the back office fits the screen: sign-in, dashboard, comments, articles, sources, settings, users, own account, audit`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        await checkAll(page, ['/admin/login']);
        await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
        await page.getByLabel('Password', { exact: true }).fill(admin.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(`${desk.url}/admin`);
        await checkAll(page, ['/admin', '/admin/comments', '/admin/comments?status=approved', '/admin/articles', `/admin/articles/${articleId}/edit`, '/admin/sources', '/admin/sources/new', `/admin/sources/${sourceId}`, `/admin/sources/${sourceId}/remove`, '/admin/sources/import', '/admin/settings', '/admin/users', '/admin/account', '/admin/audit']);
      } finally {
        await context.close();
      }
    });
  }
});
