/**
 * End-to-end tests of the reader's side of the discussion, in a real Chromium.
 *
 * Every scenario runs twice: once as most readers see the site (JavaScript on, public/site.js
 * enhancing the form) and once with JavaScript off, where every link and form must still work
 * from server-rendered HTML alone.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (never downloaded). Without it the suite is
 * skipped, except under CI=true, where a missing browser is a failure.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { findComment } from '../../src/store/comments.js';
import type { Article, Comment } from '../../src/store/schema.js';
import { assertAccessible, launchChromium, skipReason } from '../support/browser.js';
import { makeApprovedComment, makeArticle, makeSource, startTestDesk, type TestDesk } from '../support/desk.js';

/** The desk refuses a form posted sooner than this after it was rendered. */
const MIN_FILL_SECONDS = 1;
const MODERATION_NOTE = 'Your comment is awaiting moderation.';

let browser: Browser;
let desk: TestDesk;
let unique = 0;

/** Text no other test has posted, so the duplicate check never interferes. */
function uniqueText(what: string): string {
  unique++;
  return `${what} (note ${unique}, ${Date.now().toString(36)})`;
}

interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught script errors and console errors seen so far. */
  problems: string[];
  /** Every POST the page sent. */
  posts: string[];
}

/** `blocked`: addresses the test itself aborts, whose failure is expected. */
async function openSession(js: boolean, extra: BrowserContextOptions = {}, blocked: RegExp[] = []): Promise<Session> {
  const context = await browser.newContext({ javaScriptEnabled: js, ...extra });
  for (const pattern of blocked) await context.route(pattern, (route) => route.abort());
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  const posts: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are judged below, where the expected ones (a 422 answer) can be told apart.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  page.on('response', (response) => {
    const refusedForm = response.status() === 422 && response.request().method() === 'POST';
    if (response.status() >= 400 && !refusedForm) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // ERR_ABORTED: a load (often the favicon) cut short by the next navigation; not a fault.
    if (reason === 'net::ERR_ABORTED' || blocked.some((pattern) => pattern.test(request.url()))) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  return { context, page, problems, posts };
}

/** Runs one scenario in a fresh context and always closes it; fails on any script or console error. */
async function inSession(js: boolean, scenario: (s: Session) => Promise<void>, extra: BrowserContextOptions = {}, blocked: RegExp[] = []): Promise<void> {
  const session = await openSession(js, extra, blocked);
  try {
    await scenario(session);
    assert.deepEqual(session.problems, [], 'the page reported script or console errors');
  } finally {
    await session.context.close();
  }
}

async function newArticle(): Promise<Article> {
  const source = await makeSource(desk.desk);
  return makeArticle(desk.desk, source);
}

async function approvedComment(article: Article, author: string, body: string, parent: Comment | null = null): Promise<Comment> {
  return makeApprovedComment(desk.desk, article, author, body, parent);
}

/** Opens an article page and returns when it was rendered, for the fill-time rule. */
async function openArticle(page: Page, slug: string, query = ''): Promise<number> {
  const response = await page.goto(`${desk.url}/articles/${slug}${query}`);
  assert.equal(response?.status(), 200, `GET /articles/${slug}${query}`);
  return Date.now();
}

/** Waits until the form rendered at `renderedAt` is old enough that the desk will not call it a bot. */
async function waitFillTime(renderedAt: number): Promise<void> {
  const wait = renderedAt + MIN_FILL_SECONDS * 1000 + 50 - Date.now();
  if (wait > 0) await sleep(wait);
}

function field(page: Page, label: 'Comment' | 'Name' | 'Email' | 'Website') {
  // By accessible name, as assistive technology finds them (the aria-hidden "*" is not part of it).
  return page.getByRole('textbox', { name: label, exact: true });
}

function replyLink(page: Page, author: string) {
  return page.getByRole('link', { name: `Reply to ${author}`, exact: true });
}

function saveDetailsBox(page: Page) {
  return page.getByRole('checkbox', { name: 'Save my name, email, and website in this browser for the next time I comment.' });
}

async function fillForm(page: Page, values: { comment?: string; name?: string; email?: string; website?: string }): Promise<void> {
  if (values.comment !== undefined) await field(page, 'Comment').fill(values.comment);
  if (values.name !== undefined) await field(page, 'Name').fill(values.name);
  if (values.email !== undefined) await field(page, 'Email').fill(values.email);
  if (values.website !== undefined) await field(page, 'Website').fill(values.website);
}

/** Presses "Post Comment" and waits for the page the desk answers with (after any redirect). */
async function postComment(page: Page, slug: string, expect: 'stored' | 'refused'): Promise<{ response: Response; commentId: number }> {
  const responseWait = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/articles/${slug}/comments`));
  await page.getByRole('button', { name: 'Post Comment' }).click();
  const response = await responseWait;
  if (expect === 'refused') {
    assert.equal(response.status(), 422, 'the desk should refuse the form with 422');
    // The form's action ends in #respond, so the refusal opens scrolled to the form, not the article's top.
    await page.waitForURL(`${desk.url}/articles/${slug}/comments#respond`);
    const alert = await page.getByRole('alert').boundingBox();
    const viewport = page.viewportSize();
    assert.ok(alert && viewport && alert.y >= 0 && alert.y + alert.height <= viewport.height, `the refusal message is in view (box ${JSON.stringify(alert)})`);
    return { response, commentId: 0 };
  }
  assert.equal(response.status(), 303, `the desk should accept the form (got ${response.status()})`);
  const landing = new RegExp(`/articles/${slug}#comment-(\\d+)$`);
  await page.waitForURL(landing);
  const id = Number(landing.exec(page.url())?.[1]);
  assert.ok(id > 0, `landed on ${page.url()}`);
  return { response, commentId: id };
}

async function countOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

describe('reader comments in a browser', { skip: skipReason }, () => {
  before(async () => {
    // The browser first: without one (under CI=true) nothing else is started that would keep the run alive.
    browser = await launchChromium();
    desk = await startTestDesk({ settings: { minFillSeconds: MIN_FILL_SECONDS, floodSeconds: 0 }, demo: true });
  });

  after(async () => {
    await Promise.allSettled([browser?.close(), desk?.close()]);
  });

  for (const js of [true, false]) {
    describe(js ? 'with JavaScript' : 'without JavaScript', () => {
      test('a first comment is posted and shown to its author as awaiting moderation', () =>
        inSession(js, async ({ page }) => {
          const article = await newArticle();
          const renderedAt = await openArticle(page, article.slug);
          assert.equal(await page.locator('#reply-title').textContent(), 'Leave a Reply');
          const text = uniqueText('Thanks for covering this, the second paragraph is the important part.');
          await fillForm(page, { comment: text, name: 'Rita Reader', email: 'rita@example.com' });
          await waitFillTime(renderedAt);

          const { commentId } = await postComment(page, article.slug, 'stored');

          const item = page.locator(`li#comment-${commentId}`);
          assert.equal(await item.count(), 1, 'the new comment is on the page');
          assert.match(await item.getAttribute('class') ?? '', /\bcomment\b.*\bpending\b/);
          assert.equal((await item.locator('.comment-text').innerText()).trim(), text);
          assert.equal((await item.locator('.comment-author').innerText()).trim(), 'Rita Reader');
          assert.equal((await item.locator('.moderation-note').innerText()).trim(), MODERATION_NOTE);
          assert.ok(await item.isVisible(), 'the comment is visible');
          // Held comments are not counted or shown to anyone else.
          assert.equal((await page.locator('#comments-title').innerText()).trim(), 'No comments yet');
          const stored = await findComment(desk.desk.store.db, commentId);
          assert.equal(stored?.status, 'pending');
          assert.equal(stored?.body_markdown, text);
          // The form is empty again, ready for another comment.
          assert.equal(await field(page, 'Comment').inputValue(), '');

          const stranger = await browser.newContext({ javaScriptEnabled: js });
          try {
            const other = await stranger.newPage();
            await other.goto(`${desk.url}/articles/${article.slug}`);
            assert.equal(await other.locator(`#comment-${commentId}`).count(), 0, 'another reader must not see a held comment');
          } finally {
            await stranger.close();
          }
        }));

      test('the browser stops an empty email; the desk refuses a bad one and keeps what was typed', () =>
        inSession(js, async ({ page, posts }) => {
          const article = await newArticle();
          const renderedAt = await openArticle(page, article.slug);
          const articleUrl = page.url();
          const text = uniqueText('I think the *quoted line* is taken out of context.');
          await fillForm(page, { comment: text, name: 'Eve Empty' });

          await page.getByRole('button', { name: 'Post Comment' }).click();
          await sleep(300);
          assert.deepEqual(posts, [], 'nothing may be sent while a required field is empty');
          assert.equal(page.url(), articleUrl, 'the page must not change');
          assert.equal(await field(page, 'Comment').inputValue(), text, 'the typed comment is still there');
          assert.equal(await countOf(page, '#email:invalid'), 1, 'the email field is invalid');
          if (js) {
            const missing = await field(page, 'Email').evaluate((el) => (el as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing);
            assert.equal(missing, true, 'email validity.valueMissing');
            assert.equal(await countOf(page, '#email:focus'), 1, 'the browser focuses the field to fix');
          }

          // An address the browser accepts but the desk does not.
          await field(page, 'Email').fill('someone@localhost');
          assert.equal(await countOf(page, '#email:invalid'), 0, 'the browser accepts someone@localhost');
          await waitFillTime(renderedAt);
          await postComment(page, article.slug, 'refused');
          const errorRenderedAt = Date.now();

          const alert = page.getByRole('alert');
          assert.equal(await alert.count(), 1);
          assert.match(await alert.innerText(), /Please correct the marked fields\./);
          const emailRow = page.locator('p.comment-form-email');
          assert.match((await emailRow.getAttribute('class')) ?? '', /\bhas-error\b/);
          assert.equal(await emailRow.locator('#email').count(), 1, 'the error sits beside the email field');
          assert.equal((await emailRow.locator('.field-error').innerText()).trim(), 'Please enter a valid email address, like name@example.com.');
          assert.equal(await page.locator('.field-error').count(), 1, 'only the email field is marked');
          const email = field(page, 'Email');
          assert.equal(await email.getAttribute('aria-invalid'), 'true');
          assert.deepEqual((await email.getAttribute('aria-describedby'))?.split(' ').sort(), ['email-error', 'email-notes']);
          assert.equal(await field(page, 'Comment').inputValue(), text, 'the comment is kept');
          assert.equal(await field(page, 'Name').inputValue(), 'Eve Empty', 'the name is kept');
          assert.equal(await email.inputValue(), 'someone@localhost', 'the refused email is kept to correct');
          assert.equal(await countOf(page, 'li.comment'), 0, 'nothing was stored');

          // Correcting the address and posting again works from the error page.
          await email.fill('eve@example.net');
          await waitFillTime(errorRenderedAt); // the error page carries a fresh form token
          const { commentId } = await postComment(page, article.slug, 'stored');
          assert.equal((await page.locator(`#comment-${commentId} .comment-text`).innerText()).trim(), text.replace('*quoted line*', 'quoted line'));
        }));

      test('a reply nests under the comment it answers', () =>
        inSession(js, async ({ page }) => {
          const article = await newArticle();
          const parent = await approvedComment(article, 'Grace Parent', 'The headline undersells the story.');
          let renderedAt = await openArticle(page, article.slug);
          const articleUrl = page.url();
          assert.equal((await page.locator('#comments-title').innerText()).trim(), '1 comment');

          await replyLink(page, parent.author_name).click();

          const heading = page.locator('#reply-title');
          if (js) {
            // site.js moves the form under the comment without leaving the page.
            assert.equal(page.url(), articleUrl, 'no navigation with JavaScript');
            assert.equal(await countOf(page, `li#comment-${parent.id} > #respond`), 1, 'the form moved under the comment');
            assert.equal(await countOf(page, '#comment:focus'), 1, 'the comment box has focus');
          } else {
            await page.waitForURL(`${desk.url}/articles/${article.slug}?replytocom=${parent.id}#respond`);
            // The reply page is a new render with a new form token: the fill time starts again.
            renderedAt = Date.now();
            assert.equal(await countOf(page, `li#comment-${parent.id} #respond`), 0, 'without JavaScript the form stays in place');
          }
          assert.match(await heading.innerText(), /^Leave a Reply to Grace Parent\b/);
          assert.equal(await heading.getByRole('link', { name: 'Cancel reply' }).count(), 1);
          assert.equal(await page.locator('#parent_id').inputValue(), String(parent.id));

          const text = uniqueText('Agreed, and the source says as much further down.');
          await fillForm(page, { comment: text, name: 'Rafa Replier', email: 'rafa@example.com' });
          await waitFillTime(renderedAt);
          const { commentId } = await postComment(page, article.slug, 'stored');

          const reply = page.locator(`li#comment-${parent.id} > ol.children > li#comment-${commentId}`);
          assert.equal(await reply.count(), 1, 'the reply is inside the parent\'s ol.children');
          assert.match((await reply.getAttribute('class')) ?? '', /\bdepth-2\b/);
          assert.equal((await reply.locator('.comment-text').innerText()).trim(), text);
          assert.equal((await reply.locator('.moderation-note').innerText()).trim(), MODERATION_NOTE);
          assert.equal(await countOf(page, `ol.comment-list > li#comment-${commentId}`), 0, 'the reply is not at the top level');
          assert.equal((await findComment(desk.desk.store.db, commentId))?.parent_id, parent.id);
          // After posting, the form is back to a plain reply to the article.
          assert.equal((await heading.innerText()).trim(), 'Leave a Reply');
          assert.equal(await page.locator('#parent_id').inputValue(), '0');
        }));

      test('the Cancel reply link returns the form to a plain comment', () =>
        inSession(js, async ({ page }) => {
          const article = await newArticle();
          const parent = await approvedComment(article, 'Nora Note', 'A short note.');
          await openArticle(page, article.slug);
          await replyLink(page, parent.author_name).click();
          if (!js) await page.waitForURL(/replytocom=/);
          await page.getByRole('link', { name: 'Cancel reply' }).click();
          if (!js) await page.waitForURL(`${desk.url}/articles/${article.slug}#respond`);
          assert.equal((await page.locator('#reply-title').innerText()).trim(), 'Leave a Reply');
          assert.equal(await page.locator('#parent_id').inputValue(), '0');
          assert.equal(await countOf(page, `li#comment-${parent.id} #respond`), 0, 'the form is back after the comments');
          assert.equal(await countOf(page, '#comments + #respond'), 1);
        }));

      test('pages pass axe-core (WCAG 2.1 A/AA) and the skip link comes first', async () => {
        const article = await newArticle();
        const parent = await approvedComment(article, 'Ada Accessible', 'Does the desk link to the **original**? It should: https://example.org/original');
        await approvedComment(article, 'Ben Blind', 'It does, at the end of the excerpt.', parent);

        // axe-core is itself a script, so it always needs JavaScript: the "without JavaScript"
        // run blocks site.js instead and checks the server-rendered states (?replytocom).
        await inSession(
          true,
          async ({ page }) => {
            await page.goto(`${desk.url}/`);
            assert.ok((await page.locator('ol.article-list > li').count()) > 1, 'the demo desk lists articles');
            await assertAccessible(page, 'the home page');

            let renderedAt = await openArticle(page, article.slug);
            assert.equal(await page.locator('li.comment').count(), 2);
            await assertAccessible(page, 'an article with comments');

            if (js) {
              await replyLink(page, parent.author_name).click();
              assert.equal(await countOf(page, `li#comment-${parent.id} > #respond`), 1);
            } else {
              renderedAt = await openArticle(page, article.slug, `?replytocom=${parent.id}`);
            }
            await assertAccessible(page, 'the reply form');

            await fillForm(page, { comment: uniqueText('Checking the error state.'), name: 'Axe Tester', email: 'someone@localhost', website: 'ftp://files.example.org/' });
            await waitFillTime(renderedAt);
            await postComment(page, article.slug, 'refused');
            assert.equal(await page.locator('.field-error').count(), 2, 'email and website are both marked');
            await assertAccessible(page, 'the refused form (422)');
          },
          { bypassCSP: true },
          js ? [] : [/\/assets\/site\.js$/],
        );

        // Keyboard: the first Tab from the top lands on the skip link, which moves focus into <main>.
        await inSession(js, async ({ page }) => {
          for (const path of ['/', `/articles/${article.slug}`]) {
            await page.goto(`${desk.url}${path}`);
            await page.keyboard.press('Tab');
            const skip = page.locator(':focus');
            assert.equal(await skip.count(), 1, `something has focus after one Tab on ${path}`);
            assert.equal((await skip.innerText()).trim(), 'Skip to content', `first Tab stop on ${path}`);
            assert.equal(await skip.getAttribute('href'), '#main');
            const box = await skip.boundingBox();
            assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, `the focused skip link is on screen on ${path}`);
            await page.keyboard.press('Enter');
            assert.equal(await countOf(page, 'main#main:focus'), 1, `Enter on the skip link focuses <main> on ${path}`);
            await page.keyboard.press('Tab');
            assert.equal(await countOf(page, 'main :focus'), 1, `the next Tab stop is inside <main> on ${path}`);
          }
        });
      });

      test('"Save my details" fills the form next time, and unticking forgets them', () =>
        inSession(js, async ({ context, page }) => {
          const [first, second, third] = [await newArticle(), await newArticle(), await newArticle()];
          const details = { name: 'Sam Saver', email: 'sam@example.com', website: 'https://sam.example.org/' };

          let renderedAt = await openArticle(page, first.slug);
          assert.equal(await saveDetailsBox(page).isChecked(), false, 'unticked by default');
          await fillForm(page, { comment: uniqueText('First comment, please remember me.'), ...details });
          await saveDetailsBox(page).check();
          await waitFillTime(renderedAt);
          await postComment(page, first.slug, 'stored');
          assert.ok((await context.cookies()).some((c) => c.name === 'nd_commenter' && c.httpOnly), 'details cookie set, httpOnly');

          renderedAt = await openArticle(page, second.slug);
          assert.equal(await field(page, 'Comment').inputValue(), '', 'the comment itself is never remembered');
          assert.equal(await field(page, 'Name').inputValue(), details.name);
          assert.equal(await field(page, 'Email').inputValue(), details.email);
          assert.equal(await field(page, 'Website').inputValue(), details.website);
          assert.equal(await saveDetailsBox(page).isChecked(), true, 'the box stays ticked');

          await field(page, 'Comment').fill(uniqueText('Second comment, forget me now.'));
          await saveDetailsBox(page).uncheck();
          await waitFillTime(renderedAt);
          await postComment(page, second.slug, 'stored');
          assert.ok(!(await context.cookies()).some((c) => c.name === 'nd_commenter'), 'details cookie cleared');

          await openArticle(page, third.slug);
          assert.equal(await field(page, 'Name').inputValue(), '');
          assert.equal(await field(page, 'Email').inputValue(), '');
          assert.equal(await field(page, 'Website').inputValue(), '');
          assert.equal(await saveDetailsBox(page).isChecked(), false);
        }));
    });
  }
});
