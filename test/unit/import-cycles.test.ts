import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

/*
 * No module under src/ may reach itself through its imports, type-only imports included: a
 * cycle makes load order matter and keeps layers from being understood (or moved) one at a time.
 */

const srcDir = resolve('src');

/** The module specifiers of a file's static import and export-from statements, in order. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  let statement: string | null = null;
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (statement === null) {
      if (!/^(import|export)\b/.test(trimmed) || trimmed.startsWith('import(')) continue;
      statement = '';
    }
    statement += ` ${trimmed}`;
    const target = /(?:\bfrom|^\s*import)\s*['"]([^'"]+)['"]/.exec(statement);
    if (target) {
      specifiers.push(target[1]!);
      statement = null;
    } else if (!/^\s*(?:import|export)\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{/.test(statement) || statement.includes('}')) {
      // A declaration (export const …) or a list without a module (export { a as b }): nothing imported.
      statement = null;
    }
  }
  return specifiers;
}

/** Relative specifiers resolved to files under src/ (./x.js is written for ./x.ts or ./x.tsx). */
function resolveLocal(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.js$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts')]) {
    if (candidate.startsWith(srcDir) && existsSync(candidate)) return candidate;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export type Graph = Map<string, string[]>;

function importGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const targets = importSpecifiers(readFileSync(file, 'utf8'))
      .map((s) => resolveLocal(file, s))
      .filter((t): t is string => t !== null);
    graph.set(relative(srcDir, file), [...new Set(targets.map((t) => relative(srcDir, t)))]);
  }
  return graph;
}

/** Strongly connected components with more than one member or a self-import (Tarjan), each as one cycle through them. */
export function findCycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cycleThrough(graph, component));
}

/** One path a → … → a inside a component, found breadth-first from its first member in sort order. */
function cycleThrough(graph: Graph, component: string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component, start];
}

test('the import parser reads single-line, multi-line, type-only, side-effect and re-export statements', () => {
  const source = [
    "import { a } from './a.js';",
    "import type { B } from '../b.js';",
    'import {',
    '  c,',
    '  type D,',
    "} from './c.js';",
    "import './side-effect.js';",
    "export { e } from './e.js';",
    "export type { F } from './f.js';",
    "export * from './g.js';",
    'export const h = 1;',
    'export {',
    '  h as i,',
    '};',
    "const j = await import('./dynamic.js');",
    " * import { not } from './a-comment.js';",
    "import k from 'node:fs';",
  ].join('\n');
  assert.deepEqual(importSpecifiers(source), ['./a.js', '../b.js', './c.js', './side-effect.js', './e.js', './f.js', './g.js', 'node:fs']);
});

test('a cycle is found and listed as a path; an acyclic graph has none', () => {
  const cyclic: Graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts', 'd.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', []],
  ]);
  assert.deepEqual(findCycles(cyclic), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  assert.deepEqual(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]])), []);
  assert.deepEqual(findCycles(new Map([['a.ts', ['a.ts']]])), [['a.ts', 'a.ts']]);
});

test('src/ has no import cycles', () => {
  const graph = importGraph();
  assert.ok(graph.size > 50, `src/ was read (${graph.size} files)`);
  assert.deepEqual(findCycles(graph).map((cycle) => cycle.join(' → ')), [], 'import cycles under src/');
});
