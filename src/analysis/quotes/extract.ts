/** Direct quotations in an article's plain text, each with its speaker when the text makes it clear. */
import { cueAfter, cueBefore, type Cue, type SpeakerRef } from './attribute.js';
import { findMentions, Register, type Mention, type Person } from './people.js';
import { findChains, type Chain } from './spans.js';
import { isCapitalised, isSentenceEnd, tokenize, type Token } from './tokens.js';
import type { ExtractOptions, Quote } from './types.js';

/** Longer articles are read up to here: work stays bounded whatever a feed sends. */
export const MAX_INPUT_CHARS = 200_000;
/** Without a cue, quoted words are a quotation only from this many words and when they read as a sentence. */
const MIN_UNCUED_WORDS = 6;

interface Candidate {
  chain: Chain;
  cue: Cue | null;
  /** A quotation with no cue of its own right after a cued one in the same paragraph takes that one's speaker. */
  follows: Candidate | null;
  index: number;
}

export function extractQuotes(articleText: string, options: ExtractOptions = {}): Quote[] {
  const work = options.work ?? { steps: 0 };
  const text = articleText.length > MAX_INPUT_CHARS ? articleText.slice(0, MAX_INPUT_CHARS) : articleText;
  const tokens = tokenize(text, work);
  const candidates = joinSplitQuotes(tokens, findChains(tokens, work), work);
  const kept = candidates.filter((c) => c.cue !== null || c.follows !== null || readsAsSentence(tokens, c.chain));
  kept.forEach((candidate, index) => {
    candidate.index = index;
  });
  const mentions = findMentions(tokens, options.knownNames ?? [], work);
  markQuoted(mentions, candidates, work);
  const speakers = resolveSpeakers(tokens, kept, mentions, work);
  return kept.map((candidate, i) => toQuote(text, tokens, candidate.chain, speakers[i] ?? null));
}

/** Flags the mentions that stand inside quotation marks; both lists are in text order, so one merge pass does it. */
function markQuoted(mentions: Mention[], candidates: readonly Candidate[], work: { steps: number }): void {
  const segments = candidates.flatMap((c) => c.chain);
  segments.sort((a, b) => a.first - b.first);
  let s = 0;
  for (const mention of mentions) {
    work.steps++;
    while (s < segments.length && segments[s]!.last < mention.first) s++;
    const segment = segments[s];
    if (segment !== undefined && segment.first <= mention.first) mention.quoted = true;
  }
}

function cueOf(tokens: readonly Token[], chain: Chain): Cue | null {
  for (const segment of chain) {
    if (segment.close !== null) {
      const after = cueAfter(tokens, segment.close);
      if (after) return after;
    }
  }
  return cueBefore(tokens, chain[0]!.open);
}

/**
 * '"…," she said, "…"' is one quotation: a chain whose cue ends with a comma right before the
 * next opening mark takes that chain in. A chain with no cue right after a cue sentence follows it.
 */
function joinSplitQuotes(tokens: readonly Token[], chains: readonly Chain[], work: { steps: number }): Candidate[] {
  const candidates: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const chain of chains) {
    work.steps++;
    const open = chain[0]!.open;
    if (previous?.cue && previous.cue.end < open) {
      const end = tokens[previous.cue.end]!;
      const lastClose = previous.chain.at(-1)!.close;
      const cueAfterPrevious = lastClose !== null && previous.cue.end > lastClose;
      if (cueAfterPrevious && end.text === ',' && previous.cue.end + 1 === open) {
        previous.chain.push(...chain);
        continue;
      }
      if (cueAfterPrevious && end.paragraph === tokens[open]!.paragraph && endsCueSentence(tokens, previous.cue.end, open)) {
        const cue = cueOf(tokens, chain);
        const candidate: Candidate = { chain, cue, follows: cue === null ? previous : null, index: 0 };
        candidates.push(candidate);
        previous = candidate;
        continue;
      }
    }
    const candidate: Candidate = { chain, cue: cueOf(tokens, chain), follows: null, index: 0 };
    candidates.push(candidate);
    previous = candidate;
  }
  return candidates;
}

/** Whether the cue's sentence ends right before `open`, with no other sentence between: '"…," she said on Monday. "…"'. */
function endsCueSentence(tokens: readonly Token[], cueEnd: number, open: number): boolean {
  if (!isSentenceEnd(tokens[open - 1]!)) return false;
  for (let i = cueEnd + 1; i < open - 1; i++) if (isSentenceEnd(tokens[i]!) || tokens[i]!.kind === 'break') return false;
  return true;
}

/** Quoted words with no cue count only when they look like speech: long enough, not a title, ending like a sentence or clause. */
function readsAsSentence(tokens: readonly Token[], chain: Chain): boolean {
  let words = 0;
  let capitals = 0;
  for (const segment of chain) {
    for (let i = segment.first; i <= segment.last; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      words++;
      if (isCapitalised(token)) capitals++;
    }
  }
  if (words < MIN_UNCUED_WORDS || capitals * 2 > words) return false;
  const last = tokens[chain.at(-1)!.last]!;
  return isSentenceEnd(last) || last.text === ',';
}

/** Reads the text once, in order, meeting people as they appear, and resolves each speaker when its words are reached. */
function resolveSpeakers(tokens: readonly Token[], candidates: readonly Candidate[], mentions: readonly Mention[], work: { steps: number }): (string | null)[] {
  const register = new Register();
  const people: (Person | null)[] = mentions.map(() => null);
  const mentionAt = new Map<number, number>();
  mentions.forEach((mention, index) => {
    for (let t = mention.first; t <= mention.last; t++) mentionAt.set(t, index);
  });
  const requests = candidates
    .map((candidate, index) => ({ index, ref: candidate.cue?.speaker ?? null, at: refPosition(candidate.cue?.speaker ?? null) }))
    .filter((r) => r.ref !== null)
    .sort((a, b) => a.at - b.at);
  const speakers: (Person | null)[] = candidates.map(() => null);
  let next = 0;
  for (const request of requests) {
    work.steps++;
    const ref = request.ref!;
    // Meet everyone named before the cue (and, for a name, the name itself).
    const upTo = ref.kind === 'name' ? ref.last : request.at - 1;
    while (next < mentions.length && mentions[next]!.first <= upTo) {
      work.steps++;
      people[next] = register.meet(mentions[next]!);
      next++;
    }
    const person = resolve(tokens, ref, register, people, mentionAt);
    if (person && ref.kind !== 'name') register.sighted(person, tokens[request.at]!.paragraph);
    speakers[request.index] = person;
  }
  return candidates.map((candidate, i) => {
    if (candidate.follows === null) return speakers[i]?.name ?? null;
    return speakers[candidate.follows.index]?.name ?? null;
  });
}

function refPosition(ref: SpeakerRef | null): number {
  if (ref === null) return -1;
  return ref.kind === 'name' ? ref.first : ref.at;
}

function resolve(tokens: readonly Token[], ref: SpeakerRef, register: Register, people: readonly (Person | null)[], mentionAt: ReadonlyMap<number, number>): Person | null {
  switch (ref.kind) {
    case 'nobody':
      return null;
    case 'pronoun':
      return register.pronoun(ref.word, tokens[ref.at]!.paragraph);
    case 'role':
      return register.withRole(ref.head);
    case 'name': {
      for (let t = ref.last; t >= ref.first; t--) {
        const index = mentionAt.get(t);
        if (index !== undefined) return people[index] ?? null;
      }
      return null;
    }
  }
}

function toQuote(text: string, tokens: readonly Token[], chain: Chain, speaker: string | null): Quote {
  const pieces = chain.map((segment) => text.slice(tokens[segment.first]!.start, tokens[segment.last]!.end));
  return {
    text: pieces.join(' '),
    speaker,
    start: tokens[chain[0]!.first]!.start,
    end: tokens[chain.at(-1)!.last]!.end,
    paragraph: tokens[chain[0]!.first]!.paragraph,
  };
}
