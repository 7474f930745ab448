import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/*
 * Pages and the command line only translate to and from commands: the files that handle
 * comments neither write the store nor call the older entry points that bypass the rules.
 */

const commentFrontEnds = ['src/web/admin/comment-routes.ts', 'src/web/routes/articles.ts', 'src/web/routes/own-comments.ts', 'src/web/routes/privacy.ts', 'src/cli/comments.ts'];

const storeWrites = [
  'insertComment',
  'updateCommentStatus',
  'setCommentStatus',
  'updateCommentContent',
  'saveEditedComment',
  'deleteCommentsWithin',
  'anonymizeCommentsByEmail',
  'deleteMailDataOf',
  'writeAudit',
  'enqueueMail',
];

function importsOf(source: string): { names: string[]; from: string }[] {
  return [...source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)].map((m) => ({ names: m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!), from: m[2]! }));
}

for (const file of commentFrontEnds) {
  test(`${file} reaches comments through src/commands only`, () => {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /\.(?:insertInto|updateTable|deleteFrom)\(/, 'no SQL writes');
    const imports = importsOf(source);
    for (const { names, from } of imports) {
      const written = names.filter((n) => storeWrites.includes(n));
      assert.deepEqual(written, [], `${from} gives store writes`);
      assert.doesNotMatch(from, /discussion\/(?:moderate|post-comment|hooks)\.js$/, 'not the pre-command entry points');
      if (from.includes('store/admin-comments')) assert.ok(!names.includes('deleteCommentsForever'), 'deletion is the command’s');
    }
    assert.ok(
      imports.some((i) => /\/commands\/(?:comments|reader-comments|privacy)\.js$/.test(i.from)),
      'calls a comment command',
    );
  });
}

/*
 * Only src/store/ builds SQL: no other file starts a query (selectFrom, insertInto, updateTable,
 * deleteFrom) or writes SQL text with Kysely's sql tag.
 */

const sqlBuilding = /\.(?:selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*(?:<[^>`]*>\s*)?`|\bsql\.(?:raw|ref|lit|id|table|val|join)\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

test('the SQL pattern recognises each way of building a query', () => {
  for (const line of ["db.selectFrom('users')", 'trx.insertInto("outbox")', "db\n  .updateTable('sources')", "db.deleteFrom('sessions')", 'sql`select 1`', 'sql<number>`count(*)`', "sql.raw('x')"]) {
    assert.match(line, sqlBuilding, line);
  }
  for (const line of ['const selectFromList = 1;', 'mysql`', '// deleteFrom the cache']) assert.doesNotMatch(line, sqlBuilding, line);
});

test('nothing outside src/store/ builds SQL', () => {
  const offenders = sourceFiles('src')
    .map((path) => path.split('\\').join('/'))
    .filter((path) => !path.startsWith('src/store/'))
    .filter((path) => sqlBuilding.test(readFileSync(path, 'utf8')));
  assert.deepEqual(offenders, [], 'these files build SQL: move the queries into src/store/');
});

/* The same for staff accounts, sources, articles and a reader's mail links: their pages and commands call src/commands. */

const staffFrontEnds: Record<string, RegExp> = {
  'src/cli/users.ts': /\/commands\/users\.js$/,
  'src/web/admin/auth-routes.ts': /\/commands\/users\.js$/,
  'src/cli/sources.ts': /\/commands\/sources\.js$/,
  'src/web/admin/article-routes.ts': /\/commands\/(?:articles|sources)\.js$/,
  'src/web/routes/subscriptions.ts': /\/commands\/subscriptions\.js$/,
};

const staffStoreWrites = [
  'writeAudit',
  'insertUser',
  'deleteUser',
  'setUserName',
  'setUserRole',
  'setUserPasswordHash',
  'addFeedSource',
  'removeSource',
  'setSourcePaused',
  'updateSource',
  'setArticleHidden',
  'setArticleCommentsOpen',
  'updateArticleText',
  'startSession',
  'endSession',
  'confirmMailAddress',
  'endSubscription',
  'endAllSubscriptions',
  'enqueueMail',
];

for (const [file, command] of Object.entries(staffFrontEnds)) {
  test(`${file} changes accounts, sources and articles through src/commands only`, () => {
    const imports = importsOf(readFileSync(file, 'utf8'));
    for (const { names, from } of imports) assert.deepEqual(names.filter((n) => staffStoreWrites.includes(n)), [], `${from} gives store writes`);
    assert.ok(imports.some((i) => command.test(i.from)), 'calls a command');
  });
}
