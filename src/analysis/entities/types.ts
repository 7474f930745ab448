/*
 * The shapes every entity tagger shares. A tagger only finds typed spans; merging them into
 * entities (merge.ts) is separate, so a stronger model can replace the tagger alone.
 */

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A typed stretch of the text: UTF-16 offsets as JavaScript strings count them, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: EntityType;
}

export interface EntityTagger {
  tag(text: string): Span[];
}

/** One person, organization or place named in an article (or across articles). */
export interface Entity {
  /** The canonical name: the longest full form seen. */
  name: string;
  type: EntityType;
  /** Other forms that named the same entity (surname alone, acronym, #tag, @handle), without the name itself. */
  aliases: string[];
  /** Where it was named, in text order (empty for entities merged across articles). */
  mentions: Span[];
}
