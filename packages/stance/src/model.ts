import { featureCount, MISC, TEMPLATES } from './features.js';
import { decodeFeatureIds, decodeWeights } from './model-codec.js';

/** The five directed classes, in the order of the model's outputs; p is the entity read first. */
export const STANCE_CLASSES = ['neutral', 'p-supports-q', 'q-supports-p', 'p-opposes-q', 'q-opposes-p'] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

/** The weights file as scripts/train.ts writes it (model/stance-model.json). */
export interface ModelFile {
  format: 1;
  classes: string[];
  templates: string[];
  misc: string[];
  vocab: string[];
  /** Weights are signed bytes; divide by `scale`. */
  scale: number;
  /** How many feature rows the file holds. */
  rows: number;
  /** The rows' feature ids, increasing: base64 of varint gaps. */
  featureIds: string;
  /** One signed byte per row and class, row-major: base64. */
  weights: string;
  /** How the weights were made: data, seed, settings, held-out figures. */
  provenance: Record<string, unknown>;
}

/** A multinomial logistic regression over sparse binary features, ready to score. */
export interface StanceModel {
  readonly vocab: ReadonlyMap<string, number>;
  readonly vocabSize: number;
  /** Feature id → its row + 1, or 0 for a feature the model dropped. */
  readonly rowOf: Uint16Array | Int32Array;
  /** Quantised weights, `row * classes + class`; divide sums by `scale`. */
  readonly weights: Int8Array;
  readonly scale: number;
}

/**
 * Reads the compact weights file; refuses a file made for other features. The weights stay as
 * signed bytes (about 110 kB) behind a row index, so scoring touches little memory.
 */
export function loadModel(file: ModelFile): StanceModel {
  if (file.format !== 1) throw new Error(`stance model format ${String(file.format)} is not supported`);
  if (file.classes.join() !== STANCE_CLASSES.join()) throw new Error('stance model classes do not match this code');
  if (file.templates.join() !== TEMPLATES.join() || file.misc.join() !== MISC.join()) {
    throw new Error('stance model was trained with other features; retrain it with npm run train');
  }
  const k = STANCE_CLASSES.length;
  const vocabSize = file.vocab.length;
  const ids = decodeFeatureIds(file.featureIds);
  const weights = decodeWeights(file.weights);
  if (ids.length !== file.rows || weights.length !== file.rows * k) throw new Error('stance model file is damaged');
  const count = featureCount(vocabSize);
  const rowOf = ids.length < 0xffff ? new Uint16Array(count) : new Int32Array(count);
  for (let r = 0; r < ids.length; r++) {
    if (ids[r] >= count) throw new Error('stance model file is damaged');
    rowOf[ids[r]] = r + 1;
  }
  return { vocab: new Map(file.vocab.map((w, i) => [w, i])), vocabSize, rowOf, weights, scale: file.scale };
}

/**
 * Softmax class probabilities for one feature list; writes into `out` (length 5). A `temperature`
 * above 1 divides the log-odds, softening over-confident probabilities (see STANCE_TEMPERATURE).
 */
export function scoreFeatures(model: StanceModel, features: Int32Array, count: number, out: Float64Array, temperature = 1): Float64Array {
  const k = STANCE_CLASSES.length;
  const { rowOf, weights } = model;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (let j = 0; j < count; j++) {
    const row = rowOf[features[j]];
    if (row === 0) continue;
    const base = (row - 1) * k;
    s0 += weights[base];
    s1 += weights[base + 1];
    s2 += weights[base + 2];
    s3 += weights[base + 3];
    s4 += weights[base + 4];
  }
  const inv = 1 / (model.scale * temperature);
  out[0] = s0 * inv;
  out[1] = s1 * inv;
  out[2] = s2 * inv;
  out[3] = s3 * inv;
  out[4] = s4 * inv;
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (out[c] > max) max = out[c];
  let total = 0;
  for (let c = 0; c < k; c++) {
    out[c] = Math.exp(out[c] - max);
    total += out[c];
  }
  for (let c = 0; c < k; c++) out[c] /= total;
  return out;
}
