import { foldOf, type LabeledText } from './corpus.js';
import { featurize, styleOf } from './features.js';
import { bodyLower, commonWordsOf, countNames, gazetteerOf } from './gazetteer.js';
import type { TrainedModel } from './model-file.js';
import { labelsOfSpans } from './labels.js';
import { defaultTrainOptions, train, type TrainingSequence, type TrainOptions } from './perceptron.js';
import { sentences, tokenize, type Token } from './tokenize.js';
import type { EntityType } from './types.js';
import { factsOf, loadFactLists, type FactLists } from './facts.js';
import { shippedWordClusters, type WordClusters } from './word-clusters.js';

/*
 * Labeled texts to a trained model: the weights and the gazetteer counts that go with them.
 * Each text's gazetteer features come from a gazetteer built without its own part
 * (JACKKNIFE_PARTS parts, by a hash of the normalised text), as a new text's would at tagging time.
 */

export const JACKKNIFE_PARTS = 5;

export type { TrainedModel } from './model-file.js';

function namesIn(tokens: readonly Token[], text: LabeledText): { words: string[]; type: EntityType }[] {
  return text.spans.map((span) => ({
    type: span.type,
    words: tokens.filter((t) => t.start < span.end && t.end > span.start).map(bodyLower),
  }));
}

export function trainModel(texts: readonly LabeledText[], options: TrainOptions = defaultTrainOptions, factLists: FactLists = loadFactLists(), clusters: WordClusters = shippedWordClusters()): TrainedModel {
  const facts = factsOf(factLists);
  const tokenized = texts.map((text) => ({ text, tokens: tokenize(text.text), part: foldOf(text.text, JACKKNIFE_PARTS) }));
  const names = tokenized.map(({ text, tokens }) => namesIn(tokens, text));
  const partGazetteers = Array.from({ length: JACKKNIFE_PARTS }, (_, part) =>
    gazetteerOf({
      names: countNames(tokenized.flatMap((t, k) => (t.part === part ? [] : names[k]!))),
      commonWords: commonWordsOf(tokenized.filter((t) => t.part !== part).map((t) => t.tokens)),
    }),
  );
  const sequences: TrainingSequence[] = tokenized.flatMap(({ text, tokens, part }) => {
    const style = styleOf(text.text);
    return sentences(text.text, tokens, style === 'article').map((sentence) => ({
      features: featurize(sentence, partGazetteers[part], style, facts, clusters),
      labels: labelsOfSpans(sentence, text.spans),
    }));
  });
  const lexicon = { names: countNames(names.flat()), commonWords: commonWordsOf(tokenized.map((t) => t.tokens)), facts: factLists };
  return { weights: train(sequences, options), lexicon };
}
