import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

// Letters that Unicode does not decompose into a base letter plus accent.
const latinLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** More of a title than this never reaches a slug; it bounds the work on a hostile one. */
const MAX_SOURCE_CHARS = 2000;

/**
 * Lowercase ASCII words joined by hyphens, at most `maxLength` characters, never empty.
 * A longer slug is cut after its last whole word that fits, unless that leaves less than
 * half of it (one very long word is cut where it must be).
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .slice(0, MAX_SOURCE_CHARS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => latinLetters[letter] ?? letter)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return cutAtWord(words, maxLength) || 'item';
}

function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  // From maxLength itself, so a hyphen just after the last character that fits is a word boundary.
  const boundary = slug.lastIndexOf('-', maxLength);
  return boundary >= maxLength / 2 ? slug.slice(0, boundary) : slug.slice(0, maxLength).replace(/-$/, '');
}

/**
 * The slugs to try for a new row, in order: the base, then the base with a short tag made
 * from something unique to the row (for an article, its source and identity), so finding a
 * free slug costs one query however many rows share a title. The unique index on the column
 * is what guarantees it; see `fallbackSlug` for the rare case where both are taken.
 */
export function slugCandidates(base: string, uniqueKey: string): [string, string] {
  return [base, `${base}-${createHash('sha256').update(uniqueKey).digest('hex').slice(0, 8)}`];
}

/** A slug with a random tag, for when both candidates are taken (a tag collision, or a race). */
export function fallbackSlug(base: string): string {
  return `${base}-${randomBytes(5).toString('hex')}`;
}

/** The first candidate not among `taken`, else a fallback. */
export function pickSlug(candidates: readonly [string, string], taken: ReadonlySet<string>): string {
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  return fallbackSlug(candidates[0]);
}

export interface FreeSlugInsert<Row> {
  table: 'articles' | 'sources';
  base: string;
  /** Something unique to the row, for the tagged candidate (see slugCandidates). */
  uniqueKey: string;
  /** Inserts the row under `slug`; undefined when a unique index refused it. */
  insert: (slug: string) => Promise<Row | undefined>;
  /** After a refused insert: true when the row itself was already stored (not just its slug), which ends the attempt with null. */
  alreadyStored?: () => Promise<boolean>;
  /** Names the row in the error when no slug was free, e.g. `the source "Harbour Post"`. */
  describe: string;
}

/**
 * Inserts a row under the first free slug candidate: one query to find it, one to insert,
 * however many rows share the base. The unique slug index decides a race; the loser takes a
 * random tag, once. Null only when `alreadyStored` said the row was there already.
 */
export async function insertWithFreeSlug<Row>(db: Kysely<Database>, request: FreeSlugInsert<Row> & { alreadyStored?: undefined }): Promise<Row>;
export async function insertWithFreeSlug<Row>(db: Kysely<Database>, request: FreeSlugInsert<Row>): Promise<Row | null>;
export async function insertWithFreeSlug<Row>(db: Kysely<Database>, request: FreeSlugInsert<Row>): Promise<Row | null> {
  const candidates = slugCandidates(request.base, request.uniqueKey);
  const taken = await db.selectFrom(request.table).select('slug').where('slug', 'in', candidates).execute();
  let slug = pickSlug(candidates, new Set(taken.map((r) => r.slug)));
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await request.insert(slug);
    if (inserted) return inserted;
    if (request.alreadyStored && (await request.alreadyStored())) return null;
    slug = fallbackSlug(request.base);
  }
  throw new Error(`No free address for ${request.describe} after a retry.`);
}
