import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/*
 * The first-run, users and own-account pages and the set-up link command only translate: every
 * change they ask for is a command of src/commands/users.ts or src/commands/setup.ts.
 */

const frontEnds: Record<string, RegExp> = {
  'src/web/admin/user-routes.ts': /\/commands\/users\.js$/,
  'src/web/admin/setup-routes.ts': /\/commands\/setup\.js$/,
  'src/cli/setup-link.ts': /\/commands\/setup\.js$/,
};

/** What changes accounts, sessions, links, sources or mail when called outside a command. */
const writes = /^(?:writeAudit|insertUser|deleteUser|setUser\w*|startSession|endSession|endUserSessions|issueSetupLink|issuePasswordLink|insertSetupLink|useAllSetupLinks|seedDemoDesk|removeSource|enqueueMail)$/;

function importsOf(source: string): { names: string[]; from: string }[] {
  return [...source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)].map((m) => ({
    names: m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!),
    from: m[2]!,
  }));
}

for (const [file, command] of Object.entries(frontEnds)) {
  test(`${file} changes accounts and the desk through src/commands only`, () => {
    const source = readFileSync(file, 'utf8');
    const imports = importsOf(source);
    for (const { names, from } of imports.filter((i) => !i.from.includes('/commands/'))) assert.deepEqual(names.filter((n) => writes.test(n)), [], `${from} gives writes`);
    assert.doesNotMatch(source, /import\(['"][^'"]*demo\/seed\.js['"]\)/, 'the demo is loaded by a command');
    assert.ok(imports.some((i) => command.test(i.from)), 'calls a command');
  });
}

test('the pattern recognises the writes it is meant to catch', () => {
  for (const name of ['setUserDisabled', 'issueSetupLink', 'writeAudit', 'seedDemoDesk']) assert.match(name, writes);
  for (const name of ['setupLinkWorks', 'listUsers', 'findUserById', 'setSessionCookie']) assert.doesNotMatch(name, writes);
});
