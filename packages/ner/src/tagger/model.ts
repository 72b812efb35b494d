import weights from '../../model/weights.json' with { type: 'json' };
import { LABEL_COUNT } from './labels.js';

/**
 * The trained weights, decoded once: a row of LABEL_COUNT floats per feature bucket that has any.
 * model/weights.json is written by scripts/train.ts (sparse int16, see scripts/weights-format.ts).
 */
export interface Model {
  /** Bucket → row index into `data`. */
  rows: Map<number, number>;
  data: Float32Array;
}

/** Decodes base64 with a plain loop: `Uint8Array.from` with a mapping callback is ten times slower at load. */
export function base64Bytes(s: string): Uint8Array {
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type WeightsFile = typeof weights;

function decodeModel(weights: WeightsFile): Model {
  if (weights.labelCount !== LABEL_COUNT) throw new Error(`model/weights.json has ${weights.labelCount} labels, the tagger ${LABEL_COUNT}`);
  const keys = base64Bytes(weights.keys);
  const values = new Int16Array(base64Bytes(weights.values).buffer);
  const rows = new Map<number, number>();
  const chunks: number[] = [];
  let key = 0;
  let at = 0;
  for (let e = 0; e < values.length; e++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = keys[at++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    key += delta;
    const bucket = Math.floor(key / LABEL_COUNT);
    let row = rows.get(bucket);
    if (row === undefined) {
      row = rows.size;
      rows.set(bucket, row);
    }
    chunks.push(row * LABEL_COUNT + (key % LABEL_COUNT), values[e]);
  }
  const data = new Float32Array(rows.size * LABEL_COUNT);
  for (let k = 0; k < chunks.length; k += 2) data[chunks[k]] = chunks[k + 1] * weights.scale;
  return { rows, data };
}

let model: Model | undefined;

/** The tagger's model, decoded on first use. */
export function loadModel(): Model {
  model ??= decodeModel(weights);
  return model;
}

/**
 * Replaces the model with other weights in the format of model/weights.json (for scripts that
 * score models trained on part of the data; not exported from the package).
 */
export function useWeights(other: WeightsFile): void {
  model = decodeModel(other);
}

/** Adds the weights of feature `bucket` to `scores` (LABEL_COUNT floats at `offset`). */
export function addBucket(m: Model, bucket: number, scores: Float32Array, offset = 0): void {
  const row = m.rows.get(bucket);
  if (row === undefined) return;
  const base = row * LABEL_COUNT;
  for (let y = 0; y < LABEL_COUNT; y++) scores[offset + y] += m.data[base + y];
}
