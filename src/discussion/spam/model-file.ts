import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataDirectory } from './corpus.js';
import { FEATURE_BITS, FEATURE_DIMS } from './features.js';
import type { SpamModel } from './model.js';
import type { Thresholds } from './thresholds.js';

/*
 * The model as shipped: data/spam/model.bin holds the weights (float32, little-endian) and
 * data/spam/model.json the bias, the thresholds and how they were made
 * (tools/train-spam-model.ts writes both, bit for bit the same on every run).
 */

export interface ShippedModelInfo {
  format: 1;
  featureBits: number;
  bias: number;
  thresholds: Thresholds;
  weightsSha256: string;
  /** How the model was trained and the thresholds chosen, for people. */
  training: Record<string, unknown>;
}

export function encodeWeights(weights: Float32Array): Buffer {
  const buffer = Buffer.alloc(weights.length * 4);
  for (let i = 0; i < weights.length; i++) buffer.writeFloatLE(weights[i]!, i * 4);
  return buffer;
}

export function decodeWeights(buffer: Uint8Array): Float32Array {
  if (buffer.byteLength !== FEATURE_DIMS * 4) throw new Error(`spam model weights: ${buffer.byteLength} bytes, expected ${FEATURE_DIMS * 4}`);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const weights = new Float32Array(FEATURE_DIMS);
  for (let i = 0; i < FEATURE_DIMS; i++) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

let shipped: { model: SpamModel; info: ShippedModelInfo } | null = null;

/** The shipped model (version 0), read once per process. */
export function loadShippedModel(directory: URL = dataDirectory): { model: SpamModel; info: ShippedModelInfo } {
  if (shipped && directory === dataDirectory) return shipped;
  const info = JSON.parse(readFileSync(new URL('model.json', directory), 'utf8')) as ShippedModelInfo;
  if (info.format !== 1 || info.featureBits !== FEATURE_BITS) throw new Error('spam model: data/spam/model.json is for another feature layout; run tools/train-spam-model.ts');
  const bytes = readFileSync(new URL('model.bin', directory));
  if (sha256(bytes) !== info.weightsSha256) throw new Error('spam model: data/spam/model.bin does not match model.json');
  const loaded = { model: { version: 0, bias: info.bias, weights: decodeWeights(bytes) }, info };
  if (directory === dataDirectory) shipped = loaded;
  return loaded;
}
