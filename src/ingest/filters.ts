/**
 * Keep/block rules, per source and desk-wide. A block rule that matches drops the item;
 * when there are keep rules, an item must match one of them to stay.
 */
export interface FilterRule {
  action: 'keep' | 'block';
  field: 'title' | 'content' | 'author' | 'url' | 'any';
  /** Plain words (case-insensitive, all must appear) or, with regex, a JavaScript pattern. */
  pattern: string;
  regex?: boolean;
}

export interface FilterableItem {
  title: string;
  content: string;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
}

export type FilterVerdict = { keep: true } | { keep: false; reason: string };

export function applyFilters(item: FilterableItem, rules: readonly FilterRule[], maxAgeDays: number | null, now: Date): FilterVerdict {
  if (maxAgeDays !== null && maxAgeDays > 0 && item.publishedAt && now.getTime() - item.publishedAt.getTime() > maxAgeDays * 86_400_000) {
    return { keep: false, reason: `older than ${maxAgeDays} days` };
  }
  const block = rules.find((r) => r.action === 'block' && ruleMatches(r, item));
  if (block) return { keep: false, reason: `blocked by "${block.pattern}"` };
  const keeps = rules.filter((r) => r.action === 'keep');
  if (keeps.length > 0 && !keeps.some((r) => ruleMatches(r, item))) return { keep: false, reason: 'matches no keep rule' };
  return { keep: true };
}

function ruleMatches(rule: FilterRule, item: FilterableItem): boolean {
  const fields = rule.field === 'any' ? [item.title, item.content, item.author ?? '', item.url ?? ''] : [fieldText(rule.field, item)];
  const test = compile(rule);
  return fields.some(test);
}

function fieldText(field: Exclude<FilterRule['field'], 'any'>, item: FilterableItem): string {
  switch (field) {
    case 'title':
      return item.title;
    case 'content':
      return item.content;
    case 'author':
      return item.author ?? '';
    case 'url':
      return item.url ?? '';
  }
}

const compiled = new Map<string, (text: string) => boolean>();

function compile(rule: FilterRule): (text: string) => boolean {
  const key = `${rule.regex ? 're' : 'words'}:${rule.pattern}`;
  let test = compiled.get(key);
  if (!test) {
    if (rule.regex) {
      const re = new RegExp(rule.pattern, 'iu');
      test = (text) => re.test(text);
    } else {
      const words = rule.pattern.toLowerCase().split(/\s+/).filter(Boolean);
      test = (text) => {
        const lower = text.toLowerCase();
        return words.every((w) => lower.includes(w));
      };
    }
    compiled.set(key, test);
  }
  return test;
}

/** Parses and checks rules typed by a person; throws a message naming the bad rule. */
export function parseFilterRules(json: string): FilterRule[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('Filters must be a JSON array of rules');
  return value.map((raw, i) => {
    const r = raw as Partial<FilterRule>;
    if ((r.action !== 'keep' && r.action !== 'block') || !['title', 'content', 'author', 'url', 'any'].includes(r.field ?? '') || typeof r.pattern !== 'string' || !r.pattern) {
      throw new Error(`Filter rule ${i + 1} needs action keep|block, field title|content|author|url|any, and a pattern`);
    }
    if (r.regex) {
      try {
        new RegExp(r.pattern, 'iu');
      } catch (error) {
        throw new Error(`Filter rule ${i + 1}: ${(error as Error).message}`);
      }
    }
    return { action: r.action, field: r.field!, pattern: r.pattern, regex: Boolean(r.regex) };
  });
}
