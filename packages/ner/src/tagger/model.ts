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

/** Encodes ascending keys as delta-coded varints, the form `forEachDeltaVarint` reads (scripts write model files with it). */
export function encodeDeltaVarints(keys: Iterable<number>): number[] {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return bytes;
}

/**
 * Calls `visit(key, index)` for each key of an ascending list stored as delta-coded varints (7 bits
 * a byte, high bit set while more bytes follow), the form the model files keep bucket ids in.
 */
export function forEachDeltaVarint(bytes: Uint8Array, visit: (key: number, index: number) => void): void {
  let key = 0;
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    key += delta;
    visit(key, index++);
  }
}

/**
 * Decodes the sparse weights: keys are delta-coded varints in ascending order, so the buckets come
 * in order too and a new row starts whenever the bucket changes. A first pass counts the rows, so
 * the second writes straight into the array instead of collecting entries first.
 */
function decodeModel(weights: WeightsFile): Model {
  if (weights.labelCount !== LABEL_COUNT) throw new Error(`model/weights.json has ${weights.labelCount} labels, the tagger ${LABEL_COUNT}`);
  const keys = base64Bytes(weights.keys);
  const values = new Int16Array(base64Bytes(weights.values).buffer);
  let rowCount = 0;
  let last = -1;
  forEachDeltaVarint(keys, (key) => {
    const bucket = Math.floor(key / LABEL_COUNT);
    if (bucket !== last) rowCount++;
    last = bucket;
  });
  const rows = new Map<number, number>();
  const data = new Float32Array(rowCount * LABEL_COUNT);
  last = -1;
  forEachDeltaVarint(keys, (key, e) => {
    const bucket = Math.floor(key / LABEL_COUNT);
    if (bucket !== last) rows.set(bucket, rows.size);
    last = bucket;
    data[(rows.size - 1) * LABEL_COUNT + (key % LABEL_COUNT)] = values[e] * weights.scale;
  });
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
