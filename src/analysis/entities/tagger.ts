import { featurize } from './features.js';
import { spansOfLabels } from './labels.js';
import { readShippedWeights } from './model-file.js';
import { decode, type PerceptronWeights } from './perceptron.js';
import { tokenize } from './tokenize.js';
import type { EntityTagger, Span } from './types.js';

/** The trained sequence tagger behind the EntityTagger interface. */
export class PerceptronTagger implements EntityTagger {
  constructor(private readonly weights: PerceptronWeights) {}

  tag(text: string): Span[] {
    const tokens = tokenize(text);
    return spansOfLabels(tokens, decode(this.weights, featurize(tokens)));
  }
}

let shipped: PerceptronTagger | undefined;

/** The tagger with the shipped weights, read from data/entities/ once per process. */
export function shippedTagger(): EntityTagger {
  shipped ??= new PerceptronTagger(readShippedWeights());
  return shipped;
}
