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
  // Final avalanche so nearby inputs spread over all bits.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The fingerprint of a word sequence, or null when it has fewer than `minShingles` distinct runs. */
export function simHash(words: readonly string[], minShingles: number): Fingerprint | null {
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) shingles.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (shingles.size < Math.max(1, minShingles)) return null;
  const votes = new Int32Array(64);
  for (const shingle of shingles) {
    const high = fnv1a(shingle, 0x811c9dc5);
    const low = fnv1a(shingle, 0x9747b28c);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (high >>> bit) & 1 ? 1 : -1;
      votes[32 + bit]! += (low >>> bit) & 1 ? 1 : -1;
    }
  }
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
  let count = 0;
  while (v !== 0) {
    v &= v - 1;
    count++;
  }
  return count;
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
