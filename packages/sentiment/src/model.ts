import type { Parse } from '@newslens/core';
import weights from '../model/target-model.json' with { type: 'json' };
import { BUCKETS, DENSE, clusterKey, targetFeatures, targetLogits, wordKey, type FeatureSink, type LogitWeights } from './features.js';
import { clusterOf } from './clusters.js';
import { PROPN_FLAG, typeGeneration, typeNormal, type TokenSignals } from './signals.js';

/** The committed model's shape: per context word, a weight triple per bucket it was seen in. */
export interface TargetModelJson {
  classes: string[];
  buckets: string[];
  dense: Record<string, number[]>;
  /** word → [bucket, wNeg, wNeu, wPos, bucket, ...] */
  words: Record<string, number[]>;
}

const ROW = BUCKETS.length * 3;

/**
 * The target model laid out for inference: every word's weights in one Float32Array, a row of
 * BUCKETS × 3 per word, found through an integer row index that is looked up once per token.
 */
class Scorer implements FeatureSink {
  readonly logits = new Float64Array(3);
  private readonly rowOf = new Map<string, number>();
  private readonly rows: Float32Array;
  private readonly denseWeights: Float32Array;
  /**
   * Each token's word row and cluster row (-1: none), so features cost no string work; for the
   * signals last seen, in a buffer reused from parse to parse.
   */
  private rowsFor: TokenSignals | undefined;
  private rowsBuffer = new Int32Array(0);
  private tokenRows: Int32Array = new Int32Array(0);
  /** What `targetLogits` reads: the rows and dense weights, and the current parse's token rows. */
  private readonly weights: LogitWeights;
  /** Per word-type id (see signals.ts): its cluster row (-2: not looked up yet), and its word row for one lemma. */
  private typesOf = -1;
  private typeCluster = new Int32Array(0);
  private typeWord = new Int32Array(0);
  private typeLemma: (string | undefined)[] = [];

  constructor(json: TargetModelJson) {
    if (json.buckets.join() !== BUCKETS.join()) throw new Error('target model buckets differ from the feature extractor');
    this.denseWeights = new Float32Array(DENSE.length * 3);
    this.weights = { tokenRows: this.tokenRows, rows: new Float32Array(0), dense: this.denseWeights };
    DENSE.forEach((name, i) => {
      const w = json.dense[name];
      if (w) this.denseWeights.set(w, i * 3);
    });
    const entries = Object.entries(json.words);
    this.rows = new Float32Array(entries.length * ROW);
    this.weights.rows = this.rows;
    entries.forEach(([word, packed], r) => {
      this.rowOf.set(word, r * ROW);
      for (let k = 0; k < packed.length; k += 4) {
        const at = r * ROW + packed[k] * 3;
        this.rows[at] = packed[k + 1];
        this.rows[at + 1] = packed[k + 2];
        this.rows[at + 2] = packed[k + 3];
      }
    });
  }

  private tokenRowsOf(parse: Parse, s: TokenSignals): Int32Array {
    if (this.rowsFor !== s) {
      if (this.rowsBuffer.length < 2 * parse.tokens.length) this.rowsBuffer = new Int32Array(Math.max(4 * parse.tokens.length, 2048));
      if (s.generation === typeGeneration()) this.rowsByType(parse, s, this.rowsBuffer);
      else this.rowsByKey(parse, s, this.rowsBuffer);
      this.rowsFor = s;
    }
    return this.rowsBuffer;
  }

  /** Each token's rows through string keys: the reference path, used when type ids are stale. */
  private rowsByKey(parse: Parse, s: TokenSignals, rows: Int32Array): void {
    const n = parse.tokens.length;
    for (let i = 0; i < n; i++) {
      rows[2 * i] = this.rowOf.get(wordKey(parse, s.flags, i)) ?? -1;
      const c = clusterKey(parse, s.flags, i);
      rows[2 * i + 1] = c === undefined ? -1 : (this.rowOf.get(c) ?? -1);
    }
  }

  /** The same rows as `rowsByKey`, looked up once per word type rather than once per token. */
  private rowsByType(parse: Parse, s: TokenSignals, rows: Int32Array): void {
    const n = parse.tokens.length;
    const { flags, typeId } = s;
    const { lemma, type } = parse.tokens;
    if (this.typesOf !== s.generation) {
      this.typesOf = s.generation;
      this.typeCluster = new Int32Array(0);
      this.typeWord = new Int32Array(0);
      this.typeLemma = [];
    }
    const nameRow = this.rowOf.get('<name>') ?? -1;
    const numRow = this.rowOf.get('<num>') ?? -1;
    for (let i = 0; i < n; i++) {
      if ((flags[i] & PROPN_FLAG) !== 0) {
        rows[2 * i] = nameRow;
        rows[2 * i + 1] = -1;
        continue;
      }
      const t = typeId[i];
      if (t >= this.typeCluster.length) this.grow(t + 1);
      let c = this.typeCluster[t];
      if (c === -2) {
        const key = clusterOf(typeNormal(t));
        c = this.typeCluster[t] = key === undefined ? -1 : (this.rowOf.get(key) ?? -1);
      }
      rows[2 * i + 1] = c;
      if (type[i] === 'number') {
        rows[2 * i] = numRow;
        continue;
      }
      const l = lemma[i];
      if (this.typeLemma[t] === l) rows[2 * i] = this.typeWord[t];
      else {
        const w = this.rowOf.get(l) ?? -1;
        rows[2 * i] = w;
        // A form has nearly always one lemma; the first one seen is kept.
        if (this.typeLemma[t] === undefined) {
          this.typeLemma[t] = l;
          this.typeWord[t] = w;
        }
      }
    }
  }

  /**
   * The logits of one target through `targetFeatures` and this object as its sink, one call per
   * feature: the reference that `targetLogits` (used by `predict`) must match.
   */
  logitsByFeatures(parse: Parse, s: TokenSignals, first: number, last: number, tFirst: number, tLast: number, sentenceSum?: number): Float64Array {
    this.logits.fill(0);
    this.tokenRows = this.tokenRowsOf(parse, s);
    targetFeatures(parse, s, first, last, tFirst, tLast, this, sentenceSum);
    return this.logits;
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.typeCluster.length * 2, 1024);
    const cluster = new Int32Array(cap).fill(-2);
    cluster.set(this.typeCluster);
    const word = new Int32Array(cap);
    word.set(this.typeWord);
    this.typeCluster = cluster;
    this.typeWord = word;
  }

  word(bucket: number, token: number, value: number): void {
    this.add(this.tokenRows[2 * token], bucket, value);
  }

  cluster(bucket: number, token: number, value: number): void {
    this.add(this.tokenRows[2 * token + 1], bucket, value);
  }

  private add(row: number, bucket: number, value: number): void {
    if (row < 0) return;
    const o = row + bucket * 3;
    this.logits[0] += this.rows[o] * value;
    this.logits[1] += this.rows[o + 1] * value;
    this.logits[2] += this.rows[o + 2] * value;
  }

  dense(index: number, value: number): void {
    const o = index * 3;
    this.logits[0] += this.denseWeights[o] * value;
    this.logits[1] += this.denseWeights[o + 1] * value;
    this.logits[2] += this.denseWeights[o + 2] * value;
  }

  /**
   * Class probabilities (negative, neutral, positive) of one target, written into `out`.
   * `sentenceSum`, the sentence's weighted lexicon sum, saves working it out again when known.
   */
  predict(
    parse: Parse,
    s: TokenSignals,
    first: number,
    last: number,
    tFirst: number,
    tLast: number,
    out: Float64Array,
    sentenceSum?: number,
  ): void {
    this.weights.tokenRows = this.tokenRowsOf(parse, s);
    targetLogits(parse, s, first, last, tFirst, tLast, this.weights, this.logits, sentenceSum);
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
