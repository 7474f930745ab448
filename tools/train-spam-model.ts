/*
 * Trains the shipped spam model from the public data in data/spam/ and writes
 * data/spam/model.bin and data/spam/model.json. Deterministic: run it again and both files come
 * out bit for bit the same (fixed data order, fixed seed, no Math.random).
 *
 *   node --import tsx tools/train-spam-model.ts           # writes the files
 *   node --import tsx tools/train-spam-model.ts --check   # exits 1 if the shipped files differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataDirectory, loadPublicRows, SOURCE_WEIGHT } from '../src/discussion/spam/corpus.js';
import { FEATURE_BITS } from '../src/discussion/spam/features.js';
import { fit, THRESHOLD_FOLDS } from '../src/discussion/spam/fit.js';
import { encodeWeights, sha256, type ShippedModelInfo } from '../src/discussion/spam/model-file.js';
import { THRESHOLD_TARGETS } from '../src/discussion/spam/thresholds.js';
import { defaultTrainOptions } from '../src/discussion/spam/train.js';

export function buildShippedFiles(): { bin: Buffer; json: string } {
  const rows = loadPublicRows();
  const { model, thresholds } = fit(rows);
  const bin = encodeWeights(model.weights);
  const info: ShippedModelInfo = {
    format: 1,
    featureBits: FEATURE_BITS,
    bias: model.bias,
    thresholds,
    weightsSha256: sha256(bin),
    training: {
      data: 'data/spam/youtube-spam-collection.jsonl and data/spam/sms-spam-collection.jsonl (CC BY 4.0, see data/spam/NOTICE)',
      rows: rows.length,
      sourceWeight: SOURCE_WEIGHT,
      options: defaultTrainOptions,
      thresholdsChosenBy: `${THRESHOLD_FOLDS}-fold cross-validation grouped by normalised text; the lowest score whose out-of-fold false-positive rate is within the targets on every set`,
      thresholdTargets: THRESHOLD_TARGETS,
    },
  };
  return { bin, json: `${JSON.stringify(info, null, 2)}\n` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bin, json } = buildShippedFiles();
  const binPath = new URL('model.bin', dataDirectory);
  const jsonPath = new URL('model.json', dataDirectory);
  if (process.argv.includes('--check')) {
    const same = Buffer.compare(readFileSync(binPath), bin) === 0 && readFileSync(jsonPath, 'utf8') === json;
    console.log(same ? 'data/spam/model.bin and model.json are reproduced bit for bit.' : 'The shipped model differs from what the training gives.');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(binPath, bin);
    writeFileSync(jsonPath, json);
    console.log(`Wrote data/spam/model.bin (${bin.length} bytes, sha256 ${sha256(bin)}) and model.json.`);
    console.log(json);
  }
}
