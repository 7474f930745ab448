/** People named in an article: runs of capitalised words read as names, and the register that resolves later references to them. */
import {
  capitalisedStopWords, genderedWords, givenNameGender, honorifics, nameParticles, organisationWords,
  pronounGender, rolePrepositions, titleComplements, titles, type Gender,
} from './lexicon.js';
import { bare, isCapitalised, isSentenceEnd, type Token } from './tokens.js';
import type { KnownName } from './types.js';

/** A run of capitalised words that may name a person, before it is matched against earlier ones. */
export interface Mention {
  first: number;
  last: number;
  /** The name without titles, as written ("Antony Blinken", or "Blinken" alone). */
  words: string[];
  /** The tagger's name for it, when the tagger knows it. */
  known: string | null;
  hasTitle: boolean;
  roles: string[];
  gender: Gender | null;
  paragraph: number;
  /** Named inside a quotation: known to the register, but not someone a later pronoun can mean. */
  quoted: boolean;
}

const MAX_RUN = 8;
const MAX_NAME_WORDS = 3;
const MAX_APPOSITIVE = 14;

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token) && !capitalisedStopWords.has(bare(token));
}

/** Whether tokens[i] continues a run of capitals: a capitalised word, or a particle or "of" between two of them. */
function continuesRun(tokens: readonly Token[], i: number, hasTitle: boolean): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (isNameWord(token)) return true;
  if (token.kind !== 'word') return false;
  const word = token.text;
  if (nameParticles.has(word) || (word === 'of' && hasTitle)) return isNameWord(tokens[i + 1]);
  return false;
}

/** The end (exclusive) of the run of capitals that starts at `start`, at most MAX_RUN tokens. */
export function runEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  let hasTitle = false;
  while (end < tokens.length && end - start < MAX_RUN && continuesRun(tokens, end, hasTitle)) {
    if (titles.has(bare(tokens[end]!))) hasTitle = true;
    end++;
  }
  return end;
}

/** The role a comma phrase after a name gives ("Jen Psaki, the White House press secretary," → secretary) and its hint of gender. */
function appositive(tokens: readonly Token[], at: number): { role: string | null; gender: Gender | null } {
  const none = { role: null, gender: null };
  if (tokens[at]?.text !== ',') return none;
  let head: string | null = null;
  let gender: Gender | null = null;
  let headDone = false;
  const lead = tokens[at + 1];
  if (lead === undefined || lead.kind !== 'word') return none;
  const leadWord = lead.text.toLowerCase();
  if (leadWord !== 'the' && leadWord !== 'a' && leadWord !== 'an' && leadWord !== 'who' && isCapitalised(lead)) return none;
  for (let i = at + 1; i < tokens.length && i <= at + MAX_APPOSITIVE; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') break;
    const word = token.text.toLowerCase();
    const hint = genderedWords.get(word);
    if (hint && gender === null) gender = hint;
    if (rolePrepositions.has(word)) headDone = true;
    if (!headDone && word !== 'the' && word !== 'a' && word !== 'an' && !/\d/.test(word)) head = word;
  }
  return { role: head, gender };
}

/**
 * The role a phrase just before a name gives it: "the finance minister, Lena Hart," or "Her
 * grandson, Rupert Pemberton," (set off by a comma), or "the airline Skyvale", "the striker Mateo
 * Ferran" (directly before it, which also makes a single name a proper one).
 */
function roleBefore(tokens: readonly Token[], first: number): { role: string; direct: boolean } | null {
  const direct = tokens[first - 1]?.text !== ',';
  const headAt = direct ? first - 1 : first - 2;
  const head = tokens[headAt];
  if (head === undefined || head.kind !== 'word' || isCapitalised(head) || placePrepositions.has(head.text) || rolePrepositions.has(head.text)) return null;
  for (let i = headAt - 1; i >= 0 && i >= headAt - 4; i--) {
    const token = tokens[i]!;
    if (token.kind !== 'word') return !direct && (token.text === "'" || token.text === '’') ? { role: head.text, direct } : null;
    if (roleDeterminers.has(token.text.toLowerCase())) return { role: head.text, direct };
    if (isCapitalised(token)) return null;
  }
  return null;
}

const roleDeterminers = new Set(['the', 'her', 'his', 'its', 'their', 'our']);

/** Words before a run of capitals that make it a place ("the village of Upton Fell", "in Ashby Cross"). */
const placePrepositions = new Set(['in', 'at', 'near', 'of', 'into', 'outside', 'across', 'through', 'towards', 'toward']);

function startsSentence(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before === undefined || before.kind === 'break' || before.kind === 'open' || isSentenceEnd(before);
}

/** Every run of capitals that may name a person, in the order of the text. One pass; each run at most MAX_RUN tokens. */
export function findMentions(tokens: readonly Token[], knownNames: readonly KnownName[], work: { steps: number }): Mention[] {
  const known = new Map<string, string>();
  for (const person of knownNames) {
    known.set(person.name.toLowerCase(), person.name);
    for (const alias of person.aliases ?? []) known.set(alias.toLowerCase(), person.name);
  }
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    work.steps++;
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    const end = runEnd(tokens, i);
    work.steps += end - i;
    const mention = readRun(tokens, i, end, known);
    if (mention) mentions.push(mention);
    i = end;
  }
  return mentions;
}

function readRun(tokens: readonly Token[], first: number, end: number, known: ReadonlyMap<string, string>): Mention | null {
  const words = tokens.slice(first, end).map((t) => t.text);
  // The name is at the end of the run: walk back over name words until a title, an organisation word or a title's complement.
  let nameStart = words.length;
  let nameWords = 0;
  while (nameStart > 0 && nameWords < MAX_NAME_WORDS) {
    const word = bare(tokens[first + nameStart - 1]!);
    if (titles.has(word) || organisationWords.has(word) || word === 'of') break;
    if (titleComplements.has(word) && nameWords > 0) break;
    nameStart--;
    if (!nameParticles.has(word)) nameWords++;
  }
  // "Conductor Teodor Blanc" at the start of a sentence: a capitalised role word, not a third name.
  if (words.length - nameStart === MAX_NAME_WORDS && startsSentence(tokens, first + nameStart) && !givenNameGender.has(words[nameStart]!.toLowerCase())) nameStart++;
  const nameTokens = words.slice(nameStart);
  const prefix = tokens.slice(first, first + nameStart).map(bare);
  const wholeRun = words.join(' ').toLowerCase();
  const knownName = known.get(nameTokens.join(' ').toLowerCase()) ?? known.get(wholeRun) ?? null;
  if (nameTokens.length === 0 && knownName === null) return null;
  // A run ending in an organisation word ("Harbor Bank") names no person.
  if (nameStart === words.length && knownName === null) return null;
  const hasTitle = prefix.some((w) => titles.has(w));
  const previous = tokens[first - 1];
  if (!hasTitle && knownName === null && previous?.kind === 'word' && placePrepositions.has(previous.text)) return null;
  // "Rovers manager", "Quillon spokeswoman": a single capitalised word before a role is a modifier, not a person.
  const next = tokens[end];
  if (nameTokens.length === 1 && next?.kind === 'word' && !isCapitalised(next) && titles.has(next.text)) return null;
  const roles = prefix.filter((w) => titles.has(w) && !honorifics.has(w));
  let gender: Gender | null = null;
  for (const w of prefix) gender ??= genderedWords.get(w) ?? null;
  const after = appositive(tokens, end);
  if (after.role) roles.push(after.role);
  const before = nameStart === 0 ? roleBefore(tokens, first) : null;
  if (before) {
    roles.push(before.role);
    gender ??= genderedWords.get(before.role) ?? null;
  }
  gender ??= after.gender;
  if (nameTokens.length >= 2) gender ??= givenNameGender.get(nameTokens[0]!.toLowerCase()) ?? null;
  return { first, last: end - 1, words: nameTokens, known: knownName, hasTitle: hasTitle || before?.direct === true, roles, gender, paragraph: tokens[first]!.paragraph, quoted: false };
}

export interface Person {
  name: string;
  gender: Gender | null;
}

interface Sighting {
  person: Person;
  paragraph: number;
}

/** How far back (in paragraphs) a pronoun may look for the one person it can mean. */
const PRONOUN_PARAGRAPHS = 2;
/** At most this many recent sightings are read for a pronoun, so the look-back is bounded. */
const PRONOUN_SIGHTINGS = 40;

/**
 * People met so far while reading in order. A later reference resolves only to someone met
 * earlier, and only when exactly one earlier person fits; otherwise nobody.
 */
export class Register {
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byOtherName = new Map<string, Person[]>();
  private readonly byRole = new Map<string, Person[]>();
  private readonly sightings: Sighting[] = [];

  /** The person a mention names: an earlier one, a new one, or null when it names nobody or several people. */
  meet(mention: Mention): Person | null {
    const person = this.identify(mention);
    if (person === null) return null;
    person.gender ??= mention.gender;
    for (const role of mention.roles) this.addTo(this.byRole, role, person);
    if (!mention.quoted) this.sighted(person, mention.paragraph);
    return person;
  }

  sighted(person: Person, paragraph: number): void {
    this.sightings.push({ person, paragraph });
  }

  private identify(mention: Mention): Person | null {
    const full = mention.known ?? (mention.words.length >= 2 ? mention.words.join(' ') : null);
    if (full !== null) {
      const key = full.toLowerCase();
      const existing = this.byName.get(key);
      if (existing) return existing;
      if (mention.known === null) {
        // "Mayor Hart" met before "Lena Hart": the single surname was a placeholder for this person.
        const surname = mention.words[mention.words.length - 1]!.toLowerCase();
        const same = this.bySurname.get(surname);
        if (same?.length === 1 && !same[0]!.name.includes(' ')) {
          same[0]!.name = full;
          this.byName.set(key, same[0]!);
          return same[0]!;
        }
      }
      const person: Person = { name: full, gender: null };
      this.byName.set(key, person);
      const parts = (mention.known !== null ? full.split(' ') : mention.words).map((w) => w.toLowerCase());
      this.addTo(this.bySurname, parts.at(-1)!, person);
      for (const part of parts.slice(0, -1)) this.addTo(this.byOtherName, part, person);
      return person;
    }
    const word = mention.words[0]!.toLowerCase();
    const matches = this.bySurname.get(word);
    if (matches) return matches.length === 1 ? matches[0]! : null;
    // "Yoon said" after "Yoon Seo-ah": a family name written first.
    const others = this.byOtherName.get(word);
    if (others) return others.length === 1 && mention.hasTitle === false ? others[0]! : null;
    if (!mention.hasTitle) return null;
    const person: Person = { name: mention.words[0]!, gender: null };
    this.addTo(this.bySurname, word, person);
    return person;
  }

  /** "the minister": the one earlier person with that role, or null. */
  withRole(role: string): Person | null {
    const people = this.byRole.get(role);
    return people?.length === 1 ? people[0]! : null;
  }

  /** "she said": the one person of that kind met in the last paragraphs, or null when none or several fit. */
  pronoun(word: string, paragraph: number): Person | null {
    const wanted = pronounGender.get(word);
    if (wanted === undefined) return null;
    const seen = new Set<Person>();
    const inParagraph = new Set<Person>();
    for (let i = this.sightings.length - 1, read = 0; i >= 0 && read < PRONOUN_SIGHTINGS; i--, read++) {
      const sighting = this.sightings[i]!;
      if (sighting.paragraph < paragraph - PRONOUN_PARAGRAPHS) break;
      seen.add(sighting.person);
      if (sighting.paragraph === paragraph) inParagraph.add(sighting.person);
    }
    const fits = (p: Person) => (wanted === 'any' ? p.gender === null : p.gender === null || p.gender === wanted);
    // The paragraph's own people come first: one person named in it is the one "she" means, if she can be.
    if (inParagraph.size === 1) {
      const [only] = inParagraph;
      return fits(only!) ? only! : null;
    }
    const candidates = [...(inParagraph.size > 1 ? inParagraph : seen)].filter(fits);
    if (wanted === 'any' && seen.size !== 1) return null;
    return candidates.length === 1 ? candidates[0]! : null;
  }

  private addTo(map: Map<string, Person[]>, key: string, person: Person): void {
    const list = map.get(key);
    if (!list) map.set(key, [person]);
    // Two are enough to know a reference is ambiguous; a longer list would only cost time.
    else if (list.length < 2 && list[0] !== person) list.push(person);
  }
}
