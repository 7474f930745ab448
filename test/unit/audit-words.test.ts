/** The audit log in sentences: every action the code writes has one, and the names come from the lookups. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { commentStatuses } from '../../src/store/schema.js';
import { auditActionKinds, auditSentence, hasAuditSentence, noLookups, type AuditEntry, type AuditLookups } from '../../src/web/admin/audit-words.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The string literals in an expression; a template's ${…} stands for each comment status (the one dynamic action: comment.<status>). */
function literalsIn(expression: string): string[] {
  const out: string[] = [];
  for (const m of expression.matchAll(/'([^'\n]*)'|`([^`\n]*)`/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2]!.includes('${')) out.push(...commentStatuses.map((status) => m[2]!.replace(/\$\{[^}]*\}/g, status)));
    else out.push(m[2]!);
  }
  return out;
}

/**
 * Every audit action written under src/: the `action:` of each writeAudit call, as a literal, a
 * template, a choice between literals, or a lookup in a table of names defined in the same file.
 */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles('src')) {
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('store/audit.ts') || !/\bwriteAudit\(/.test(source)) continue;
    for (const call of source.matchAll(/writeAudit\(([^;]*?)\)\s*;/gs)) {
      const action = /\baction:\s*((?:`[^`]*`|'[^']*'|[^,}'`])+)/.exec(call[1]!);
      assert.ok(action, `${file}: a writeAudit call names its action: ${call[0].slice(0, 120)}`);
      const expression = action[1]!.trim();
      let names = literalsIn(expression);
      const table = /^(\w+)(?:\[|\.\w)/.exec(expression);
      if (names.length === 0 && table) {
        const body = new RegExp(`const ${table[1]}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(source);
        assert.ok(body, `${file}: the table ${table[1]} the action comes from`);
        names = [...body[1]!.matchAll(/:\s*'([^']+)'/g)].map((m) => m[1]!);
      }
      assert.ok(names.length > 0, `${file}: the action ${expression} is a literal, a template, a choice or a table this test can read`);
      for (const name of names) found.set(name, file);
    }
  }
  return found;
}

const lookups: AuditLookups = {
  comments: new Map([
    [7, { author: 'Ben', articleTitle: 'Harbour Reopens' }],
    [3, { author: 'Cleo', articleTitle: 'Harbour Reopens' }],
  ]),
  articles: new Map([[12, 'Tides and Ferries']]),
  articlesBySlug: new Map([['harbour-reopens', 'Harbour Reopens']]),
  sources: new Map([[4, 'Harbour Post']]),
  users: new Map([[9, 'dora@desk.example']]),
  stories: new Map([[5, 'The harbour strike']]),
};

function entry(action: string, fields: Partial<AuditEntry> = {}): AuditEntry {
  return { actor: 'ana@desk.example', action, target_type: '', target_id: '', details: '{}', ...fields };
}

describe('every action has a sentence', () => {
  let read: Map<string, string> | undefined;
  const written = () => (read ??= writtenActions());

  test('the source is read: the known actions are found', () => {
    const actions = written();
    for (const known of ['comment.approved', 'comment.spam', 'comment.delete', 'settings.change', 'source.add', 'user.sign_in', 'article.hide', 'comment.empty_trash']) {
      assert.ok(actions.has(known), `${known} found in src`);
    }
  });

  test('each action written in src has its own sentence and a kind for the filter', () => {
    const actions = written();
    const filtered = new Set<string>(Object.values(auditActionKinds).flatMap((k) => k.actions));
    for (const [action, file] of actions) {
      assert.ok(hasAuditSentence(action), `${action} (written in ${file}) needs a sentence in src/web/admin/audit-words.ts`);
      assert.ok(filtered.has(action), `${action} (written in ${file}) needs a kind in auditActionKinds`);
      const sentence = auditSentence(entry(action, { target_type: 'comment', target_id: '7' }), noLookups);
      assert.match(sentence, /^\S.*\.$/, `${action}: a sentence`);
      assert.doesNotMatch(sentence, /undefined|null|NaN|\[object/, `${action}: ${sentence}`);
      assert.doesNotMatch(sentence, new RegExp(`“${action.replace('.', '\\.')}”`), `${action}: not the fallback`);
    }
  });

  test('an action nobody described still reads as a sentence, naming the action', () => {
    assert.equal(auditSentence(entry('widget.frobnicate', { target_type: 'widget', target_id: '2' })), 'ana@desk.example did “widget.frobnicate” to widget #2.');
  });
});

describe('the sentences', () => {
  test('moderation names the comment by its author and article', () => {
    assert.equal(auditSentence(entry('comment.approved', { target_type: 'comment', target_id: '7', details: '{"from":"pending"}' }), lookups), 'ana@desk.example approved Ben’s comment on “Harbour Reopens” (it was pending).');
    assert.equal(auditSentence(entry('comment.spam', { target_type: 'comment', target_id: '7', details: '{"from":"approved"}' }), lookups), 'ana@desk.example marked Ben’s comment on “Harbour Reopens” as spam (it was approved).');
    assert.equal(auditSentence(entry('comment.trash', { target_type: 'comment', target_id: '99' }), lookups), 'ana@desk.example moved comment #99 to the trash.');
  });

  test('a deleted comment is named from the entry itself', () => {
    assert.equal(
      auditSentence(entry('comment.delete', { target_type: 'comment', target_id: '44', details: '{"status":"spam","author":"Sam Spammer","article":"harbour-reopens"}' }), lookups),
      'ana@desk.example deleted Sam Spammer’s comment on “Harbour Reopens” forever (it was in spam).',
    );
  });

  test('a staff reply names the comment it answers', () => {
    assert.equal(auditSentence(entry('comment.reply', { target_type: 'comment', target_id: '50', details: '{"parent":3,"article":"harbour-reopens"}' }), lookups), 'ana@desk.example replied as staff to Cleo’s comment on “Harbour Reopens”.');
  });

  test('the command line and other actors start the sentence with a capital', () => {
    assert.equal(auditSentence(entry('source.add', { actor: 'command line', target_type: 'source', target_id: '4', details: '{"title":"Old name","feed":"https://x.example/feed"}' }), lookups), 'The command line added the source “Harbour Post”.');
    assert.equal(auditSentence(entry('comment.empty_trash', { actor: 'automatic clean-up', details: '{"deleted":3,"olderThanDays":30}' })), 'The automatic clean-up deleted 3 comments that had been in the trash or spam for more than 30 days.');
    assert.equal(auditSentence(entry('subscription.end_all', { actor: 'reader (mail link)' })), 'A reader, through a mail link, stopped all mail to their address.');
  });

  test('the first run and a staff member’s own account read as what happened', () => {
    assert.equal(auditSentence(entry('desk.setup_link', { actor: 'serve', target_type: 'desk' })), 'The desk, starting without an admin, made a one-time link to create the first admin.');
    assert.equal(auditSentence(entry('desk.start_empty', { target_type: 'desk', details: '{"removedDemoSources":4}' })), 'ana@desk.example chose an empty desk, removing 4 demo sources.');
    assert.equal(auditSentence(entry('user.disable', { target_type: 'user', target_id: '9', details: '{"email":"mo@desk.example"}' })), 'ana@desk.example disabled the account mo@desk.example: it can no longer sign in.');
    assert.equal(auditSentence(entry('user.change_email', { target_type: 'user', target_id: '1', details: '{"from":"ana@desk.example","to":"ana@news.example"}' })), 'ana@desk.example changed their email from ana@desk.example to ana@news.example.');
  });

  test('settings changes list each setting by its label, before and after', () => {
    const details = JSON.stringify({ threadDepth: { from: 5, to: 3 }, holdAllComments: { from: false, to: true }, disallowedWords: { from: '', to: 'casino\npills' } });
    assert.equal(auditSentence(entry('settings.change', { target_type: 'settings', details })), 'ana@desk.example changed the settings: Reply depth from 5 to 3; Hold every comment from off to on; Words that send a comment to spam from empty to “casino pills”.');
  });

  test('the sources’ fetch-now and import', () => {
    assert.equal(auditSentence(entry('source.fetch-now', { target_type: 'source', target_id: '4', details: '{"job":12}' }), lookups), 'ana@desk.example asked for the source “Harbour Post” to be fetched now.');
    assert.equal(auditSentence(entry('source.import.start', { target_type: 'source-import', target_id: '2', details: '{"label":"feeds.opml","feeds":14}' }), lookups), 'ana@desk.example started importing 14 feeds from “feeds.opml”.');
  });

  test('articles, accounts and stories by their names', () => {
    assert.equal(auditSentence(entry('article.hide', { target_type: 'article', target_id: '12', details: '{"slug":"tides"}' }), lookups), 'ana@desk.example hid the article “Tides and Ferries”.');
    assert.equal(auditSentence(entry('user.set_role', { target_type: 'user', target_id: '9', details: '{"email":"dora@desk.example","from":"editor","to":"admin"}' }), lookups), 'ana@desk.example changed the role of the account dora@desk.example from editor to admin.');
    assert.equal(auditSentence(entry('story.merge', { target_type: 'story', target_id: '5', details: '{"merged":6,"articles":2}' }), lookups), 'ana@desk.example merged story #6 (2 articles) into the story “The harbour strike”.');
  });

  test('details that are not JSON, or not what was expected, still give a sentence', () => {
    assert.equal(auditSentence(entry('comment.edit', { target_type: 'comment', target_id: 'x', details: 'not json' })), 'ana@desk.example edited a comment.');
    assert.equal(auditSentence(entry('source.import', { details: '{"added":"many"}' })), 'ana@desk.example imported 0 sources from a list.');
  });
});
