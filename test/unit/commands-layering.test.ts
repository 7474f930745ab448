import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
