/*
 * `npm run screenshots`: the desk's main pages, public and back office, photographed at a
 * desktop width and a phone width in Debian's Chromium, written to docs/screenshots/ for the
 * README. It runs the demo desk in this process on a temporary SQLite file; nothing is fetched
 * from outside (the demo publishers answer from the project's own content).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { operator } from '../src/commands/actor.js';
import { addUser } from '../src/commands/users.js';
import { loadConfig } from '../src/config.js';
import { seedDemoDesk } from '../src/demo/seed.js';
import { openDesk } from '../src/desk.js';
import { buildServer } from '../src/web/server.js';

const OUT = resolve(process.env.SCREENSHOTS_DIR ?? 'docs/screenshots');
const CHROMIUM = process.env.NEWSDESK_CHROMIUM || '/usr/bin/chromium';
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
] as const;
const ADMIN = { email: 'editor-in-chief@newsdesk.example', password: 'screenshots are taken here', name: 'Ana Editor' };

/** A page to photograph: where it is, and whether it needs the admin signed in. */
interface Shot {
  name: string;
  path: (desk: { firstArticle: string }) => string;
  staff?: boolean;
}

const shots: Shot[] = [
  { name: 'home', path: () => '/' },
  { name: 'article', path: (d) => d.firstArticle },
  { name: 'stories', path: () => '/stories' },
  { name: 'search', path: () => '/search?q=council' },
  { name: 'admin-dashboard', path: () => '/admin', staff: true },
  { name: 'admin-comments', path: () => '/admin/comments?status=approved', staff: true },
  { name: 'admin-sources', path: () => '/admin/sources', staff: true },
  { name: 'admin-source-add', path: () => '/admin/sources/new', staff: true },
  { name: 'admin-users', path: () => '/admin/users', staff: true },
  { name: 'admin-account', path: () => '/admin/account', staff: true },
  { name: 'admin-settings', path: () => '/admin/settings', staff: true },
  { name: 'admin-audit', path: () => '/admin/audit', staff: true },
];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-screenshots-'));
  const config = { ...loadConfig({}), sqlitePath: join(dir, 'desk.db'), databaseUrl: undefined, port: 0, mailLogPath: join(dir, 'mail.log') };
  const desk = await openDesk(config);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const app = await buildServer(desk.context, null);
  try {
    await seedDemoDesk(desk.store.db, desk.context.secret);
    const added = await addUser({ db: desk.store.db, publicUrl: config.publicUrl }, operator, { ...ADMIN, role: 'admin' });
    if (added.kind !== 'added') throw new Error(`could not add the admin: ${JSON.stringify(added)}`);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const first = await desk.store.db.selectFrom('articles').select('slug').where('hidden', '=', 0).orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    const deskFacts = { firstArticle: `/articles/${first.slug}` };
    mkdirSync(OUT, { recursive: true });
    for (const size of widths) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
        const page = await context.newPage();
        await signIn(page, base);
        // Dark mode is shown for the front page and an article: one set of the rest is enough.
        for (const shot of shots.filter((s) => scheme === 'light' || s.name === 'home' || s.name === 'article')) {
          const file = join(OUT, `${shot.name}-${size.name}${scheme === 'dark' ? '-dark' : ''}.png`);
          const response = await page.goto(base + shot.path(deskFacts));
          if (!response || response.status() >= 400) {
            console.log(`skipped ${shot.name} (${size.name}): ${response?.status() ?? 'no answer'}`);
            continue;
          }
          await page.screenshot({ path: file });
          console.log(`wrote ${file}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await desk.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/login`);
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(ADMIN.password);
  await Promise.all([page.waitForURL(`${base}/admin`), page.locator('form[action="/admin/login"] button[type="submit"]').click()]);
}

await main();
