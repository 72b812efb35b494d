/**
 * Trains the target-sentiment model on NewsMTSC train and writes model/target-model.json.
 * Settings are chosen by 5-fold cross-validation on train (folds by sentence), never on dev.
 *   node --conditions=source --import tsx scripts/train.ts [--quick]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { macroF1 } from '@newslens/evaluation';
import { BUCKETS, DENSE } from '../src/features.js';
import { scores, softmax, train, type Example, type TrainOptions } from './logistic.js';
import { nameLikeWords } from './names.js';
import { CLASSES, rawExamples, readNewsMtsc, type RawExample } from './newsmtsc.js';

const SEED = 20211;
const FOLDS = 5;
const MIN_COUNT = 2;

const root = findDatasetsDir();
if (!root) throw new Error('shared/datasets not found; set NEWSLENS_DATASETS');
const raw = rawExamples(readNewsMtsc(join(root, 'newsmtsc', 'train.jsonl')));
console.log(`${raw.length} training targets`);

/** Feature vocabulary: word features seen at least MIN_COUNT times, after the dense features. */
function vocabulary(examples: readonly RawExample[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const w of ex.words.keys()) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [w, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= MIN_COUNT) vocab.set(w, DENSE.length + vocab.size);
  return vocab;
}

function encode(examples: readonly RawExample[], vocab: Map<string, number>): Example[] {
  return examples.map((ex) => {
    const index = [...ex.dense.keys()];
    const value = [...ex.dense.values()];
    for (const [w, v] of ex.words) {
      const i = vocab.get(w);
      if (i === undefined) continue;
      index.push(i);
      value.push(v);
    }
    return {
      index: Int32Array.from(index),
      value: Float64Array.from(value),
      label: ex.label,
      weight: ex.weight,
    };
  });
}

function classWeights(examples: readonly RawExample[], power: number): number[] {
  const n = [0, 0, 0];
  for (const ex of examples) n[ex.label]++;
  return n.map((c) => (examples.length / (3 * c)) ** power);
}

function fit(examples: readonly RawExample[], o: Omit<TrainOptions, 'features' | 'classes'>) {
  const vocab = vocabulary(examples);
  const w = train(encode(examples, vocab), { ...o, classes: 3, features: DENSE.length + vocab.size });
  return { vocab, w };
}

function predict(model: ReturnType<typeof fit>, examples: readonly RawExample[]): Float64Array[] {
  return encode(examples, model.vocab).map((ex) => {
    const p = new Float64Array(3);
    scores(model.w, ex, 3, p);
    softmax(p);
    return p;
  });
}

const argmaxLabels = (ps: Float64Array[]) => ps.map((p) => CLASSES[p.indexOf(Math.max(...p))]);

// Folds by sentence: a sentence with two targets never sits on both sides.
const fold = raw.map((ex) => (Math.imul(ex.group + 1, 2654435761) >>> 0) % FOLDS);
const quick = process.argv.includes('--quick');
const grid: Omit<TrainOptions, 'features' | 'classes'>[] = [];
const env = (name: string, fallback: number[]) => process.env[name]?.split(',').map(Number) ?? fallback;
for (const epochs of env('EPOCHS', quick ? [8] : [6, 12])) {
  for (const rate of env('RATE', [0.02])) {
    for (const l2 of env('L2', quick ? [0.01] : [0.003, 0.01, 0.03])) {
      for (const power of env('POWER', quick ? [0.5] : [0, 0.5])) {
        grid.push({ epochs, l2, rate, seed: SEED, classWeight: classWeights(raw, power) });
      }
    }
  }
}
let best = { f1: -1, options: grid[0], all: 0, mt: 0 };
for (const options of grid) {
  const gold: string[] = [];
  const pred: string[] = [];
  const multi: boolean[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fit(raw.filter((_, i) => fold[i] !== k), options);
    const held = raw.filter((_, i) => fold[i] === k);
    gold.push(...held.map((ex) => CLASSES[ex.label]));
    multi.push(...held.map((ex) => ex.multi));
    pred.push(...argmaxLabels(predict(model, held)));
  }
  const all = macroF1(gold, pred, CLASSES);
  const mt = macroF1(gold.filter((_, i) => multi[i]), pred.filter((_, i) => multi[i]), CLASSES);
  // The score to choose by: the mean over all targets and over multi-target sentences, since one
  // held-out test set has only multi-target sentences while train has few.
  const f1 = (all.macroF1 + mt.macroF1) / 2;
  const accuracy = all.accuracy;
  if (process.env.CONFUSION) {
    const m: Record<string, number> = {};
    gold.forEach((g, i) => (m[`${g}->${pred[i]}`] = (m[`${g}->${pred[i]}`] ?? 0) + 1));
    console.log(m, macroF1(gold, pred, CLASSES).byClass);
  }
  console.log(`epochs=${options.epochs} rate=${options.rate} l2=${options.l2} classWeight=${options.classWeight!.map((x) => x.toFixed(2))}  cv macro-F1 ${all.macroF1.toFixed(3)} (multi-target ${mt.macroF1.toFixed(3)}, ${mt.byClass.positive.f1.toFixed(3)} positive) acc ${accuracy.toFixed(3)}`);
  if (f1 > best.f1) best = { f1, options, all: all.macroF1, mt: mt.macroF1 };
}
console.log(
  `chosen: epochs=${best.options.epochs} l2=${best.options.l2} classWeight=${best.options.classWeight!.map((x) => x.toFixed(2))}` +
    ` (cv macro-F1 ${best.all.toFixed(3)}, multi-target ${best.mt.toFixed(3)})`,
);

const final = fit(raw, best.options);
const round = (x: number) => Math.round(x * 1000) / 1000;
const dense: Record<string, number[]> = {};
DENSE.forEach((name, i) => (dense[name] = [0, 1, 2].map((c) => round(final.w[i * 3 + c]))));
const words: Record<string, number[]> = {};
// A name that wink tagged as a common word ("Trump" as a verb) gets no weight of its own.
const names = nameLikeWords();
for (const [feature, index] of final.vocab) {
  if (names.has(feature.slice(feature.indexOf('|') + 1))) continue;
  const triple = [0, 1, 2].map((c) => round(final.w[index * 3 + c]));
  if (Math.max(...triple.map(Math.abs)) < 0.02) continue;
  const bar = feature.indexOf('|');
  const bucket = BUCKETS.indexOf(feature.slice(0, bar) as (typeof BUCKETS)[number]);
  (words[feature.slice(bar + 1)] ??= []).push(bucket, ...triple);
}
const out = {
  about: 'Target-sentiment weights trained by scripts/train.ts on NewsMTSC train (Hamborg & Donnay 2021); see README.',
  seed: SEED,
  cv: {
    folds: FOLDS,
    macroF1: round(best.all),
    multiTargetMacroF1: round(best.mt),
    epochs: best.options.epochs,
    rate: best.options.rate,
    l2: best.options.l2,
    classWeight: best.options.classWeight!.map(round),
  },
  classes: [...CLASSES],
  buckets: [...BUCKETS],
  dense,
  words: Object.fromEntries(Object.entries(words).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
};
writeFileSync('model/target-model.json', `${JSON.stringify(out)}\n`);
console.log(`wrote model/target-model.json: ${Object.keys(words).length} words`);
