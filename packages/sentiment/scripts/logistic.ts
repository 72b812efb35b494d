/**
 * Multinomial logistic regression over sparse features, trained by AdaGrad with L2 on the weights a
 * step touches. Deterministic: the example order comes from a seeded generator.
 */
import { seededRandom, shuffleInPlace } from '@newslens/evaluation';

export interface Example {
  /** Indices of the features that fire, and their values. */
  index: Int32Array;
  value: Float64Array;
  label: number;
  /** Weight on the example's loss; 1 when absent. */
  weight?: number;
}

export interface TrainOptions {
  classes: number;
  features: number;
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
  /** Per-class weight on the loss, to even out unbalanced classes. */
  classWeight?: number[];
}


export function train(examples: readonly Example[], o: TrainOptions): Float64Array {
  const C = o.classes;
  const w = new Float64Array(o.features * C);
  const g2 = new Float64Array(o.features * C).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = seededRandom(o.seed);
  const p = new Float64Array(C);
  // The returned weights average the end-of-epoch snapshots, which steadies SGD's last steps.
  const mean = new Float64Array(w.length);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      const ex = examples[k];
      scores(w, ex, C, p);
      softmax(p);
      const cw = (o.classWeight?.[ex.label] ?? 1) * (ex.weight ?? 1);
      for (let c = 0; c < C; c++) {
        const err = cw * (p[c] - (c === ex.label ? 1 : 0));
        for (let d = 0; d < ex.index.length; d++) step(w, g2, ex.index[d] * C + c, err * ex.value[d], o);
      }
    }
    for (let i = 0; i < w.length; i++) mean[i] += w[i] / o.epochs;
  }
  return mean;
}

function step(w: Float64Array, g2: Float64Array, at: number, grad: number, o: TrainOptions): void {
  const g = grad + o.l2 * w[at];
  g2[at] += g * g;
  w[at] -= (o.rate * g) / Math.sqrt(g2[at]);
}

export function scores(w: Float64Array, ex: Example, C: number, out: Float64Array): void {
  out.fill(0);
  for (let d = 0; d < ex.index.length; d++) {
    const f = ex.index[d];
    for (let c = 0; c < C; c++) out[c] += w[f * C + c] * ex.value[d];
  }
}

export function softmax(p: Float64Array): void {
  let m = -Infinity;
  for (const x of p) m = Math.max(m, x);
  let z = 0;
  for (let c = 0; c < p.length; c++) z += p[c] = Math.exp(p[c] - m);
  for (let c = 0; c < p.length; c++) p[c] /= z;
}
