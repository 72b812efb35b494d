import weights from '../../model/weights.json' with { type: 'json' };
import { base64Bytes, forEachDeltaVarint } from '@newslens/core';
import { BUCKET_BITS } from './hash.js';
import { LABEL_COUNT } from './labels.js';

/**
 * The trained weights, decoded once: a row of LABEL_COUNT floats per feature bucket that has any.
 * model/weights.json is written by scripts/train.ts (sparse int16, see scripts/weights-format.ts).
 */
export interface Model {
  /** The buckets that have weights, ascending: bucket `buckets[r]` has row r of `data`. */
  buckets: Int32Array;
  data: Float32Array;
  /** Rows `starts[p]` to `starts[p + 1] - 1` hold the buckets whose top bits are p (bucket >>> PREFIX_SHIFT). */
  starts: Int32Array;
}

/**
 * Buckets are grouped by their top 12 bits, so that a lookup bisects the few rows of its group
 * (about 17 of 68,000) rather than all of them: a new word's weights take some 35 lookups, and
 * building the tagger's tables some 35,000.
 */
const PREFIX_SHIFT = BUCKET_BITS - 12;

type WeightsFile = typeof weights;

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
  // Sorted bucket ids, searched by bisection, rather than a map: a map of 68,000 rows took 15 ms more to build at every start.
  const buckets = new Int32Array(rowCount);
  const data = new Float32Array(rowCount * LABEL_COUNT);
  let rows = 0;
  last = -1;
  forEachDeltaVarint(keys, (key, e) => {
    const bucket = Math.floor(key / LABEL_COUNT);
    if (bucket !== last) buckets[rows++] = bucket;
    last = bucket;
    data[(rows - 1) * LABEL_COUNT + (key % LABEL_COUNT)] = values[e] * weights.scale;
  });
  return { buckets, data, starts: groupStarts(buckets) };
}

/** Where each group of buckets (by top bits) starts in the ascending `buckets`. */
function groupStarts(buckets: Int32Array): Int32Array {
  const starts = new Int32Array((1 << (BUCKET_BITS - PREFIX_SHIFT)) + 1);
  let row = 0;
  for (let p = 0; p < starts.length; p++) {
    while (row < buckets.length && buckets[row] >>> PREFIX_SHIFT < p) row++;
    starts[p] = row;
  }
  return starts;
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
  const row = rowOf(m, bucket);
  if (row < 0) return;
  const base = row * LABEL_COUNT;
  for (let y = 0; y < LABEL_COUNT; y++) scores[offset + y] += m.data[base + y];
}

/** The row of `bucket` in the model, or -1: a bisection within its group. */
function rowOf(m: Model, bucket: number): number {
  const { buckets, starts } = m;
  const group = bucket >>> PREFIX_SHIFT;
  let lo = starts[group];
  let hi = starts[group + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = buckets[mid];
    if (b === bucket) return mid;
    if (b < bucket) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
