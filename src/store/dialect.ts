import {
  OperationNodeTransformer,
  PostgresAdapter,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import type { Database } from './schema.js';

/*
 * What differs between the two stores and is handled below the query functions, so each query
 * is written once. The rest is settled in the queries themselves: counts and sums are read with
 * Number() (PostgreSQL returns bigint and numeric as text), booleans are stored as 0/1 integers,
 * times as ISO 8601 UTC text (which sorts and compares alike on both), text searches lower()
 * both sides (LIKE ignores case on SQLite only), and titles are sorted in JavaScript.
 */

/** True on PostgreSQL (row locks, NOTIFY, schemas), false on SQLite; a transaction answers as its database does. */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Text PostgreSQL can store: it refuses U+0000 anywhere in a text value, which SQLite keeps. */
export function postgresText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

function storableValue(value: unknown): unknown {
  return typeof value === 'string' ? postgresText(value) : value;
}

class PostgresTextTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = storableValue(node.value);
    return value === node.value ? node : { ...node, value };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === 'string' && v.includes('\u0000')) ? { ...node, values: node.values.map(storableValue) } : node;
  }
}

/**
 * Every string bound into a PostgreSQL query made storable, whether written or compared, so a
 * NUL in a feed, a form or a URL is dropped (as pages and feeds drop it on output) instead of
 * failing the statement with "invalid byte sequence for encoding UTF8: 0x00".
 */
export class PostgresTextPlugin implements KyselyPlugin {
  readonly #transformer = new PostgresTextTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
