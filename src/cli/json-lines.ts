/** One line of a JSON Lines input read as an object: its "id" (whatever it holds) and its fields, or why it could not be. */
export type JsonLineRecord = { id: unknown; record: Record<string, unknown> } | { id: unknown; error: string };

export function readJsonLineObject(line: string): JsonLineRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not a JSON line' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { id: null, error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  return { id: record.id ?? null, record };
}
