/**
 * Trains the directed stance model on the directed-sentiment train split and writes
 * model/stance-model.json. Multinomial logistic regression, AdaGrad, fixed seed; 10% of train is
 * held out to choose the number of epochs and the class offsets, then the model is refit on all of it.
 *
 *   npm run train   (about a minute on one core)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { macroF1, seededRandom, shuffleInPlace } from '@newslens/evaluation';
import { featureCount, MAX_FEATURES, MISC, pairFeatures, TEMPLATES } from '../src/features.js';
import { STANCE_CLASSES, type ModelFile } from '../src/model.js';
import { encodeFeatureIds, encodeWeights } from '../src/model-codec.js';
import { TokenInfo, tokenKey } from '../src/token-info.js';
import { LEXICON_PRIORS } from '../src/lexicon/priors.js';
import { tokensOf } from '../src/token-spans.js';

interface Row {
  id: string;
  text: string;
  p: { start: number; end: number };
  q: { start: number; end: number };
  label: string;
}

const SEED = 20211101;
const MIN_COUNT = 3;
const K = STANCE_CLASSES.length;


const datasets = findDatasetsDir();
if (!datasets) throw new Error('datasets not found: set NEWSLENS_DATASETS or put shared/datasets beside the repo');
const rows = readJsonl<Row>(join(datasets, 'directed-sentiment', 'train.jsonl'));
const started = performance.now();
const docs = rows.map((r) => createDocument(r.text));

// Vocabulary: token keys seen at least MIN_COUNT times, most frequent first.
const counts = new Map<string, number>();
for (const doc of docs) {
  const t = doc.parse.tokens;
  for (let i = 0; i < t.length; i++) {
    const key = tokenKey(t, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
const vocabIds = new Map(vocab.map((w, i) => [w, i]));
const F = featureCount(vocab.length);

interface Example {
  features: Int32Array;
  label: number;
}
const examples: Example[] = [];
const buffer = new Int32Array(MAX_FEATURES);
let skipped = 0;
rows.forEach((row, i) => {
  const tokens = docs[i].parse.tokens;
  const a = tokensOf(tokens, row.p);
  const b = tokensOf(tokens, row.q);
  if (!a || !b || a.last >= b.first) {
    skipped++;
    return;
  }
  const info = new TokenInfo(tokens, vocabIds);
  const n = pairFeatures(info, a, b, { first: 0, last: tokens.length - 1 }, vocab.length, buffer);
  examples.push({ features: buffer.slice(0, n), label: STANCE_CLASSES.indexOf(row.label as never) });
});
console.log(`${examples.length} examples (${skipped} skipped), vocabulary ${vocab.length}, features ${F}`);

function shuffle<T>(items: T[], random: () => number): T[] {
  return shuffleInPlace(items.slice(), random);
}

const LEARNING_RATE = 0.3;
const L2 = Number(process.env.STANCE_L2 ?? 1e-3);
const CLASS_WEIGHT_POWER = 0.5;

function classWeights(train: Example[]): Float64Array {
  const n = new Float64Array(K);
  for (const e of train) n[e.label]++;
  return Float64Array.from(n, (c) => Math.pow(train.length / (K * Math.max(c, 1)), CLASS_WEIGHT_POWER));
}

function scores(w: Float64Array, e: Example, out: Float64Array): Float64Array {
  out.fill(0);
  for (const f of e.features) for (let c = 0; c < K; c++) out[c] += w[f * K + c];
  return out;
}

function softmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v);
  let total = 0;
  for (let c = 0; c < K; c++) total += s[c] = Math.exp(s[c] - max);
  for (let c = 0; c < K; c++) s[c] /= total;
  return s;
}

/** Trains for `epochs`, calling `onEpoch` after each with the current weights. */
const prior = new Float64Array(F * K);
// Lexicon features with a prior are held near it more firmly than word features are held near 0.
const PRIOR_L2 = Number(process.env.STANCE_PRIOR_L2 ?? 1e-1);
const l2 = new Float64Array(F * K).fill(L2);
for (const [name, byClass] of Object.entries(LEXICON_PRIORS)) {
  const f = TEMPLATES.length * vocab.length + MISC.indexOf(name as never);
  for (const [label, weight] of Object.entries(byClass)) prior[f * K + STANCE_CLASSES.indexOf(label as never)] = weight;
  for (let c = 0; c < K; c++) l2[f * K + c] = PRIOR_L2;
}

function train(data: Example[], epochs: number, onEpoch?: (epoch: number, w: Float64Array) => void): Float64Array {
  const w = prior.slice();
  const g2 = new Float64Array(F * K).fill(1e-8);
  const cw = classWeights(data);
  const random = seededRandom(SEED);
  const s = new Float64Array(K);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const e of shuffle(data, random)) {
      softmax(scores(w, e, s));
      const weight = cw[e.label];
      for (const f of e.features) {
        for (let c = 0; c < K; c++) {
          const j = f * K + c;
          const grad = weight * (s[c] - (c === e.label ? 1 : 0)) + l2[j] * (w[j] - prior[j]);
          g2[j] += grad * grad;
          w[j] -= (LEARNING_RATE * grad) / Math.sqrt(g2[j]);
        }
      }
    }
    onEpoch?.(epoch, w);
  }
  return w;
}

function argmax(s: Float64Array, offsets: Float64Array): number {
  let best = 0;
  for (let c = 1; c < K; c++) if (s[c] + offsets[c] > s[best] + offsets[best]) best = c;
  return best;
}

function predict(w: Float64Array, data: Example[], offsets: Float64Array): number[] {
  const s = new Float64Array(K);
  return data.map((e) => {
    scores(w, e, s);
    let best = 0;
    for (let c = 1; c < K; c++) if (s[c] + offsets[c] > s[best] + offsets[best]) best = c;
    return best;
  });
}

function f1(w: Float64Array, data: Example[], offsets: Float64Array): number {
  const gold = data.map((e) => STANCE_CLASSES[e.label]);
  const pred = predict(w, data, offsets).map((c) => STANCE_CLASSES[c]);
  return macroF1(gold, pred, STANCE_CLASSES).macroF1;
}

const order = shuffle(examples, seededRandom(SEED + 1));
const cut = Math.floor(order.length * 0.9);
const fit = order.slice(0, cut);
const heldOut = order.slice(cut);
const MAX_EPOCHS = 8;
let bestEpoch = 1;
let bestF1 = -1;
const zero = new Float64Array(K);
train(fit, MAX_EPOCHS, (epoch, w) => {
  const score = f1(w, heldOut, zero);
  console.log(`epoch ${epoch}: held-out macro-F1 ${score.toFixed(3)}`);
  if (score > bestF1) {
    bestF1 = score;
    bestEpoch = epoch;
  }
});
// Class offsets, tuned on out-of-fold scores over all of train (5 folds), so that 13k sentences
// rather than a small held-out part decide them.
const FOLDS = 5;
const oofScores: Float64Array[] = new Array(order.length);
for (let k = 0; k < FOLDS; k++) {
  const trainPart = order.filter((_, i) => i % FOLDS !== k);
  const w = train(trainPart, bestEpoch);
  order.forEach((e, i) => {
    if (i % FOLDS === k) oofScores[i] = scores(w, e, new Float64Array(K));
  });
}
const oofGold = order.map((e) => STANCE_CLASSES[e.label]);
const oofF1 = (off: Float64Array) =>
  macroF1(oofGold, oofScores.map((s) => STANCE_CLASSES[argmax(s, off)]), STANCE_CLASSES).macroF1;
const offsets = new Float64Array(K);
let tunedF1 = oofF1(offsets);
const untunedF1 = tunedF1;
if (!process.env.STANCE_NO_OFFSETS) {
  for (let round = 0; round < 3; round++) {
    for (let c = 1; c < K; c++) {
      for (const step of [-1, -0.5, -0.25, 0.25, 0.5, 1]) {
        const trial = offsets.slice();
        trial[c] += step;
        const score = oofF1(trial);
        if (score > tunedF1 + 1e-6) {
          tunedF1 = score;
          offsets.set(trial);
        }
      }
    }
  }
}
if (process.env.STANCE_OOF_OUT) {
  // Out-of-fold scores with the class offsets, for choosing inference thresholds on train (scripts/calibrate.ts).
  const dump = order.map((e, i) => ({ label: e.label, scores: [...oofScores[i]].map((s, c) => s + offsets[c]), features: [...e.features] }));
  writeFileSync(process.env.STANCE_OOF_OUT, JSON.stringify({ miscBase: TEMPLATES.length * vocab.length, rows: dump }));
}
console.log(`${bestEpoch} epochs: out-of-fold macro-F1 ${untunedF1.toFixed(3)}, ${tunedF1.toFixed(3)} with class offsets [${[...offsets].join(', ')}]`);

const weights = train(examples, bestEpoch);
// Class offsets act through the bias feature, so inference needs no extra step.
for (let c = 0; c < K; c++) weights[0 + TEMPLATES.length * vocab.length * K + c] += offsets[c];

// Compact. Softmax ignores a constant added to a row, so each row is centred first; then rows for
// features seen fewer than MIN_FEATURE_COUNT times, or whose every weight is below PRUNE, are dropped,
// and weights are rounded to 1/SCALE.
const SCALE = 20;
const PRUNE = Number(process.env.STANCE_PRUNE ?? 0.2);
const MIN_FEATURE_COUNT = Number(process.env.STANCE_MIN_FEATURE_COUNT ?? 1);
const featureSeen = new Int32Array(F);
for (const e of examples) for (const f of e.features) featureSeen[f]++;
const V = vocab.length;
const keptRows: { f: number; w: number[] }[] = [];
let clamped = 0;
for (let f = 0; f < F; f++) {
  if (featureSeen[f] < MIN_FEATURE_COUNT && f !== TEMPLATES.length * V) continue;
  let mean = 0;
  for (let c = 0; c < K; c++) mean += weights[f * K + c] / K;
  const w = Array.from({ length: K }, (_, c) => weights[f * K + c] - mean);
  if (!w.some((x) => Math.abs(x) >= PRUNE)) continue;
  keptRows.push({
    f,
    w: w.map((x) => {
      const q = Math.round(x * SCALE);
      if (q > 127 || q < -127) clamped++;
      return Math.max(-127, Math.min(127, q));
    }),
  });
}
// Drop vocabulary entries no kept row uses, and renumber.
const used = new Set<number>();
for (const r of keptRows) if (r.f < TEMPLATES.length * V) used.add(r.f % V);
const keptWords = [...used].sort((x, y) => x - y);
const newId = new Map(keptWords.map((old, i) => [old, i]));
const V2 = keptWords.length;
const renumbered = keptRows
  .map((r) => ({
    f: r.f < TEMPLATES.length * V ? Math.floor(r.f / V) * V2 + newId.get(r.f % V)! : TEMPLATES.length * V2 + (r.f - TEMPLATES.length * V),
    w: r.w,
  }))
  .sort((x, y) => x.f - y.f);
const flat = { features: encodeFeatureIds(renumbered.map((r) => r.f)), weights: encodeWeights(renumbered.flatMap((r) => r.w)) };
if (clamped > 0) console.log(`${clamped} weights clamped to ±${127 / SCALE}`);

const file: ModelFile = {
  format: 1,
  classes: [...STANCE_CLASSES],
  templates: [...TEMPLATES],
  misc: [...MISC],
  vocab: keptWords.map((i) => vocab[i]),
  scale: SCALE,
  rows: renumbered.length,
  featureIds: flat.features,
  weights: flat.weights,
  provenance: {
    data: 'directed-sentiment train.jsonl (Park, Pan & Joo, Findings of ACL 2021); sentences not redistributed',
    command: 'npm run train -w @newslens/stance',
    seed: SEED,
    examples: examples.length,
    epochs: bestEpoch,
    learningRate: LEARNING_RATE,
    l2: L2,
    priorL2: PRIOR_L2,
    classWeightPower: CLASS_WEIGHT_POWER,
    minCount: MIN_COUNT,
    prune: PRUNE,
    minFeatureCount: MIN_FEATURE_COUNT,
    heldOutMacroF1: Number(bestF1.toFixed(4)),
    outOfFoldMacroF1: Number(tunedF1.toFixed(4)),
    classOffsets: [...offsets],
  },
};
const out = join(import.meta.dirname, '..', 'model', 'stance-model.json');
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(`wrote ${out}: ${keptWords.length} words, ${renumbered.length} weight rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
