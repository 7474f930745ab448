import { featurize } from './features.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { spansOfLabels } from './labels.js';
import { readShippedModel } from './model-file.js';
import { decode } from './perceptron.js';
import type { TrainedModel } from './training.js';
import { tokenize } from './tokenize.js';
import type { EntityTagger, Span } from './types.js';

/** The trained sequence tagger behind the EntityTagger interface. */
export class PerceptronTagger implements EntityTagger {
  private readonly gazetteer: Gazetteer;

  constructor(private readonly model: TrainedModel) {
    this.gazetteer = gazetteerOf(model.names);
  }

  tag(text: string): Span[] {
    const tokens = tokenize(text);
    return spansOfLabels(tokens, decode(this.model.weights, featurize(tokens, this.gazetteer)));
  }
}

let shipped: PerceptronTagger | undefined;

/** The tagger with the shipped weights, read from data/entities/ once per process. */
export function shippedTagger(): EntityTagger {
  shipped ??= new PerceptronTagger(readShippedModel());
  return shipped;
}
