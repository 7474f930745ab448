import { harmonise } from './consistency.js';
import { factsOf, noFacts, type Facts } from './facts.js';
import { featurize, styleOf } from './features.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { spansOfLabels } from './labels.js';
import { readShippedModel } from './model-file.js';
import { decode } from './perceptron.js';
import type { TrainedModel } from './model-file.js';
import { sentences, tokenize } from './tokenize.js';
import type { EntityTagger, Span } from './types.js';
import { shippedWordClusters, type WordClusters } from './word-clusters.js';

/** The trained sequence tagger behind the EntityTagger interface. */
export class PerceptronTagger implements EntityTagger {
  private readonly gazetteer: Gazetteer;
  private readonly facts: Facts;

  constructor(
    private readonly model: TrainedModel,
    private readonly clusters: WordClusters = shippedWordClusters(),
  ) {
    this.gazetteer = gazetteerOf(model.lexicon);
    this.facts = model.lexicon.facts ? factsOf(model.lexicon.facts) : noFacts;
  }

  tag(text: string): Span[] {
    const style = styleOf(text);
    const tokens = tokenize(text);
    const spans = sentences(text, tokens, style === 'article').flatMap((sentence) => spansOfLabels(sentence, decode(this.model.weights, featurize(sentence, this.gazetteer, style, this.facts, this.clusters))));
    return harmonise(text, tokens, spans);
  }
}

let shipped: PerceptronTagger | undefined;

/** The tagger with the shipped weights, read from data/entities/ once per process. */
export function shippedTagger(): EntityTagger {
  shipped ??= new PerceptronTagger(readShippedModel());
  return shipped;
}
