import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_BITS } from './features.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import type { FactLists } from './fact-lists.js';
import type { Lexicon } from './gazetteer.js';
import { TABLE_SIZE, TRANSITION_ROWS, type PerceptronWeights } from './perceptron.js';

/*
 * The shipped weights, data/entities/model.bin.gz: gzip of little-endian, sparse rows, because
 * most of the hashed table is never touched (2.4 MB as rows, 1.1 MB compressed).
 *   uint32 magic "NDE1", uint32 feature bits, uint32 label count,
 *   float32 × (label count + 1) × label count   transitions,
 *   uint32 rows, then per row: uint32 table index, float32 × label count.
 * data/entities/lexicon.json is what else the training texts taught: each name seen with its
 * PERSON, ORG and PLACE counts, and the words seen in lower case. data/entities/model.json says how both were made and holds their SHA-256.
 */

const MAGIC = 0x3145444e;

export const dataDirectory = new URL('../../../data/entities/', import.meta.url);

/** A trained tagger: its weights and the lexicon counted from its training texts. */
export interface TrainedModel {
  weights: PerceptronWeights;
  lexicon: Lexicon;
}

export interface ShippedModelInfo {
  format: 1;
  featureBits: number;
  labels: readonly string[];
  weightsSha256: string;
  lexiconSha256: string;
  training: Record<string, unknown>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function encodeWeights(weights: PerceptronWeights): Buffer {
  const L = LABEL_COUNT;
  const rows: number[] = [];
  for (let f = 0; f < TABLE_SIZE; f++) {
    for (let y = 0; y < L; y++) {
      if (weights.emission[f * L + y] !== 0) {
        rows.push(f);
        break;
      }
    }
  }
  const buffer = Buffer.alloc(16 + TRANSITION_ROWS * L * 4 + rows.length * (4 + L * 4));
  let at = 0;
  const u32 = (v: number) => (at = buffer.writeUInt32LE(v, at));
  const f32 = (v: number) => (at = buffer.writeFloatLE(v, at));
  u32(MAGIC);
  u32(FEATURE_BITS);
  u32(L);
  for (let k = 0; k < TRANSITION_ROWS * L; k++) f32(weights.transition[k]!);
  u32(rows.length);
  for (const f of rows) {
    u32(f);
    for (let y = 0; y < L; y++) f32(weights.emission[f * L + y]!);
  }
  return buffer;
}

export function decodeWeights(buffer: Buffer): PerceptronWeights {
  const L = LABEL_COUNT;
  let at = 0;
  const u32 = () => {
    const v = buffer.readUInt32LE(at);
    at += 4;
    return v;
  };
  const f32 = () => {
    const v = buffer.readFloatLE(at);
    at += 4;
    return v;
  };
  if (u32() !== MAGIC) throw new Error('Not an entity model file (bad magic number).');
  const bits = u32();
  const labels = u32();
  if (bits !== FEATURE_BITS || labels !== L) throw new Error(`Entity model built for ${bits} feature bits and ${labels} labels; this code uses ${FEATURE_BITS} and ${L}.`);
  const transition = new Float32Array(TRANSITION_ROWS * L);
  for (let k = 0; k < transition.length; k++) transition[k] = f32();
  const emission = new Float32Array(TABLE_SIZE * L);
  const rows = u32();
  for (let r = 0; r < rows; r++) {
    const f = u32();
    if (f >= TABLE_SIZE) throw new Error('Entity model row outside the feature table.');
    for (let y = 0; y < L; y++) emission[f * L + y] = f32();
  }
  if (at !== buffer.length) throw new Error('Entity model file has trailing bytes.');
  return { emission, transition };
}

/** The lexicon as JSON, one name or word a line so that a change reads well in a diff. */
export function encodeLexicon(lexicon: Lexicon): string {
  const names = [...lexicon.names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((row) => JSON.stringify(row));
  const words = lexicon.commonWords.map((w) => JSON.stringify(w));
  const facts = lexicon.facts ? Object.entries(lexicon.facts).map(([list, entries]) => `${JSON.stringify(list)}: ${JSON.stringify(entries)}`) : [];
  return `{"names": [\n${names.join(',\n')}\n],\n"commonWords": [\n${words.join(',\n')}\n],\n"facts": {\n${facts.join(',\n')}\n}}\n`;
}

export function decodeLexicon(json: string): Lexicon {
  const parsed = JSON.parse(json) as { names: [string, [number, number, number]][]; commonWords: string[]; facts?: FactLists };
  const facts = parsed.facts && Object.keys(parsed.facts).length > 0 ? parsed.facts : undefined;
  return { names: new Map(parsed.names), commonWords: parsed.commonWords, ...(facts ? { facts } : {}) };
}

/** The weights file as the repository keeps it; model.json's SHA-256 is of the bytes inside. */
export const WEIGHTS_FILE = 'model.bin.gz';

/** Compressed for the repository (the level is fixed; the check compares what is inside). */
export function packWeights(bytes: Buffer): Buffer {
  return gzipSync(bytes, { level: 9 });
}

/** The encoded weights inside the shipped file. */
export function readWeightBytes(directory: URL = dataDirectory): Buffer {
  return gunzipSync(readFileSync(new URL(WEIGHTS_FILE, directory)));
}

export function readShippedModel(directory: URL = dataDirectory): TrainedModel {
  const bytes = readWeightBytes(directory);
  const lexicon = readFileSync(new URL('lexicon.json', directory));
  const info = JSON.parse(readFileSync(new URL('model.json', directory), 'utf8')) as ShippedModelInfo;
  if (info.weightsSha256 !== sha256(bytes)) throw new Error(`data/entities/${WEIGHTS_FILE} does not match the SHA-256 in model.json.`);
  if (info.lexiconSha256 !== sha256(lexicon)) throw new Error('data/entities/lexicon.json does not match the SHA-256 in model.json.');
  if (info.labels.join(',') !== LABELS.join(',')) throw new Error('data/entities/model.json lists other labels than this code uses.');
  return { weights: decodeWeights(bytes), lexicon: decodeLexicon(lexicon.toString('utf8')) };
}
