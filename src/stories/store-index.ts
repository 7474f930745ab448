import type { Kysely } from 'kysely';
import type { Database, IsoTime } from '../store/schema.js';
import { assignedDocuments, findStories, fingerprintNeighbours, saveStoryAssignment, storiesUnderTerms, termDocuments, type StoryRow } from '../store/stories.js';
import { fingerprintQuarters, hammingDistance, type Fingerprint } from './fingerprint.js';
import type { StoryOptions } from './options.js';
import type { PreparedArticle, Story } from './story.js';
import type { StoryIndex } from './story-index.js';
import { heaviestTerms, type TermStats } from './vector.js';

/*
 * The story index in the database (src/store/stories.ts), for the analysis job; the same
 * assigner runs over it as over the in-memory index. Near-copies are found through the four
 * 16-bit quarters of each fingerprint: two fingerprints up to 3 bits apart always share one,
 * and an 8-bit band would match one stored article in 256, too many to read per assignment;
 * copies 4 to nearCopyBits apart are then left to the similarity, which joins them anyway.
 */

function fromQuarters([a, b, c, d]: readonly number[]): Fingerprint {
  return { high: ((a! << 16) | b!) >>> 0, low: ((c! << 16) | d!) >>> 0 };
}

const toTime = (iso: IsoTime | null): number | null => (iso === null ? null : Date.parse(iso));
const toIso = (ms: number | null): IsoTime | null => (ms === null ? null : new Date(ms).toISOString());

function storyOf(row: StoryRow): Story {
  return {
    id: String(row.id),
    size: row.size,
    centroid: new Map(JSON.parse(row.centroid) as [string, number][]),
    markers: new Set(JSON.parse(row.markers) as string[]),
    title: row.title,
    representativeId: String(row.representative_article_id),
    representativeWeights: new Map(JSON.parse(row.representative_terms) as [string, number][]),
    firstSeen: toTime(row.first_seen_at),
    lastSeen: toTime(row.last_seen_at),
    sources: JSON.parse(row.sources) as string[],
  };
}

export class StoreStoryIndex implements StoryIndex {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: StoryOptions,
    /** Stories last seen before this cannot take the article (it is past their gap limit); null reads them all. */
    private readonly candidatesSince: IsoTime | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Counts read so far: the assigner asks for the stats of overlapping term sets three or four
   * times per article, and nothing changes them until save(), so each term is read once.
   */
  #documents: number | null = null;
  readonly #frequencies = new Map<string, number>();

  async termStats(terms: Iterable<string>): Promise<TermStats> {
    const missing = [...new Set(terms)].filter((term) => !this.#frequencies.has(term));
    const [documents, found] = await Promise.all([this.#documents ?? assignedDocuments(this.db), termDocuments(this.db, missing)]);
    this.#documents = documents;
    for (const term of missing) this.#frequencies.set(term, found.get(term) ?? 0);
    const frequencies = this.#frequencies;
    return { documents, frequency: (term) => frequencies.get(term) ?? 0 };
  }

  async nearCopies(fingerprint: Fingerprint, maxBits: number): Promise<Story[]> {
    const nearest = new Map<number, number>();
    for (const neighbour of await fingerprintNeighbours(this.db, fingerprintQuarters(fingerprint))) {
      const distance = hammingDistance(fingerprint, fromQuarters(neighbour.quarters));
      if (distance > maxBits) continue;
      const known = nearest.get(neighbour.story_id);
      if (known === undefined || distance < known) nearest.set(neighbour.story_id, distance);
    }
    return this.storiesInOrder([...nearest].sort((a, b) => a[1] - b[1]).map(([id]) => id));
  }

  async candidates(query: ReadonlyArray<readonly [string, number]>, limit: number): Promise<Story[]> {
    const weights = new Map(query.map(([term, weight]) => [term, weight]));
    const listed = await storiesUnderTerms(this.db, [...weights.keys()], this.candidatesSince);
    const ranked = [...listed]
      .map(([id, terms]) => [id, terms.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit);
    return this.storiesInOrder(ranked.map(([id]) => id));
  }

  async save(story: Story, article: PreparedArticle): Promise<string> {
    const stats = await this.termStats(story.centroid.keys());
    const indexedTerms = heaviestTerms(story.centroid, stats, this.options.indexedTerms).map(([term]) => [term, story.centroid.get(term)!] as const);
    const id = await saveStoryAssignment(
      this.db,
      {
        id: story.id === null ? null : Number(story.id),
        title: story.title,
        representativeArticleId: Number(story.representativeId),
        representativeTerms: [...story.representativeWeights],
        centroid: [...story.centroid],
        markers: [...story.markers],
        size: story.size,
        firstSeenAt: toIso(story.firstSeen),
        lastSeenAt: toIso(story.lastSeen),
        sources: story.sources,
        indexedTerms,
      },
      { id: Number(article.id), terms: [...article.weights.keys()], quarters: article.fingerprint === null ? null : fingerprintQuarters(article.fingerprint) },
      this.now().toISOString(),
    );
    // The counts have changed: a later assignment through this index reads them again.
    this.#documents = null;
    this.#frequencies.clear();
    return String(id);
  }

  private async storiesInOrder(ids: readonly number[]): Promise<Story[]> {
    const rows = new Map((await findStories(this.db, ids)).map((row) => [row.id, row]));
    return ids.flatMap((id) => (rows.has(id) ? [storyOf(rows.get(id)!)] : []));
  }
}
