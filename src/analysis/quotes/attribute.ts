/** Reading the cue beside a quotation ("Blinken said", "said Jen Psaki", "Psaki told reporters:") and the words that name its speaker. */
import { capitalisedStopWords, cueAdverbs, cueVerbs, pronounGender, rolePrepositions, titles, unnamedSpeakers } from './lexicon.js';
import { runEnd } from './people.js';
import { bare, isCapitalised, isSentenceEnd, type Token } from './tokens.js';

/** The words in a cue that name the speaker, still to be resolved against the people met so far. */
export type SpeakerRef =
  | { kind: 'name'; first: number; last: number }
  | { kind: 'pronoun'; at: number; word: string }
  | { kind: 'role'; at: number; head: string }
  /** A cue whose speaker names no one in particular ("a spokeswoman said", "officials said"). */
  | { kind: 'nobody'; at: number };

export interface Cue {
  speaker: SpeakerRef;
  /** The token that ends the cue clause: a comma, a sentence end, or the last token read. */
  end: number;
}

/** How far from a quotation mark a cue may be, in tokens; keeps every look-around bounded. */
const CUE_REACH = 14;
const ROLE_WORDS = 6;

function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.kind === 'word' && token.text.toLowerCase() === word;
}

function isCueVerb(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // "According to Hart, …" opens a sentence; other cue verbs there would be a different use.
  return isCapitalised(token) ? token.text === 'According' : cueVerbs.has(token.text);
}

/** "Dr. Cormac Shiel" after "the dig leader, ": the name a role phrase is set beside. */
function nameAfterComma(tokens: readonly Token[], at: number): { ref: SpeakerRef; next: number } | null {
  if (tokens[at]?.text !== ',') return null;
  const name = tokens[at + 1];
  if (name === undefined || !isCapitalised(name) || (capitalisedStopWords.has(bare(name)) && !titles.has(bare(name)))) return null;
  const end = runEnd(tokens, at + 1);
  return end > at + 1 ? { ref: { kind: 'name', first: at + 1, last: end - 1 }, next: end } : null;
}

const isApostrophe = (token: Token | undefined) => token !== undefined && (token.text === "'" || token.text === '’');

function isAdverb(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || isCapitalised(token)) return false;
  return cueAdverbs.has(token.text) || (token.text.length > 4 && token.text.endsWith('ly'));
}

function stops(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'break' || token.kind === 'open' || token.kind === 'close' || isSentenceEnd(token);
}

const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);

/** A speaker phrase that starts at `at`, and the index just after it. */
function phraseForward(tokens: readonly Token[], at: number): { ref: SpeakerRef; next: number } | null {
  const token = tokens[at];
  if (token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (pronounGender.has(word)) return { ref: { kind: 'pronoun', at, word }, next: at + 1 };
  if (unnamedSpeakers.has(word)) return { ref: { kind: 'nobody', at }, next: at + 1 };
  if (determiners.has(word)) {
    let head: string | null = null;
    let i = at + 1;
    let headDone = false;
    for (; i < tokens.length && i <= at + ROLE_WORDS; i++) {
      const t = tokens[i]!;
      // "the board's chief engineer": the possessive belongs to the phrase.
      if (isApostrophe(t) && isWord(tokens[i + 1], 's')) {
        i++;
        continue;
      }
      if (t.kind !== 'word' || isCueVerb(t)) break;
      if (rolePrepositions.has(t.text)) headDone = true;
      if (!headDone) head = t.text.toLowerCase();
    }
    if (head === null) return null;
    const named = nameAfterComma(tokens, i);
    if (named) return named;
    const ref: SpeakerRef = word === 'the' ? { kind: 'role', at, head } : { kind: 'nobody', at };
    return { ref, next: i };
  }
  // "said union organiser Patrick Doyle", "city manager Hugo Lindqvist said": role words, then the name.
  if (!isCapitalised(token) && !cueVerbs.has(word)) {
    for (let i = at + 1; i < tokens.length && i <= at + 3; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') return null;
      if (isCapitalised(t)) {
        if (capitalisedStopWords.has(bare(t)) && !titles.has(bare(t))) return null;
        const end = runEnd(tokens, i);
        return end > i ? { ref: { kind: 'name', first: i, last: end - 1 }, next: end } : null;
      }
      if (cueVerbs.has(t.text) || rolePrepositions.has(t.text) || determiners.has(t.text)) return null;
    }
    return null;
  }
  if (isCapitalised(token) && (!capitalisedStopWords.has(bare(token)) || titles.has(bare(token)))) {
    const end = runEnd(tokens, at);
    if (end === at) return null;
    return { ref: { kind: 'name', first: at, last: end - 1 }, next: end };
  }
  return null;
}

/** A speaker phrase that ends at `at` (the word before a cue verb), read backwards. */
function phraseBackward(tokens: readonly Token[], at: number, limit: number): SpeakerRef | null {
  let end = at;
  while (end > limit && isAdverb(tokens[end])) end--;
  // "Its secretary, Oksana Petrenko, said": the comma phrase is the name itself.
  if (tokens[end]?.text === ',' && isCapitalised(tokens[end - 1]!) && !capitalisedStopWords.has(bare(tokens[end - 1]!))) end--;
  // "Jen Psaki, the press secretary, said": step over the comma phrase to the name.
  else if (tokens[end]?.text === ',') {
    let i = end - 1;
    while (i > limit && i >= end - CUE_REACH && tokens[i]!.text !== ',' && !stops(tokens[i])) i--;
    if (tokens[i]?.text !== ',') return null;
    end = i - 1;
  }
  const token = tokens[end];
  if (end < limit || token === undefined || token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  if (pronounGender.has(word)) return { kind: 'pronoun', at: end, word };
  if (unnamedSpeakers.has(word)) return { kind: 'nobody', at: end };
  if (isCapitalised(token) && !capitalisedStopWords.has(bare(token))) {
    let first = end;
    while (first - 1 >= limit && first > end - 8) {
      const before = tokens[first - 1]!;
      const isRunWord = (isCapitalised(before) && !capitalisedStopWords.has(bare(before))) || titles.has(bare(before));
      const joins = before.kind === 'word' && (before.text === 'of' || before.text === 'de' || before.text === 'van' || before.text === 'von' || before.text === 'al');
      if (!isRunWord && !(joins && first - 2 >= limit && isCapitalised(tokens[first - 2]!))) break;
      first--;
    }
    return { kind: 'name', first, last: end };
  }
  // "the minister said", "a spokeswoman for the ministry said", "Hart's lawyer said".
  for (let i = end - 1; i >= limit && i >= end - ROLE_WORDS; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return t.text === "'" || t.text === '’' ? { kind: 'nobody', at: i } : null;
    const w = t.text.toLowerCase();
    if (determiners.has(w)) {
      // The head of "the spokeswoman for the ministry" is the word before the first preposition.
      let head = word;
      for (let j = i + 1; j <= end; j++) {
        if (rolePrepositions.has(tokens[j]!.text)) break;
        head = tokens[j]!.text.toLowerCase();
      }
      return w === 'the' ? { kind: 'role', at: i, head } : { kind: 'nobody', at: i };
    }
  }
  return null;
}

/** The token index after an optional comma phrase, adverbs, and so on, where a cue verb must stand. */
function skipToVerb(tokens: readonly Token[], at: number): number {
  let i = at;
  if (tokens[i]?.text === ',') {
    let j = i + 1;
    while (j < tokens.length && j <= i + CUE_REACH && tokens[j]!.text !== ',' && !stops(tokens[j])) j++;
    if (tokens[j]?.text !== ',') return -1;
    i = j + 1;
  }
  while (isAdverb(tokens[i])) i++;
  return i;
}

/** The end of the cue clause after its verb: the first comma or sentence end, within reach. */
function clauseEnd(tokens: readonly Token[], verb: number): number {
  let i = verb + 1;
  let inAppositive = false;
  while (i < tokens.length && i <= verb + 2 * CUE_REACH) {
    const t = tokens[i]!;
    if (stops(t)) return i;
    if (t.text === ',') {
      // "said Jen Psaki, the press secretary, "…"": the comma phrase belongs to the cue.
      const next = tokens[i + 1];
      const opensPhrase = !inAppositive && next !== undefined && next.kind === 'word' && (appositiveStarts.has(next.text) || /^\d/.test(next.text));
      if (!opensPhrase) return i;
      inAppositive = true;
    }
    i++;
  }
  return i - 1;
}

const appositiveStarts = new Set(['the', 'a', 'an', 'who']);

/** A cue right after a closing mark: '"…," Blinken said.', '"…," said Jen Psaki, the …', '"…," she told reporters.' */
export function cueAfter(tokens: readonly Token[], close: number): Cue | null {
  // A quote that ends its sentence with a period inside the marks is followed by a new sentence, not by its cue.
  if (tokens[close - 1]?.text === '.') return null;
  let at = close + 1;
  if (tokens[at]?.text === ',') at++;
  const first = tokens[at];
  if (first === undefined || stops(first)) return null;
  if (isCueVerb(first)) {
    const speakerAt = first.text === 'according' ? (isWord(tokens[at + 1], 'to') ? at + 2 : -1) : at + 1;
    if (speakerAt < 0) return null;
    const phrase = phraseForward(tokens, speakerAt);
    if (phrase === null) return null;
    return { speaker: phrase.ref, end: clauseEnd(tokens, phrase.next - 1) };
  }
  const phrase = phraseForward(tokens, at);
  if (phrase === null) return null;
  let verb = phrase.next;
  // "the spokeswoman for the ministry said": the verb may come a few words after the head.
  if (phrase.ref.kind === 'nobody' || phrase.ref.kind === 'role') {
    while (verb < tokens.length && verb < phrase.next + ROLE_WORDS && tokens[verb]!.kind === 'word' && !isCueVerb(tokens[verb])) verb++;
  } else {
    verb = skipToVerb(tokens, verb);
  }
  if (verb < 0 || !isCueVerb(tokens[verb]) || tokens[verb]!.text === 'according') return null;
  return { speaker: phrase.ref, end: clauseEnd(tokens, verb) };
}

/** A cue before an opening mark: 'Psaki told reporters: "…"', 'Blinken described that "…"', 'According to Hart, "…"'. */
export function cueBefore(tokens: readonly Token[], open: number): Cue | null {
  let start = open - 1;
  while (start >= 0 && start >= open - 2 * CUE_REACH && !stops(tokens[start])) start--;
  start++;
  for (let verb = open - 1; verb >= start && verb >= open - CUE_REACH; verb--) {
    const token = tokens[verb]!;
    if (!isCueVerb(token)) continue;
    // "a group called "…"" names something; "Hart called the plan "…"" quotes Hart.
    if ((token.text === 'called' || token.text === 'calls') && verb === open - 1) return null;
    if (token.text.toLowerCase() === 'according') {
      if (!isWord(tokens[verb + 1], 'to')) return null;
      const phrase = phraseForward(tokens, verb + 2);
      return phrase === null ? null : { speaker: phrase.ref, end: open - 1 };
    }
    const speaker = phraseBackward(tokens, verb - 1, start);
    return speaker === null ? null : { speaker, end: open - 1 };
  }
  return null;
}
