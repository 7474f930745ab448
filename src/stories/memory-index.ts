import { fingerprintQuarters, hammingDistance, type Fingerprint } from './fingerprint.js';
import type { StoryOptions } from './options.js';
import type { PreparedArticle, Story } from './story.js';
import type { StoryIndex } from './story-index.js';
import { heaviestTerms, type TermStats } from './vector.js';

interface StoredArticle {
  storyId: string;
  fingerprint: Fingerprint;
}

/** A quarter's place (0–3) and value as one number: Map lookups by number are cheaper than by string. */
function quarterKeys(print: Fingerprint): number[] {
  return fingerprintQuarters(print).map((value, place) => place * 0x10000 + value);
}

/** Ranks before: more shared weight, then the older story (the lower id), as the database index ranks them. */
function ranksBefore(a: readonly [string, number], b: readonly [string, number]): boolean {
  return a[1] > b[1] || (a[1] === b[1] && Number(a[0]) < Number(b[0]));
}

/**
 * The ids of the `limit` stories with the most shared weight, best first. A year or a kind's
 * common word lists hundreds of stories; only the few best are kept, so they are not all sorted.
 */
function heaviestShares(shared: ReadonlyMap<string, number>, limit: number): string[] {
  const top: Array<readonly [string, number]> = [];
  if (limit <= 0) return [];
  for (const entry of shared) {
    if (top.length === limit && !ranksBefore(entry, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && ranksBefore(entry, top[at - 1]!)) at--;
    if (top.length === limit) top.pop();
    top.splice(at, 0, entry);
  }
  return top.map(([id]) => id);
}

/**
 * Stories in this process's memory: an inverted index from each story's heaviest terms to the
 * story, an index of fingerprint quarters for near-copies (as the database's index has, so
 * both find the same copies), and the document frequencies.
 * Stories get ids "1", "2", … in the order they are created.
 */
export class MemoryStoryIndex implements StoryIndex, TermStats {
  readonly #options: StoryOptions;
  readonly #stories = new Map<string, Story>();
  readonly #postings = new Map<string, Set<string>>();
  readonly #indexedTerms = new Map<string, readonly string[]>();
  readonly #quarters = new Map<number, StoredArticle[]>();
  readonly #frequencies = new Map<string, number>();
  #documents = 0;

  constructor(options: StoryOptions) {
    this.#options = options;
  }

  get documents(): number {
    return this.#documents;
  }

  get storyCount(): number {
    return this.#stories.size;
  }

  frequency(term: string): number {
    return this.#frequencies.get(term) ?? 0;
  }

  story(id: string): Story | undefined {
    return this.#stories.get(id);
  }

  async termStats(): Promise<TermStats> {
    return this;
  }

  async nearCopies(fingerprint: Fingerprint, maxBits: number): Promise<Story[]> {
    const distances = new Map<string, number>();
    for (const key of quarterKeys(fingerprint)) {
      for (const stored of this.#quarters.get(key) ?? []) {
        const distance = hammingDistance(fingerprint, stored.fingerprint);
        if (distance > maxBits) continue;
        const known = distances.get(stored.storyId);
        if (known === undefined || distance < known) distances.set(stored.storyId, distance);
      }
    }
    return [...distances].sort((a, b) => a[1] - b[1]).map(([id]) => this.#stories.get(id)!);
  }

  async candidates(query: ReadonlyArray<readonly [string, number]>, limit: number): Promise<Story[]> {
    const shared = new Map<string, number>();
    for (const [term, weight] of query) {
      const posting = this.#postings.get(term);
      // A term listed for very many stories picks nothing out (a year, a weekday): skipped, so a lookup stays cheap.
      if (posting === undefined || posting.size > this.#options.maxPostings) continue;
      for (const id of posting) shared.set(id, (shared.get(id) ?? 0) + weight);
    }
    return heaviestShares(shared, limit).map((id) => this.#stories.get(id)!);
  }

  async save(story: Story, article: PreparedArticle): Promise<string> {
    const id = story.id ?? String(this.#stories.size + 1);
    for (const term of article.weights.keys()) this.#frequencies.set(term, (this.#frequencies.get(term) ?? 0) + 1);
    this.#documents++;
    const stored: Story = { ...story, id };
    this.#stories.set(id, stored);
    this.#reindex(id, stored);
    if (article.fingerprint !== null) {
      for (const key of quarterKeys(article.fingerprint)) {
        let bucket = this.#quarters.get(key);
        if (bucket === undefined) this.#quarters.set(key, (bucket = []));
        bucket.push({ storyId: id, fingerprint: article.fingerprint });
      }
    }
    return id;
  }

  /** Lists the story under its heaviest terms now, and no longer under the ones it lost. */
  #reindex(id: string, story: Story): void {
    const terms = heaviestTerms(story.centroid, this, this.#options.indexedTerms).map(([term]) => term);
    const kept = new Set(terms);
    for (const old of this.#indexedTerms.get(id) ?? []) {
      if (!kept.has(old)) this.#postings.get(old)?.delete(id);
    }
    for (const term of terms) {
      let posting = this.#postings.get(term);
      if (posting === undefined) this.#postings.set(term, (posting = new Set()));
      posting.add(id);
    }
    this.#indexedTerms.set(id, terms);
  }
}
