// Trains the name tagger: an averaged structured perceptron over BILOU labels with first-order
// Viterbi decoding (features in the style of Ratinov & Roth 2009), on CoNLL-2003 train (and GUM written train with --gum).
// Writes model/weights.json. Fixed seed: the same data gives the same weights.
//
//   npm run train -w @newslens/ner                       final model (all of train)
//   npm run train -w @newslens/ner -- --holdout          train on 90% of train, score the rest each epoch
//   options: --epochs N, --no-gum, --gum-weight N (GUM documents repeated N times), --out PATH,
//            --held-ids PATH (writes the ids of the held-out GUM documents, for error analysis),
//            --seed N (shuffling; default 20260501), --runs K (average K perceptrons trained on different orders), --folds K --fold k (with --holdout: hold out the k-th of K parts, 0-based; default the last tenth)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { spanF1 } from '@newslens/evaluation';
import { collectFeatures, LABEL_BOS, prevLabelBucket, WordCache } from '../src/tagger/features.js';
import { viterbi } from '../src/tagger/viterbi.js';
import { BUCKET_BITS } from '../src/tagger/hash.js';
import { CONLL_TYPES, LABEL_COUNT, O, typeOf } from '../src/tagger/labels.js';
import { labelsToSpans, trimSpan } from '../src/tagger/spans.js';
import { seededRandom, shuffleInPlace } from '@newslens/evaluation';
import { conllExamples, gumExamples, type Example } from './training-data.js';
import { quantise, writeWeights } from './weights-format.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const EPOCHS = Number(option('--epochs', '3'));
const SEED = Number(option('--seed', '20260501'));
const HOLDOUT = flag('--holdout');
const USE_GUM = !flag('--no-gum');
const GUM_WEIGHT = Number(option('--gum-weight', '2'));
const RUNS = Number(option('--runs', '3'));
// The held-out part is the last of FOLDS parts of the shuffled documents unless --fold says which.
const FOLDS = Number(option('--folds', '10'));
const FOLD = Number(option('--fold', String(FOLDS - 1)));
const OUT = option('--out', new URL('../model/weights.json', import.meta.url).pathname);

const root = findDatasetsDir();
if (!root) throw new Error('datasets not found: set NEWSLENS_DATASETS or put shared/datasets beside the repo');
const cache = new WordCache(Infinity);
const started = performance.now();
const conll = conllExamples(join(root, 'conll2003', 'train.jsonl'), cache);
const random = seededRandom(SEED);
const shuffle = <T>(xs: T[]): T[] => shuffleInPlace(xs, random);
let train: Example[];
let held: Example[] = [];
let heldGum: Example[] = [];
/** Splits off every tenth document (after a seeded shuffle) when scoring on held-out data. */
const split = (docs: Example[]): [Example[], Example[]] => {
  if (!HOLDOUT) return [docs, []];
  const order = shuffle([...docs]);
  const from = Math.floor((order.length * FOLD) / FOLDS);
  const to = Math.floor((order.length * (FOLD + 1)) / FOLDS);
  return [[...order.slice(0, from), ...order.slice(to)], order.slice(from, to)];
};
[train, held] = split(conll);
if (USE_GUM) {
  const [gumTrain, gumHeld] = split(gumExamples(join(root, 'gum-written', 'train.jsonl'), cache));
  heldGum = gumHeld;
  const heldIds = option('--held-ids', '');
  if (heldIds) writeFileSync(heldIds, JSON.stringify(gumHeld.map((e) => e.id)));
  // GUM's genres (fiction, letters, travel guides) are far from Reuters: repeat them to weigh more.
  for (let r = 0; r < GUM_WEIGHT; r++) train = [...train, ...gumTrain];
}
console.log(`read ${train.length} training documents${HOLDOUT ? `, ${held.length} + ${heldGum.length} held out` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const SIZE = (1 << BUCKET_BITS) * LABEL_COUNT;
const MISC_TYPE = CONLL_TYPES.indexOf('MISC');
const w = new Float32Array(SIZE);
const acc = new Float64Array(SIZE);
let step = 1;
const feats: number[][] = [];
let emission = new Float32Array(0);
const transition = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
const TRANSITION_BUCKETS = Array.from({ length: LABEL_COUNT + 1 }, (_, prev) => prevLabelBucket(prev));

function update(bucket: number, y: number, by: number): void {
  const k = bucket * LABEL_COUNT + y;
  w[k] += by;
  acc[k] += by * step;
}

/**
 * Viterbi decoding of one document with `weights`, sentence by sentence; with `learn`, a
 * structured-perceptron update towards the best path that agrees with the known gold labels.
 */
function decode(ex: Example, weights: Float32Array, learn: boolean): Uint8Array {
  const { seq } = ex;
  const labels = new Uint8Array(seq.tokens.length);
  const history = new Map<string, number>();
  const bounds = seq.sentenceBounds;
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    for (let y = 0; y < LABEL_COUNT; y++) transition[prev * LABEL_COUNT + y] = weights[TRANSITION_BUCKETS[prev] * LABEL_COUNT + y];
  }
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    const n = to - from;
    if (emission.length < n * LABEL_COUNT) emission = new Float32Array(n * LABEL_COUNT * 2);
    emission.fill(0, 0, n * LABEL_COUNT);
    for (let i = from; i < to; i++) {
      const f = (feats[i - from] ??= []);
      collectFeatures(seq, i, from, to, history.get(seq.words[i].lower) ?? -1, f);
      const row = (i - from) * LABEL_COUNT;
      for (const b of f) {
        const base = b * LABEL_COUNT;
        for (let y = 0; y < LABEL_COUNT; y++) emission[row + y] += weights[base + y];
      }
    }
    const predicted = labels.subarray(from, to);
    const canOpen = seq.canOpen.subarray(from, to);
    viterbi(n, emission, transition, canOpen, predicted);
    if (learn) {
      let gold = ex.gold.subarray(from, to);
      const known = ex.learn.subarray(from, to);
      if (known.includes(0) || known.includes(2)) {
        // Unknown labels: aim at the best path that keeps the known ones, and keeps tokens known
        // to be no person, organisation or place out of those types.
        const fixed = new Uint8Array(n);
        for (let i = 0; i < n; i++) fixed[i] = known[i] === 1 ? gold[i] : LABEL_COUNT;
        let scores = emission;
        if (known.includes(2)) {
          scores = emission.slice(0, n * LABEL_COUNT);
          for (let i = 0; i < n; i++) {
            if (known[i] !== 2) continue;
            for (let y = 1; y < LABEL_COUNT; y++) if (typeOf(y) !== MISC_TYPE) scores[i * LABEL_COUNT + y] = -1e30;
          }
        }
        const target = new Uint8Array(n);
        viterbi(n, scores, transition, canOpen, target, fixed);
        gold = target;
      }
      let prevGold = LABEL_BOS;
      let prevPred = LABEL_BOS;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          for (const b of feats[i]) {
            update(b, g, 1);
            update(b, p, -1);
          }
        }
        if (g !== p || prevGold !== prevPred) {
          update(TRANSITION_BUCKETS[prevGold], g, 1);
          update(TRANSITION_BUCKETS[prevPred], p, -1);
          transition[prevGold * LABEL_COUNT + g] = w[TRANSITION_BUCKETS[prevGold] * LABEL_COUNT + g];
          transition[prevPred * LABEL_COUNT + p] = w[TRANSITION_BUCKETS[prevPred] * LABEL_COUNT + p];
        }
        prevGold = g;
        prevPred = p;
      }
      step++;
    }
    for (let i = from; i < to; i++) {
      const word = seq.words[i];
      if (labels[i] !== O && (word.cap === 1 || word.cap === 2)) history.set(word.lower, typeOf(labels[i]));
    }
  }
  return labels;
}

function averaged(): Float32Array {
  const avg = new Float32Array(SIZE);
  for (let i = 0; i < SIZE; i++) avg[i] = w[i] - acc[i] / step;
  return avg;
}

/** Micro F1 over the given types (all when omitted), exact character spans. */
function score(examples: Example[], weights: Float32Array, types?: string[]): number {
  const gold = [];
  const predicted = [];
  const keep = (t: string) => !types || types.includes(t);
  for (const [d, ex] of examples.entries()) {
    const labels = decode(ex, weights, false);
    for (const e of ex.entities) if (keep(e.type)) gold.push({ ...e, start: e.start + d * 1e7, end: e.end + d * 1e7 });
    for (const s of labelsToSpans(labels)) {
      const t = trimSpan(ex.seq.tokens, s);
      if (t && keep(CONLL_TYPES[t.type])) {
        predicted.push({ start: ex.seq.tokens.start[t.first] + d * 1e7, end: ex.seq.tokens.end[t.last] + d * 1e7, type: CONLL_TYPES[t.type] });
      }
    }
  }
  return spanF1(gold, predicted).overall.f1;
}

function heldOutScores(weights: Float32Array): string {
  const gum = heldGum.length ? `, GUM held-out PER/ORG/LOC F1 ${score(heldGum, weights, ['PER', 'ORG', 'LOC']).toFixed(4)}` : '';
  return `held-out CoNLL F1 ${score(held, weights).toFixed(4)}${gum}`;
}

// With --runs K, K perceptrons are trained on different orders of the same documents (the shuffles
// continue one seeded stream) and their averaged weights are averaged again (parameter mixing, as
// in McDonald et al. 2010): a single perceptron's result moves with the order it saw the data in.
const final = new Float32Array(SIZE);
for (let run = 1; run <= RUNS; run++) {
  w.fill(0);
  acc.fill(0);
  step = 1;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const t0 = performance.now();
    for (const ex of shuffle(train)) decode(ex, w, true);
    const line = `${RUNS > 1 ? `run ${run} ` : ''}epoch ${epoch}: ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    if (HOLDOUT && (RUNS === 1 || epoch === EPOCHS)) console.log(`${line}, ${heldOutScores(averaged())}`);
    else console.log(line);
  }
  const avg = averaged();
  for (let i = 0; i < SIZE; i++) final[i] += avg[i] / RUNS;
}
const quantised = quantise(final);
if (HOLDOUT) console.log(`with ${quantised.kept} quantised weights: ${heldOutScores(quantised.dequantised)}`);
const written = writeWeights(OUT, quantised, {
  licence:
    'Weights learned from CoNLL-2003 (Reuters RCV1 text, research use only; annotations Tjong Kim Sang & De Meulder 2003)' +
    (USE_GUM ? ' and GUM written train (texts CC BY / CC BY-SA per source, annotations CC BY 4.0, Zeldes 2017)' : '') +
    '. The data itself is not included.',
  retrain: 'npm run train -w @newslens/ner',
  trainedOn: `conll2003/train.jsonl${HOLDOUT ? ' (90%)' : ''}${USE_GUM ? ' + gum-written/train.jsonl' : ''}`,
  settings: { epochs: EPOCHS, runs: RUNS, seed: SEED, bucketBits: BUCKET_BITS, gum: USE_GUM, gumWeight: GUM_WEIGHT, holdout: HOLDOUT },
});
console.log(`wrote ${OUT}: ${written.entries} weights, ${(written.bytes / 1e6).toFixed(2)} MB`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
