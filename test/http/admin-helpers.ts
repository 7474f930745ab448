/** Shared by the back-office tests (test/http/admin*.test.ts, test/browser/admin.test.ts). */
import assert from 'node:assert/strict';
import { hashPassword } from '../../src/accounts/password.js';
import type { Desk } from '../../src/desk.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { insertUser } from '../../src/store/admin-users.js';
import { insertComment } from '../../src/store/comments.js';
import type { Article, Comment, NewComment, StaffRole, User } from '../../src/store/schema.js';
import { Browserish, decodeEntities, inputValue } from '../support/http.js';

export const STAFF_PASSWORD = 'correct horse battery staple';
let counter = 0;

export interface StaffAccount {
  user: User;
  email: string;
  password: string;
}

export async function addStaff(desk: Desk, role: StaffRole, options: { email?: string; name?: string; password?: string } = {}): Promise<StaffAccount> {
  counter++;
  const email = options.email ?? `${role}-${counter}-${Date.now().toString(36)}@desk.example`;
  const password = options.password ?? STAFF_PASSWORD;
  const user = await insertUser(desk.store.db, { email, name: options.name ?? '', role, passwordHash: await hashPassword(password) }, new Date());
  return { user, email, password };
}

/** Opens the sign-in page like a browser and posts the form with its CSRF token. */
export async function signIn(browser: Browserish, email: string, password: string, next = '') {
  const page = await browser.get(`/admin/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  assert.equal(page.status, 200, 'the sign-in page opens');
  return browser.post('/admin/login', { email, password, next: inputValue(page.html, 'next'), _csrf: inputValue(page.html, '_csrf') });
}

/** A browser signed in as a new staff member of this role. */
export async function staffBrowser(baseUrl: string, desk: Desk, role: StaffRole, options: { name?: string } = {}): Promise<{ browser: Browserish; account: StaffAccount }> {
  const account = await addStaff(desk, role, options);
  const browser = new Browserish(baseUrl);
  const res = await signIn(browser, account.email, account.password);
  assert.equal(res.status, 303, `signing in as ${role}`);
  assert.equal(res.location, '/admin');
  return { browser, account };
}

/** The CSRF token on a back-office page (every page has one, in the sign-out form at least). */
export async function csrfOn(browser: Browserish, path: string): Promise<string> {
  const page = await browser.get(path);
  assert.equal(page.status, 200, `GET ${path}`);
  const token = inputValue(page.html, '_csrf');
  assert.notEqual(token, '', `a CSRF token on ${path}`);
  return token;
}

export async function addComment(desk: Desk, article: Article, overrides: Partial<NewComment> = {}): Promise<Comment> {
  counter++;
  const body = overrides.body_markdown ?? `A comment from a test, number ${counter}.`;
  return insertComment(desk.store.db, {
    article_id: article.id,
    parent_id: null,
    author_name: `Reader ${counter}`,
    author_email: `reader${counter}@example.com`,
    author_url: null,
    body_markdown: body,
    body_html: renderCommentMarkdown(body),
    status: 'pending',
    status_reason: 'held: first comment',
    client_hash: 'test-client',
    user_agent: 'test',
    created_at: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  });
}

/** An approved comment an hour old by this author, so the desk knows them and approves their next comment at once. */
export async function addKnownAuthor(desk: Desk, article: Article, name: string, email: string): Promise<Comment> {
  const text = 'An earlier approved comment.';
  return addComment(desk, article, { author_name: name, author_email: email, body_markdown: text, body_html: renderCommentMarkdown(text), status: 'approved', status_reason: 'approved: test', created_at: new Date(Date.now() - 3_600_000).toISOString() });
}

/** The rows of the comment queue's table, as comment ids in order. */
export function queueRowIds(html: string): number[] {
  return [...html.matchAll(/<tr id="comment-(\d+)">/g)].map((m) => Number(m[1]));
}

/** One row of the comment queue's table, by comment id. */
export function queueRowOf(html: string, id: number): string {
  const start = html.indexOf(`<tr id="comment-${id}">`);
  assert.ok(start >= 0, `row for comment #${id}`);
  return html.slice(start, html.indexOf('</tr>', start));
}

export async function auditActions(desk: Desk, targetType: string, targetId: number | string): Promise<{ action: string; actor: string; user_id: number | null; details: string }[]> {
  return desk.store.db
    .selectFrom('audit_log')
    .select(['action', 'actor', 'user_id', 'details'])
    .where('target_type', '=', targetType)
    .where('target_id', '=', String(targetId))
    .orderBy('id')
    .execute();
}

/** Every setting field on the settings page, as a browser would send the form unchanged. */
export function settingsFormFrom(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input [^>]*id="setting-[^>]*>/g)) {
    const name = /name="(\w+)"/.exec(tag)![1]!;
    if (/type="checkbox"/.test(tag)) {
      if (/\schecked[\s/>]/.test(tag)) fields[name] = 'on';
    } else fields[name] = decodeEntities(/value="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const m of html.matchAll(/<textarea id="setting-\w+" name="(\w+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = decodeEntities(m[2]!);
  return fields;
}
