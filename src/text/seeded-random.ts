/**
 * mulberry32, a small and well-known 32-bit generator: a fixed seed gives a fixed sequence of
 * numbers in [0, 1), so training runs, evaluations and benchmarks repeat bit for bit (never
 * Math.random where a result must be reproduced).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
