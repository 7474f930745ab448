/*
 * Near-copy detection by SimHash: each run of three words votes on 64 bits, and two texts
 * whose fingerprints differ in only a few bits share almost all their runs (a wire story
 * republished with a new headline or a trimmed end).
 */

/** A 64-bit SimHash as two unsigned 32-bit halves. */
export interface Fingerprint {
  high: number;
  low: number;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Spreads nearby inputs over all 32 bits (the MurmurHash3 finaliser). */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The fingerprint of a word sequence, or null when it has fewer than `minShingles` distinct runs. */
export function simHash(words: readonly string[], minShingles: number): Fingerprint | null {
  // Each word is hashed once; a run's two hashes combine its words' hashes in order.
  const wordHashes = words.map((w) => fnv1a(w, 0x811c9dc5));
  const seen = new Set<number>();
  const votes = new Int32Array(64);
  for (let i = 0; i + 2 < wordHashes.length; i++) {
    const high = mix(Math.imul(wordHashes[i]!, 0x9e3779b1) ^ Math.imul(wordHashes[i + 1]!, 0x85ebca77) ^ wordHashes[i + 2]!);
    const low = mix(high ^ Math.imul(wordHashes[i + 2]! ^ 0x27d4eb2f, 0xc2b2ae3d) ^ wordHashes[i]!);
    const key = high * 4096 + (low & 0xfff);
    if (seen.has(key)) continue;
    seen.add(key);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (high >>> bit) & 1 ? 1 : -1;
      votes[32 + bit]! += (low >>> bit) & 1 ? 1 : -1;
    }
  }
  if (seen.size < Math.max(1, minShingles)) return null;
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit]! > 0) high |= 1 << bit;
    if (votes[32 + bit]! > 0) low |= 1 << bit;
  }
  return { high: high >>> 0, low: low >>> 0 };
}

function popCount(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popCount(a.high ^ b.high) + popCount(a.low ^ b.low);
}

/** Fingerprints at most this many bits apart always share a band (eight bands: one must match). */
export const maxBandedBits = 7;

/**
 * The eight 8-bit bands, each tagged with its place. Two fingerprints at most 7 bits apart agree
 * on at least one band, so an index of bands finds every near-copy candidate.
 */
export function fingerprintBands(print: Fingerprint): string[] {
  const bands: string[] = [];
  for (let i = 0; i < 4; i++) bands.push(`${i}:${(print.high >>> (8 * i)) & 0xff}`, `${4 + i}:${(print.low >>> (8 * i)) & 0xff}`);
  return bands;
}

/**
 * The four 16-bit quarters of a fingerprint. Two fingerprints at most 3 bits apart always share
 * one; at 100,000 stored articles a quarter matches about one other by chance, where an 8-bit
 * band matches hundreds, so both story indexes look near-copies up by quarters.
 */
export function fingerprintQuarters(print: Fingerprint): [number, number, number, number] {
  return [print.high >>> 16, print.high & 0xffff, print.low >>> 16, print.low & 0xffff];
}
