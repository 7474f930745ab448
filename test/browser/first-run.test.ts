/**
 * A new desk's first run in a real Chromium, at a desktop's and a phone's width: open the
 * set-up link, create the first admin, start with an empty desk, invite a staff member and
 * change their role. Every page is checked with axe-core and must not scroll sideways.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { issueSetupLink } from '../../src/accounts/setup-links.js';
import { assertAccessible, assertNoHorizontalOverflow, launchChromium, skipReason, viewports } from '../support/browser.js';
import { startTestDesk, type TestDesk } from '../support/desk.js';

const PASSWORD = 'a long and memorable passphrase';

async function checkPage(page: Page, what: string): Promise<void> {
  await assertAccessible(page, what);
  await assertNoHorizontalOverflow(page, what);
}

describe('first run in a browser', { skip: skipReason }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  for (const viewport of viewports) {
    test(`at ${viewport.name} width: set up the desk, start empty, invite a moderator and make them an editor`, async () => {
      const desk: TestDesk = await startTestDesk();
      // bypassCSP lets axe-core's script in; the pages themselves run no script.
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, bypassCSP: true });
      context.setDefaultTimeout(15_000);
      try {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
        });

        const { url } = await issueSetupLink(desk.desk.store.db, desk.url, new Date());
        await page.goto(url);
        await page.getByRole('heading', { name: 'Set up your desk' }).waitFor();
        await checkPage(page, 'the set-up page');

        await page.getByLabel('Your name').fill('Ada Lovelace');
        await page.getByLabel('Email', { exact: true }).fill('ada@desk.example');
        await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
        await page.getByLabel('The same password again').fill(PASSWORD);
        await page.getByRole('button', { name: 'Create the admin account' }).click();
        await page.waitForURL(`${desk.url}/admin/setup/start`);
        await checkPage(page, 'the choice of starting content');

        await page.getByRole('button', { name: 'Start with an empty desk' }).click();
        await page.waitForURL(`${desk.url}/admin/setup/start?done=empty`);
        await page.getByText('Your desk is empty').waitFor();
        await checkPage(page, 'the set-up page after choosing an empty desk');

        await page.getByRole('link', { name: 'Invite your staff' }).click();
        await page.waitForURL(`${desk.url}/admin/users`);
        await checkPage(page, 'the users page');

        await page.getByLabel('Email', { exact: true }).fill('mo@desk.example');
        await page.getByLabel('Name', { exact: true }).fill('Mo Reyes');
        await page.getByLabel('Role', { exact: true }).selectOption('moderator');
        await page.getByRole('button', { name: 'Invite', exact: true }).click();
        const link = page.getByLabel('Link to choose a password');
        await link.waitFor();
        assert.match(await link.inputValue(), /\/admin\/set-password\?token=/);
        await checkPage(page, 'the users page showing an invitation link');

        await page.getByLabel('Role of Mo Reyes').selectOption('editor');
        await page.getByRole('button', { name: 'Change role of Mo Reyes' }).click();
        await page.waitForURL(`${desk.url}/admin/users?done=role`);
        await page.getByText('Role changed').waitFor();
        const mo = await desk.desk.store.db.selectFrom('users').select('role').where('email', '=', 'mo@desk.example').executeTakeFirstOrThrow();
        assert.equal(mo.role, 'editor');
        await checkPage(page, 'the users page after a role change');

        await page.getByRole('link', { name: 'Your account' }).click();
        await page.waitForURL(`${desk.url}/admin/account`);
        await checkPage(page, 'your account');

        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        await desk.close();
      }
    });
  }
});
