/*
 * Trains the shipped entity tagger and writes data/entities/model.bin.gz, lexicon.json and
 * model.json. Training data: the Broad Twitter Corpus news posts in data/entities/ and the
 * development half of the articles written by the Newsdesk project (eval/entities/articles.jsonl);
 * never the articles' test half. The fact lists in data/entities/facts/ are read too, and copied
 * into lexicon.json so the shipped tagger needs nothing else. Deterministic: the same data gives the same files bit for bit.
 *
 *   node --import tsx tools/train-entity-tagger.ts           # writes the files
 *   node --import tsx tools/train-entity-tagger.ts --check   # exits 1 if the shipped files differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadNewsPosts, type LabeledText } from '../src/analysis/entities/corpus.js';
import { FEATURE_BITS } from '../src/analysis/entities/features.js';
import { LABELS } from '../src/analysis/entities/labels.js';
import { dataDirectory, encodeLexicon, encodeWeights, packWeights, readWeightBytes, sha256, WEIGHTS_FILE, type ShippedModelInfo } from '../src/analysis/entities/model-file.js';
import { defaultTrainOptions } from '../src/analysis/entities/perceptron.js';
import { JACKKNIFE_PARTS, trainModel } from '../src/analysis/entities/training.js';
import { loadArticles } from '../eval/entities/articles.js';

/** What the shipped model (and every cross-validation fold's model) learns from. */
export function shippedTrainingTexts(): LabeledText[] {
  return [...loadNewsPosts(), ...loadArticles('dev')];
}

export function buildShippedFiles(): { bin: Buffer; lexicon: string; json: string } {
  const texts = shippedTrainingTexts();
  const model = trainModel(texts, defaultTrainOptions);
  const bin = encodeWeights(model.weights);
  const lexicon = encodeLexicon(model.lexicon);
  const info: ShippedModelInfo = {
    format: 1,
    featureBits: FEATURE_BITS,
    labels: LABELS,
    weightsSha256: sha256(bin),
    lexiconSha256: sha256(Buffer.from(lexicon, 'utf8')),
    training: {
      data: 'data/entities/btc-news-public.jsonl (Broad Twitter Corpus, CC BY 4.0, see data/entities/NOTICE) and the dev half of eval/entities/articles.jsonl (written by the Newsdesk project)',
      texts: texts.length,
      spans: texts.reduce((n, t) => n + t.spans.length, 0),
      facts: 'data/entities/facts/*.txt (written by the Newsdesk project), copied into lexicon.json',
      method: `structured averaged perceptron (the average of ${defaultTrainOptions.runs ?? 1} runs over the data in different orders), Viterbi over BIO labels; gazetteer features jackknifed over ${JACKKNIFE_PARTS} parts`,
      options: defaultTrainOptions,
    },
  };
  return { bin, lexicon, json: `${JSON.stringify(info, null, 2)}\n` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bin, lexicon, json } = buildShippedFiles();
  const paths = { bin: new URL(WEIGHTS_FILE, dataDirectory), lexicon: new URL('lexicon.json', dataDirectory), json: new URL('model.json', dataDirectory) };
  if (process.argv.includes('--check')) {
    const same = Buffer.compare(readWeightBytes(), bin) === 0 && readFileSync(paths.lexicon, 'utf8') === lexicon && readFileSync(paths.json, 'utf8') === json;
    console.log(same ? `The weights in data/entities/${WEIGHTS_FILE}, lexicon.json and model.json are reproduced bit for bit.` : 'The shipped entity model differs from what the training gives.');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(paths.bin, packWeights(bin));
    writeFileSync(paths.lexicon, lexicon);
    writeFileSync(paths.json, json);
    console.log(`Wrote data/entities/${WEIGHTS_FILE} (${bin.length} bytes inside, sha256 ${sha256(bin)}), lexicon.json (${lexicon.length} characters) and model.json.`);
  }
}
