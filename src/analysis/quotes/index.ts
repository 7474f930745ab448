/** Who said what: direct quotations and their speakers from an article's plain text (issue 12). */
export { extractQuotes, MAX_INPUT_CHARS } from './extract.js';
export { cueVerbs } from './lexicon.js';
export type { ExtractOptions, KnownName, Quote } from './types.js';
