import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import { isPostgres, postgresText } from './dialect.js';
import type { Database } from './schema.js';

/*
 * Queries on the hot paths (every page view, every comment post) built and compiled once per
 * store and shape, then run with each call's values. Building and compiling a query with
 * Kysely costs more than running a small one on SQLite: 40–80 µs against about 18 µs for the
 * comment post's history lookup.
 */

/** Where a value goes in a query built once: replaced by the call's value of that name. */
class Placeholder {
  constructor(readonly name: string) {}
}

interface Prepared {
  compiled: CompiledQuery;
  /** Each parameter of the compiled query: a placeholder's name, or a value fixed by the shape. */
  sources: ReadonlyArray<{ name: string } | { value: unknown }>;
}

/**
 * `build` receives stand-ins for the call's values and the shape (what changes the SQL itself:
 * `is null` against `=`, which columns an insert names); it must put the stand-ins only where
 * values go, never decide anything on them. Each shape is built once per store.
 */
export function preparedQuery<Values extends object, Shape extends string, Row>(
  shapeOf: (values: Values) => Shape,
  build: (db: Kysely<Database>, values: Values, shape: Shape) => Compilable<Row>,
): (db: Kysely<Database>, values: Values) => Promise<QueryResult<Row>> {
  // Keyed by the store's adapter, which its transactions share: a query compiled for the store serves them too.
  const preparedByStore = new WeakMap<object, Map<Shape, Prepared>>();
  const standIns = new Proxy({} as Values, { get: (_target, name) => new Placeholder(String(name)) });
  return (db, values) => {
    const store = db.getExecutor().adapter;
    let prepared = preparedByStore.get(store);
    if (!prepared) {
      prepared = new Map();
      preparedByStore.set(store, prepared);
    }
    const shape = shapeOf(values);
    let query = prepared.get(shape);
    if (!query) {
      const compiled = build(db, standIns, shape).compile();
      query = { compiled, sources: compiled.parameters.map((p) => (p instanceof Placeholder ? { name: p.name } : { value: p })) };
      prepared.set(shape, query);
    }
    const parameters = query.sources.map((source) => ('name' in source ? (values as Record<string, unknown>)[source.name] : source.value));
    // The values bypass PostgresTextPlugin, which saw only the stand-ins: made storable here as it would.
    if (isPostgres(db)) for (let i = 0; i < parameters.length; i++) if (typeof parameters[i] === 'string') parameters[i] = postgresText(parameters[i] as string);
    return db.executeQuery<Row>({ ...query.compiled, parameters } as CompiledQuery<Row>);
  };
}
