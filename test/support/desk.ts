import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { seedDemoDesk } from '../../src/demo/seed.js';
import { openDesk, type Desk } from '../../src/desk.js';
import { issueFormToken } from '../../src/discussion/form-token.js';
import { insertArticle } from '../../src/store/articles.js';
import { renderCommentMarkdown } from '../../src/discussion/markdown.js';
import { insertComment } from '../../src/store/comments.js';
import type { Article, Comment, CommentStatus, Source } from '../../src/store/schema.js';
import { saveSetting, type Settings } from '../../src/store/settings.js';
import { insertSource } from '../../src/store/sources.js';
import { openStore, type Store } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { buildServer, type ServerOptions } from '../../src/web/server.js';
import { scratchSchema, testStore } from './postgres.js';

export interface TestDesk {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  desk: Desk;
  app: FastifyInstance;
  /** The SQLite file; unused (and never created) when the suite runs on PostgreSQL. */
  dbPath: string;
  /** What a child process (the CLI) needs in its environment to open this desk's store. */
  storeEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Where a test keeps its data: the SQLite file in `dir`, or a scratch PostgreSQL schema when the suite runs there. */
export interface ScratchStore {
  sqlitePath: string;
  databaseUrl: string | undefined;
  /** The same, for a child process's environment (NEWSDESK_DB, and DATABASE_URL on PostgreSQL). */
  env: Record<string, string>;
  /** Drops the PostgreSQL schema; the caller removes `dir`. */
  drop(): Promise<void>;
}

/** A store of the kind NEWSDESK_TEST_STORE names (SQLite by default) for one test desk. */
export async function scratchStore(dir: string): Promise<ScratchStore> {
  const sqlitePath = join(dir, 'desk.db');
  if (testStore === 'sqlite') return { sqlitePath, databaseUrl: undefined, env: { NEWSDESK_DB: sqlitePath, DATABASE_URL: '' }, drop: async () => {} };
  const schema = await scratchSchema();
  return { sqlitePath, databaseUrl: schema.url, env: { NEWSDESK_DB: sqlitePath, DATABASE_URL: schema.url }, drop: () => schema.drop() };
}

/** A migrated store (no server) in a new temporary folder; close() closes it and removes its folder or schema. */
export async function openScratchStore(prefix: string): Promise<{ store: Store; scratch: ScratchStore; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const scratch = await scratchStore(dir);
  const store = openStore(scratch);
  await migrateToLatest(store);
  return {
    store,
    scratch,
    async close() {
      await store.close();
      await scratch.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Settings that keep tests fast: no waiting for the fill time or the flood window. */
export const quickSettings: Partial<Settings> = { minFillSeconds: 0, floodSeconds: 0 };

/**
 * A real server on a free port over a new store: a SQLite file in a temporary folder, or a
 * scratch PostgreSQL schema when NEWSDESK_TEST_STORE=postgres. `config` overrides the environment's defaults.
 */
export async function startTestDesk(options: { settings?: Partial<Settings>; demo?: boolean; config?: Partial<Config>; server?: ServerOptions } = {}): Promise<TestDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-test-'));
  const store = await scratchStore(dir);
  const dbPath = store.sqlitePath;
  const config = { ...loadConfig({}), sqlitePath: dbPath, databaseUrl: store.databaseUrl, port: 0, mailLogPath: join(dir, 'mail.log'), ...options.config };
  let desk: Desk;
  try {
    desk = await openDesk(config);
  } catch (error) {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // Every simulated reader posts from 127.0.0.1, so the per-address limit is off unless a test sets it.
  for (const [key, value] of Object.entries({ commentsPerMinutePerAddress: 0, ...options.settings })) {
    await saveSetting(desk.store.db, key as keyof Settings, value as never);
  }
  if (options.demo) await seedDemoDesk(desk.store.db, desk.context.secret);
  const app = await buildServer(desk.context, null, options.server);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    desk,
    app,
    dbPath,
    storeEnv: store.env,
    async close() {
      try {
        await app.close();
        await desk.store.close();
      } finally {
        await store.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let counter = 0;

export async function makeSource(desk: Desk, overrides: Partial<Source> = {}): Promise<Source> {
  counter++;
  return insertSource(desk.store.db, {
    slug: `source-${counter}`,
    title: `Test Source ${counter}`,
    site_url: `https://source-${counter}.example/`,
    feed_url: null,
    description: 'A source made by a test.',
    created_at: new Date().toISOString(),
    ...overrides,
  });
}

export async function makeArticle(desk: Desk, source: Source, overrides: Partial<Article> = {}): Promise<Article> {
  counter++;
  const url = overrides.url ?? `https://${new URL(source.site_url).host}/story-${counter}`;
  const now = new Date().toISOString();
  return insertArticle(desk.store.db, {
    source_id: source.id,
    guid_hash: createHash('sha256').update(url).digest('hex'),
    url,
    canonical_url: url,
    title: `Test story number ${counter}`,
    author: 'Ada Writer',
    published_at: now,
    fetched_at: now,
    updated_at: now,
    excerpt_html: '<p>First paragraph of the test story.</p><blockquote><p>A quoted line.</p></blockquote><p>Second paragraph.</p>',
    image_url: null,
    language: 'en',
    ...overrides,
  });
}

/** A form token as if the form had been rendered `secondsAgo` seconds ago. */
export function formTokenFor(desk: Desk, articleId: number, secondsAgo = 10): string {
  return issueFormToken(desk.context.secret, articleId, Date.now() - secondsAgo * 1000);
}

export interface CommentFixture {
  author: string;
  body: string;
  /** Derived from the author's name when absent. */
  email?: string;
  status?: CommentStatus;
  reason?: string;
  clientHash?: string;
  userAgent?: string;
  /** How long ago it was written (default: a minute). */
  minutesAgo?: number;
  parent?: Pick<Comment, 'id'> | null;
}

/** A reader's comment written straight to the store (approved unless the fixture says otherwise). */
export async function makeComment(desk: Desk, article: Pick<Article, 'id'>, fixture: CommentFixture): Promise<Comment> {
  const status = fixture.status ?? 'approved';
  return insertComment(desk.store.db, {
    article_id: article.id,
    parent_id: fixture.parent?.id ?? null,
    author_name: fixture.author,
    author_email: fixture.email ?? `${fixture.author.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
    author_url: null,
    body_markdown: fixture.body,
    body_html: renderCommentMarkdown(fixture.body),
    status,
    status_reason: fixture.reason ?? (status === 'approved' ? 'approved: test' : 'held: first comment'),
    client_hash: fixture.clientHash ?? 'test',
    user_agent: fixture.userAgent ?? 'test',
    created_at: new Date(Date.now() - (fixture.minutesAgo ?? 1) * 60_000).toISOString(),
  });
}

/** An approved reader's comment, written a minute ago. */
export function makeApprovedComment(desk: Desk, article: Pick<Article, 'id'>, author: string, body: string, parent: Pick<Comment, 'id'> | null = null): Promise<Comment> {
  return makeComment(desk, article, { author, body, parent });
}
