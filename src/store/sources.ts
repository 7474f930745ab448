import type { Kysely } from 'kysely';
import type { Database, NewSource, Source } from './schema.js';

export async function insertSource(db: Kysely<Database>, source: NewSource): Promise<Source> {
  return db.insertInto('sources').values(source).returningAll().executeTakeFirstOrThrow();
}

export async function findSourceBySlug(db: Kysely<Database>, slug: string): Promise<Source | undefined> {
  return db.selectFrom('sources').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function countSources(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
