import { parseFilterRules, type FilterRule } from './filters.js';

/*
 * Keep/block rules as a person writes them in a form: one rule a line, in a "keep" box and a
 * "block" box. A line is words that must all appear (any field), or "title: words" (likewise
 * content, author, url) for one field; "/pattern/" makes it a regular expression.
 */

const fields = ['title', 'content', 'author', 'url'] as const;
const MAX_LINES = 50;

export type FilterLines = { keep: string; block: string };

export type ParsedFilterLines = { kind: 'rules'; rules: FilterRule[] } | { kind: 'invalid'; box: keyof FilterLines; message: string };

export function filterRulesFromLines(lines: FilterLines): ParsedFilterLines {
  const rules: FilterRule[] = [];
  for (const box of ['keep', 'block'] as const) {
    const boxLines = lines[box].split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (boxLines.length > MAX_LINES) return { kind: 'invalid', box, message: `at most ${MAX_LINES} rules in one box` };
    for (const [i, line] of boxLines.entries()) {
      const rule = ruleOf(box, line);
      try {
        parseFilterRules(JSON.stringify([rule]));
      } catch (error) {
        return { kind: 'invalid', box, message: `line ${i + 1}: ${(error as Error).message.replace(/^Filter rule 1:?\s*/, '')}` };
      }
      rules.push(rule);
    }
  }
  return { kind: 'rules', rules };
}

export function filterRulesToLines(rules: readonly FilterRule[]): FilterLines {
  const line = (rule: FilterRule) => `${rule.field === 'any' ? '' : `${rule.field}: `}${rule.regex ? `/${rule.pattern}/` : rule.pattern}`;
  return {
    keep: rules.filter((r) => r.action === 'keep').map(line).join('\n'),
    block: rules.filter((r) => r.action === 'block').map(line).join('\n'),
  };
}

function ruleOf(action: FilterRule['action'], line: string): FilterRule {
  const colon = line.indexOf(':');
  const named = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
  const field = (fields as readonly string[]).includes(named) ? (named as FilterRule['field']) : 'any';
  const rest = field === 'any' ? line : line.slice(colon + 1).trim();
  const regex = rest.length > 2 && rest.startsWith('/') && rest.endsWith('/');
  return { action, field, pattern: regex ? rest.slice(1, -1) : rest, regex };
}
