import { mergeMentions } from './merge.js';
import { shippedTagger } from './tagger.js';
import type { Entity, EntityTagger } from './types.js';

export type { Entity, EntityTagger, EntityType, Span } from './types.js';
export { mergeAcrossArticles } from './merge.js';

/** The people, organizations and places an article names, merged, in order of first mention. */
export function findEntities(text: string, tagger: EntityTagger = shippedTagger()): Entity[] {
  return mergeMentions(text, tagger.tag(text));
}

/** The shape `newsdesk analyze --json` is meant to print for each entity. */
export function entityJson(entity: Entity): { name: string; type: string; aliases: string[] } {
  return { name: entity.name, type: entity.type, aliases: entity.aliases };
}
