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
  /** Dense weights, `feature * classes + class`. */
  readonly weights: Float32Array;
}

/** Expands the compact weights file into dense arrays; refuses a file made for other features. */
export function loadModel(file: ModelFile): StanceModel {
  if (file.format !== 1) throw new Error(`stance model format ${String(file.format)} is not supported`);
  if (file.classes.join() !== STANCE_CLASSES.join()) throw new Error('stance model classes do not match this code');
  if (file.templates.join() !== TEMPLATES.join() || file.misc.join() !== MISC.join()) {
    throw new Error('stance model was trained with other features; retrain it with npm run train');
  }
  const k = STANCE_CLASSES.length;
  const vocabSize = file.vocab.length;
  const weights = new Float32Array(featureCount(vocabSize) * k);
  const ids = decodeFeatureIds(file.featureIds);
  const values = decodeWeights(file.weights);
  if (ids.length !== file.rows || values.length !== file.rows * k) throw new Error('stance model file is damaged');
  for (let r = 0; r < ids.length; r++) {
    for (let c = 0; c < k; c++) weights[ids[r] * k + c] = values[r * k + c] / file.scale;
  }
  return { vocab: new Map(file.vocab.map((w, i) => [w, i])), vocabSize, weights };
}

/** Softmax class probabilities for one feature list; writes into `out` (length 5). */
export function scoreFeatures(model: StanceModel, features: Int32Array, count: number, out: Float64Array): Float64Array {
  const k = STANCE_CLASSES.length;
  out.fill(0);
  const w = model.weights;
  for (let j = 0; j < count; j++) {
    const base = features[j] * k;
    for (let c = 0; c < k; c++) out[c] += w[base + c];
  }
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
