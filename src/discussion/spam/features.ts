/*
 * What the spam model reads of a comment: hashed word 1–2-grams and character 3–5-grams of the
 * text, plus a few structural signals (links and their hosts, the website field, repeated
 * characters, the share of capitals, phone numbers, short codes, email addresses).
 *
 * Every pass over the text is a plain loop over its characters or one split on a single
 * character class, so the cost is linear in the (capped) length whatever the text holds.
 */

/** The hashed feature space: 2^18 weights, 1 MiB as float32. */
export const FEATURE_BITS = 18;
export const FEATURE_DIMS = 1 << FEATURE_BITS;
const MASK = FEATURE_DIMS - 1;

/** Only so much of a long text is read: what spam says, it says early. */
export const MAX_MODEL_CHARS = 3000;

export interface ModelInput {
  /** The comment as typed. */
  text: string;
  /** The website field, if any. */
  url?: string | null | undefined;
}

/** A sparse vector: parallel arrays of distinct indices and their values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function hashString(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** Distinct seeds keep the blocks apart: a word "abc" and the 3-gram "abc" are different features. */
const SEED_CHAR = FNV_OFFSET;
const SEED_WORD = fnvStep(FNV_OFFSET, 0x1f);
const SEED_BIGRAM = fnvStep(FNV_OFFSET, 0x1e);
const SEED_SIGNAL = fnvStep(FNV_OFFSET, 0x1d);

/** Weight of the structural signals next to the L2-normalised n-gram blocks. */
const SIGNAL_VALUE = 0.5;

/** Common top-level domains: a bare "name.tld/" or "name.tld" counts as a link only with one of these. */
const bareTlds = new Set(
  'com net org info biz io co me ly tk ml ga cf gq xyz top site online club shop store us uk ru de fr nl pl in cn br au ca eu tv cc ws be gl gg to app dev link click win vip live pro mobi name'.split(' '),
);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isHostChar = (c: number) => (c >= 97 && c <= 122) || isDigit(c) || c === 45 || c === 46;

/** Hosts written in a lowercased text: after "://", after "www.", or a bare name with a common top-level domain. */
export function findHosts(lower: string): string[] {
  const hosts: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isHostChar(c) || c === 45 || c === 46) {
      i++;
      continue;
    }
    // A run of host characters; where it starts decides whether it is a link.
    let j = i;
    while (j < n && isHostChar(lower.charCodeAt(j))) j++;
    let end = j;
    while (end > i && lower.charCodeAt(end - 1) === 46) end--;
    const run = lower.slice(i, end);
    const afterScheme = i >= 3 && lower.startsWith('://', i - 3);
    const www = run.startsWith('www.');
    const dot = run.lastIndexOf('.');
    if (dot > 0 && dot < run.length - 1 && (afterScheme || www || bareTlds.has(run.slice(dot + 1)))) hosts.push(www ? run.slice(4) : run);
    i = j;
  }
  return hosts;
}

/** The text as the n-grams see it: lowercased, digits as "0", whitespace collapsed, U+FEFF gone. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\ufeff/g, '').replace(/[0-9]/g, '0').replace(/\s+/g, ' ').trim();
}

/**
 * The text split at whitespace into its links and the rest: `prose` without the links (what the
 * shape signals read), `words` with each link as its bare host (what the n-grams read, so that
 * a path's random letters and the "https://www." every link shares say nothing).
 */
function splitLinks(text: string): { prose: string; words: string; hosts: string[] } {
  const hosts: string[] = [];
  let prose = '';
  let words = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const token = text.slice(start, i);
      // An address "name@host.tld" is an email, not a link: the shape signals count it.
      const email = token.includes('@') && !token.includes('://');
      // A host has a dot: most words are passed over without a look.
      const found = email || !token.includes('.') ? [] : findHosts(token.toLowerCase());
      if (found.length > 0) {
        hosts.push(...found);
        words += ` ${found.join(' ')}`;
      } else {
        prose += ` ${token}`;
        words += ` ${token}`;
      }
      start = -1;
    }
  }
  return { prose: prose.slice(1), words: words.slice(1), hosts };
}

/** Structural signals of the text without its links, of the links, and of the website field. */
function signals(raw: string, hosts: readonly string[], url: string, out: (name: string) => void): void {
  out(`links:${hosts.length >= 3 ? '3+' : hosts.length}`);
  for (const host of hosts) {
    out(`host:${host}`);
    out(`tld:${host.slice(host.lastIndexOf('.') + 1)}`);
  }
  const site = url.trim().toLowerCase();
  if (site !== '') {
    out('website');
    for (const host of findHosts(site.includes('://') ? site : `http://${site}`)) out(`site:${host}`);
  }

  let upper = 0;
  let letters = 0;
  let longestRun = 1;
  let run = 1;
  let bangs = 0;
  let digitRun = 0;
  let longestDigits = 0;
  let emails = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
    } else {
      const s = raw[i]!;
      const low = s.toLowerCase();
      if (low !== s.toUpperCase()) letters++;
      if (low !== s) upper++;
    }
    if (i > 0 && c === raw.charCodeAt(i - 1) && c !== 32 && !isDigit(c)) {
      run++;
      if (run > longestRun) longestRun = run;
    } else run = 1;
    if (c === 33) bangs++;
    // Digits with single spaces between them count as one number (a phone number).
    if (isDigit(c)) digitRun++;
    else if (c === 32 && digitRun > 0 && i + 1 < raw.length && isDigit(raw.charCodeAt(i + 1))) continue;
    else {
      if (digitRun > longestDigits) longestDigits = digitRun;
      digitRun = 0;
    }
    if (c === 64 && i > 0 && i + 3 < raw.length && isAlnum(raw.charCodeAt(i - 1)) && isAlnum(raw.charCodeAt(i + 1))) emails++;
  }
  if (digitRun > longestDigits) longestDigits = digitRun;
  if (letters >= 10) {
    const share = upper / letters;
    out(share >= 0.6 ? 'caps:most' : share >= 0.3 ? 'caps:many' : share >= 0.1 ? 'caps:some' : 'caps:few');
  }
  if (longestRun >= 3) out(longestRun >= 5 ? 'repeat:5+' : 'repeat:3+');
  if (bangs >= 2) out(bangs >= 4 ? 'bangs:4+' : 'bangs:2+');
  if (longestDigits >= 9) out('phone');
  else if (longestDigits >= 5) out('digits:5-8');
  if (emails > 0) out('email-in-text');
  const length = raw.length;
  out(`length:${length < 20 ? 'xs' : length < 60 ? 's' : length < 160 ? 'm' : length < 400 ? 'l' : 'xl'}`);
}

/**
 * Splits words on anything that is not a letter, mark, digit or apostrophe. One character class,
 * so the split is linear.
 */
const wordSplit = /[^\p{L}\p{M}\p{N}'’]+/u;

const entities: Record<string, string> = { '#39': "'", '#x27': "'", amp: '&', quot: '"', lt: '<', gt: '>', nbsp: ' ' };

/** Pasted HTML reads as its text: a few entities decoded, line breaks as spaces. */
function plainText(text: string): string {
  return text.replace(/&(#39|#x27|amp|quot|lt|gt|nbsp);/g, (_, name: string) => entities[name] ?? '').replace(/<br ?\/?>/gi, ' ');
}

/** A text's features before they are weighed: hashed indices per block, and what names them. */
interface Parts {
  chars: number[];
  words: number[];
  signals: string[];
  /** Only when explaining: each n-gram's text, in the order of the indices. */
  charNames: string[];
  wordNames: string[];
}

function extract(input: ModelInput, maxChars: number, explain: boolean): Parts {
  const capped = plainText(input.text.length > maxChars ? input.text.slice(0, maxChars) : input.text);
  const { prose, words: linkless, hosts } = splitLinks(capped);
  const text = normalise(linkless);
  const parts: Parts = { chars: [], words: [], signals: [], charNames: [], wordNames: [] };

  // Character 3–5-grams of " text ", each an FNV hash grown one character at a time.
  const padded = ` ${text} `;
  const end = padded.length;
  for (let i = 0; i + 3 <= end; i++) {
    let h = fnvStep(fnvStep(SEED_CHAR, padded.charCodeAt(i)), padded.charCodeAt(i + 1));
    for (let k = 2; k < 5 && i + k < end; k++) {
      h = fnvStep(h, padded.charCodeAt(i + k));
      parts.chars.push(h & MASK);
      if (explain) parts.charNames.push(`"${padded.slice(i, i + k + 1)}"`);
    }
  }

  const words = text.split(wordSplit);
  let previous = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '' || w.length > 40) continue;
    parts.words.push(hashString(SEED_WORD, w) & MASK);
    if (explain) parts.wordNames.push(w);
    if (previous >= 0) {
      parts.words.push(hashString(fnvStep(hashString(SEED_BIGRAM, words[previous]!), 32), w) & MASK);
      if (explain) parts.wordNames.push(`${words[previous]} ${w}`);
    }
    previous = i;
  }

  signals(prose, hosts, input.url ?? '', (name) => parts.signals.push(name));
  return parts;
}

// Scratch counts for featurize: one comment at a time per process, back to zero after each block.
const blockCounts = new Int32Array(FEATURE_DIMS);

/**
 * Writes a block of hashed n-grams from position `n` on, as term counts scaled to unit length;
 * returns the next free position. An index another block also uses appears once per block: the
 * model adds up every entry, so that is the same as one entry with the sum.
 */
function addBlock(block: readonly number[], indices: Int32Array, values: Float32Array, n: number): number {
  const start = n;
  for (const f of block) if (blockCounts[f]!++ === 0) indices[n++] = f;
  let norm = 0;
  for (let i = start; i < n; i++) norm += blockCounts[indices[i]!]! * blockCounts[indices[i]!]!;
  const scale = 1 / Math.sqrt(norm);
  for (let i = start; i < n; i++) {
    const f = indices[i]!;
    values[i] = blockCounts[f]! * scale;
    blockCounts[f] = 0;
  }
  return n;
}

/** The comment as the model reads it; `maxChars` is for tests that measure how the cost grows. */
export function featurize(input: ModelInput, maxChars = MAX_MODEL_CHARS): SparseVector {
  const parts = extract(input, maxChars, false);
  const size = parts.chars.length + parts.words.length + parts.signals.length;
  const indices = new Int32Array(size);
  const values = new Float32Array(size);
  let n = addBlock(parts.words, indices, values, addBlock(parts.chars, indices, values, 0));
  for (const name of parts.signals) {
    indices[n] = hashString(SEED_SIGNAL, name) & MASK;
    values[n++] = SIGNAL_VALUE;
  }
  return { indices: indices.slice(0, n), values: values.slice(0, n) };
}

/** Each feature with a readable name, its index and value, for explaining a decision. */
export function namedFeatures(input: ModelInput): { name: string; index: number; value: number }[] {
  const parts = extract(input, MAX_MODEL_CHARS, true);
  const named: { name: string; index: number; value: number }[] = [];
  const block = (indices: readonly number[], names: readonly string[]) => {
    const counts = new Map<number, { count: number; name: string }>();
    indices.forEach((f, i) => {
      const entry = counts.get(f);
      if (entry) entry.count++;
      else counts.set(f, { count: 1, name: names[i]! });
    });
    let norm = 0;
    for (const { count } of counts.values()) norm += count * count;
    for (const [index, { count, name }] of counts) named.push({ name, index, value: count / Math.sqrt(norm) });
  };
  block(parts.chars, parts.charNames);
  block(parts.words, parts.wordNames);
  for (const name of parts.signals) named.push({ name, index: hashString(SEED_SIGNAL, name) & MASK, value: SIGNAL_VALUE });
  return named;
}
