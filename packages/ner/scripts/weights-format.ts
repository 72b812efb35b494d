// Writes the tagger's weights compactly: sparse (bucket, label) keys as delta varints and int8
// values, both base64, in one JSON file that src/tagger/model.ts imports.
import { writeFileSync } from 'node:fs';
import { BUCKET_BITS } from '../src/tagger/hash.js';
import { encodeDeltaVarints } from '@newslens/core';
import { LABEL_COUNT, LABEL_NAMES } from '../src/tagger/labels.js';

export interface WeightsMeta {
  licence: string;
  retrain: string;
  trainedOn: string;
  settings: Record<string, unknown>;
}

/**
 * Quantises averaged weights to 16-bit integers on a linear scale (the largest weight is 32767)
 * and drops those that round to zero. A linear scale keeps the absolute error of every weight
 * below scale / 2; a relative (logarithmic) one would blur the large bias-like weights that every
 * token adds. Returns the dequantised weights too, so the caller can score what inference uses.
 */
export function quantise(weights: Float32Array): { scale: number; dequantised: Float32Array; kept: number } {
  let top = 0;
  for (let i = 0; i < weights.length; i++) top = Math.max(top, Math.abs(weights[i]));
  const scale = (top || 1) / 32767;
  const dequantised = new Float32Array(weights.length);
  let kept = 0;
  for (let i = 0; i < weights.length; i++) {
    const q = Math.round(weights[i] / scale);
    if (q === 0) continue;
    dequantised[i] = q * scale;
    kept++;
  }
  return { scale, dequantised, kept };
}

/** Writes quantised weights (from `quantise`). Returns the file size in bytes. */
export function writeWeights(path: string, q: ReturnType<typeof quantise>, meta: WeightsMeta): { bytes: number; entries: number } {
  const keys: number[] = [];
  const values: number[] = [];
  const weights = q.dequantised;
  for (let key = 0; key < weights.length; key++) {
    if (weights[key] === 0) continue;
    keys.push(key);
    values.push(Math.round(weights[key] / q.scale));
  }
  const keyBytes = encodeDeltaVarints(keys);
  const json = JSON.stringify({
    ...meta,
    labels: LABEL_NAMES,
    labelCount: LABEL_COUNT,
    bucketBits: BUCKET_BITS,
    scale: q.scale,
    entries: values.length,
    keys: Buffer.from(Uint8Array.from(keyBytes)).toString('base64'),
    // Little-endian int16, as every browser and Node platform in use reads Int16Array.
    values: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
  });
  writeFileSync(path, `${json}\n`);
  return { bytes: json.length + 1, entries: values.length };
}
