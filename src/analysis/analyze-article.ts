import { findEntities, type EntityTagger, type EntityType } from './entities/index.js';
import { extractQuotes } from './quotes/index.js';

/*
 * One article's people, organizations and places, and who said what in it: the tagger's
 * spans merged into entities (Antony Blinken = Blinken), then the quotes, with the article's
 * people handed to the speaker resolution. Pure: the analysis job stores the result,
 * `newsdesk analyze --json` prints it.
 */

export interface AnalysedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface AnalysedQuote {
  text: string;
  speaker: string | null;
  /** Where it starts in the text; quotes come in reading order. */
  position: number;
  /** The index of the speaker among `entities`, when the speaker is one of the article's people. */
  speakerEntity: number | null;
}

export interface ArticleAnalysis {
  entities: AnalysedEntity[];
  quotes: AnalysedQuote[];
}

/** Only so much of a text is analysed: the tagger and the quote scan are linear, this bounds them. */
export const MAX_ANALYSED_CHARS = 100_000;

export function analyzeArticle(title: string, body: string, tagger: EntityTagger): ArticleAnalysis {
  const text = `${title.trim()}\n${body.slice(0, MAX_ANALYSED_CHARS)}`;
  const entities: AnalysedEntity[] = findEntities(text, tagger).map((entity) => ({ name: entity.name, type: entity.type, aliases: entity.aliases, mentions: entity.mentions.length }));
  const people = entities.flatMap((entity, index) => (entity.type === 'PERSON' ? [{ entity, index }] : []));
  const speakerIndex = new Map<string, number>();
  for (const { entity, index } of people) for (const form of [entity.name, ...entity.aliases]) if (!speakerIndex.has(form)) speakerIndex.set(form, index);
  const found = extractQuotes(body.slice(0, MAX_ANALYSED_CHARS), { knownNames: people.map(({ entity }) => ({ name: entity.name, aliases: entity.aliases })) });
  const quotes = found.map((quote) => ({ text: quote.text, speaker: quote.speaker, position: quote.start, speakerEntity: quote.speaker === null ? null : speakerOf(quote.speaker) }));
  return { entities, quotes };

  /** The speaker's entity; a person the quote resolution named but the tagger missed becomes one, so their page lists what they said. */
  function speakerOf(name: string): number {
    const known = speakerIndex.get(name);
    if (known !== undefined) return known;
    entities.push({ name, type: 'PERSON', aliases: [], mentions: 1 });
    speakerIndex.set(name, entities.length - 1);
    return entities.length - 1;
  }
}
