import type { Entity, EntityType, Span } from './types.js';

/*
 * Spans to entities. Within an article a shorter mention joins an earlier or later full name of
 * the same type when it is that name's surname or first name ("Blinken" → "Antony Blinken"), its
 * initials ("EPA" → "Environmental Protection Agency", "U.S." → "United States"), or the same
 * words as a #hashtag or @handle ("#Pistorius"). The canonical name is the longest full form.
 */

const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'von', 'van', 'der', '&']);

/** Words of a mention: a leading #/@ dropped, a camel-cased tag split ("#BorisJohnson" → Boris Johnson). */
export function wordsOf(surface: string): string[] {
  let body = surface;
  let tagged = false;
  if (body.startsWith('#') || body.startsWith('@')) {
    body = body.slice(1);
    tagged = true;
  }
  const words: string[] = [];
  for (const part of body.split(/[\s_]+/)) {
    if (!part) continue;
    if (!tagged) {
      words.push(part);
      continue;
    }
    let current = '';
    for (const ch of part) {
      const upper = ch !== ch.toLowerCase();
      if (upper && current && current[current.length - 1] !== current[current.length - 1]!.toUpperCase()) {
        words.push(current);
        current = '';
      }
      current += ch;
    }
    if (current) words.push(current);
  }
  return words;
}

function normalised(words: readonly string[]): string {
  return words.map((w) => w.toLowerCase()).join(' ');
}

/** "U.S." → "us"; "EPA" → "epa"; anything else → null. */
function asAcronym(words: readonly string[]): string | null {
  if (words.length !== 1) return null;
  const letters = words[0]!.split('.').join('');
  if (letters.length < 2 || letters.length > 8 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return null;
  return letters.toLowerCase();
}

function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

interface Group {
  type: EntityType;
  forms: Map<string, { surface: string; words: string[] }>;
  mentions: Span[];
  longest: string[];
}

function joins(short: readonly string[], group: Group): boolean {
  const full = group.longest;
  const key = normalised(short);
  if (normalised(full) === key) return true;
  if (short.length < full.length) {
    if (short.length === 1 && group.type === 'PERSON') {
      const word = key;
      return full[full.length - 1]!.toLowerCase() === word || full[0]!.toLowerCase() === word;
    }
    // "Blinken" style suffixes for organizations and places too ("Acme Corp" ← "Acme"), only as a leading run.
    if (group.type !== 'PERSON' && normalised(full.slice(0, short.length)) === key) return true;
    if (group.type === 'PERSON' && normalised(full.slice(full.length - short.length)) === key) return true;
  }
  const acronym = asAcronym(short);
  if (acronym && full.length > 1 && initialsOf(full) === acronym) return true;
  return false;
}

/** Entities of one article from its text and tagged spans. */
export function mergeMentions(text: string, spans: readonly Span[]): Entity[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const groups: Group[] = [];
  // Longest mentions found first, so a surname seen before its full name still joins it.
  const bySize = ordered
    .map((span) => ({ span, surface: text.slice(span.start, span.end), words: wordsOf(text.slice(span.start, span.end)) }))
    .filter((m) => m.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || b.surface.length - a.surface.length || a.span.start - b.span.start);
  for (const mention of bySize) {
    const sameType = groups.filter((g) => g.type === mention.span.type);
    const matches = sameType.filter((g) => joins(mention.words, g));
    // A surname shared by two full names ("Smith") is left on its own rather than guessed.
    const group = matches.length === 1 ? matches[0]! : undefined;
    if (group) {
      group.mentions.push(mention.span);
      group.forms.set(mention.surface, { surface: mention.surface, words: mention.words });
    } else {
      groups.push({ type: mention.span.type, forms: new Map([[mention.surface, { surface: mention.surface, words: mention.words }]]), mentions: [mention.span], longest: mention.words });
    }
  }
  return groups
    .map((g) => toEntity(g))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function toEntity(group: Group): Entity {
  // The canonical name: the longest form written out in words (not a #tag or @handle) if there is one.
  const forms = [...group.forms.values()];
  const plain = forms.filter((f) => !f.surface.startsWith('#') && !f.surface.startsWith('@'));
  const pool = plain.length > 0 ? plain : forms;
  const best = pool.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.surface.length > a.surface.length) ? b : a));
  const name = plain.length > 0 ? best.surface : best.words.join(' ');
  const aliases = forms.map((f) => f.surface).filter((s) => s !== name);
  return { name, type: group.type, aliases: [...new Set(aliases)].sort(), mentions: [...group.mentions].sort((a, b) => a.start - b.start) };
}

/** Entities of many articles joined by type and canonical name; a name that is another's alias joins it. */
export function mergeAcrossArticles(perArticle: readonly (readonly Entity[])[]): Entity[] {
  const byKey = new Map<string, { name: string; type: EntityType; aliases: Set<string> }>();
  const aliasOwner = new Map<string, string>();
  const keyOf = (type: EntityType, name: string) => `${type}\u0000${name.toLowerCase()}`;
  const all = perArticle.flat().sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entity of all) {
    const own = keyOf(entity.type, entity.name);
    const key = byKey.has(own) ? own : (aliasOwner.get(own) ?? own);
    let merged = byKey.get(key);
    if (!merged) {
      merged = { name: entity.name, type: entity.type, aliases: new Set() };
      byKey.set(key, merged);
    }
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias.toLowerCase() === merged.name.toLowerCase()) continue;
      merged.aliases.add(alias);
      const aliasKey = keyOf(entity.type, alias);
      if (!aliasOwner.has(aliasKey)) aliasOwner.set(aliasKey, key);
    }
  }
  return [...byKey.values()].map((m) => ({ name: m.name, type: m.type, aliases: [...m.aliases].sort(), mentions: [] }));
}
