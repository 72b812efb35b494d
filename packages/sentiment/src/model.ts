import type { Parse } from '@newslens/core';
import weights from '../model/target-model.json' with { type: 'json' };
import { BUCKETS, DENSE, targetFeatures, type FeatureSink } from './features.js';
import type { TokenSignals } from './signals.js';

/** The committed model's shape: per context word, a weight triple per bucket it was seen in. */
export interface TargetModelJson {
  classes: string[];
  buckets: string[];
  dense: Record<string, number[]>;
  /** word → [bucket, wNeg, wNeu, wPos, bucket, ...] */
  words: Record<string, number[]>;
}

const NB = BUCKETS.length;

/** Weights laid out for inference: one Float32Array of NB×3 per word, one row per dense feature. */
class Scorer implements FeatureSink {
  readonly logits = new Float64Array(3);
  private readonly wordRows = new Map<string, Float32Array>();
  private readonly denseWeights: Float32Array;

  constructor(json: TargetModelJson) {
    if (json.buckets.join() !== BUCKETS.join()) throw new Error('target model buckets differ from the feature extractor');
    this.denseWeights = new Float32Array(DENSE.length * 3);
    DENSE.forEach((name, i) => {
      const w = json.dense[name];
      if (w) this.denseWeights.set(w, i * 3);
    });
    for (const [word, packed] of Object.entries(json.words)) {
      const row = new Float32Array(NB * 3);
      for (let k = 0; k < packed.length; k += 4) row.set(packed.slice(k + 1, k + 4), packed[k] * 3);
      this.wordRows.set(word, row);
    }
  }

  word(bucket: number, key: string, value: number): void {
    const row = this.wordRows.get(key);
    if (row === undefined) return;
    const o = bucket * 3;
    this.logits[0] += row[o] * value;
    this.logits[1] += row[o + 1] * value;
    this.logits[2] += row[o + 2] * value;
  }

  dense(index: number, value: number): void {
    const o = index * 3;
    this.logits[0] += this.denseWeights[o] * value;
    this.logits[1] += this.denseWeights[o + 1] * value;
    this.logits[2] += this.denseWeights[o + 2] * value;
  }

  /** Class probabilities (negative, neutral, positive) of one target, written into `out`. */
  predict(parse: Parse, s: TokenSignals, first: number, last: number, tFirst: number, tLast: number, out: Float64Array): void {
    this.logits.fill(0);
    targetFeatures(parse, s, first, last, tFirst, tLast, this);
    const m = Math.max(this.logits[0], this.logits[1], this.logits[2]);
    let z = 0;
    for (let c = 0; c < 3; c++) z += out[c] = Math.exp(this.logits[c] - m);
    for (let c = 0; c < 3; c++) out[c] /= z;
  }
}

let scorer: Scorer | undefined;

/** The committed target model, laid out on first use. */
export function targetModel(): Scorer {
  scorer ??= new Scorer(weights as TargetModelJson);
  return scorer;
}
