/* Outcomes several commands share, beside Forbidden (actor.ts); each command adds its own. */

/** What the request names does not exist, or no longer does. */
export interface Missing {
  kind: 'missing';
}

/** A person's mistake in the request; the message is for them. */
export interface Invalid<Field extends string = never> {
  kind: 'invalid';
  /** The input at fault, when it is one field (the caller names it in its own words). */
  field?: Field;
  message: string;
}
