/**
 * Experiment (not landed; README, "A learned sentence component: tried, not landed"): can a linear
 * model trained on NewsMTSC *train* sentences lift the sentence score beyond the lexicon with rules?
 *
 * Weak labels: each NewsMTSC train sentence whose targets all share one polarity is labelled with it
 * (7,357 sentences). Features per sentence: the stage's rule-weighted lexicon sum and its positive
 * and negative parts (length-damped and squashed as the stage does), negator count, hedge,
 * contrast and quote marks, the damping factor, and a bag (`--bag`):
 *   words     written forms (names and name-like words left out, numbers as <num>) and their clusters;
 *   clusters  word clusters only (model/word-clusters.json);
 *   content   forms and clusters of nouns, verbs, adjectives and adverbs only;
 *   valence   one feature per lexicon word, valued by its rule-weighted contribution (learns how much
 *             each lexicon word should count in news).
 * Model: multinomial logistic regression (scripts/logistic.ts, AdaGrad + L2, seed 20211). Its L2 and
 * epochs are chosen by 5-fold cross-validation on train (folds by sentence, argmax macro-F1). Then
 * each way of combining it with the lexicon score is measured on the development ratings (VADER
 * study Amazon and tweet snippets, paths as arguments), on cross-validated train predictions and
 * on NewsMTSC dev agreeing sentences (labels from the score with the stage's band 0.05):
 *   lex+β·bag     squash(damped sum + β · (bag part of z_pos − z_neg))
 *   soft τ×β      the same with the bag part soft-thresholded at τ (only strong topic evidence counts)
 *   scale γ       squash(damped sum · exp(γ · bag)): rescales lexicon evidence, creates none
 *   gate g        squash(damped sum · (1 − g · P(neutral)))
 *   blend λ       (1 − λ) · lexicon score + λ · (P(pos) − P(neg))
 *   model ×k      squash(k · (z_pos − z_neg)) without the bias: the model alone
 *   node --conditions=source --import tsx scripts/sentence-model-experiment.ts /tmp/vader-dev/amazon.txt /tmp/vader-dev/tweets.txt [--bag words]
 * The data are not in the repository. Nothing here is chosen on, or reads, the NYT snippets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyStage, createDocument, type Parse } from '@newslens/core';
import { macroF1, pearson } from '@newslens/evaluation';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { segmenterStage } from '@newslens/segmenter';
import { clusterOf } from '../src/clusters.js';
import { LENGTH_NORM, NEUTRAL_BAND, normalizeSum, toSentiment } from '../src/label.js';
import { sentenceTokens } from '../src/locate.js';
import { prefixWeights } from '../src/score-tokens.js';
import { CONTRAST_FLAG, HEDGE_FLAG, NEGATOR_FLAG, PROPN_FLAG, QUOTE_FLAG, SKIP_FLAG, tokenSignals } from '../src/signals.js';
import { scores, softmax, train, type Example } from './logistic.js';
import { nameLikeWords } from './names.js';
import { readNewsMtsc, type Record_ } from './newsmtsc.js';

const CLASSES = ['negative', 'neutral', 'positive'];
const SEED = 20211;
const FOLDS = 5;
const MIN_COUNT = 3;
const DENSE_NAMES = ['bias', 'lexicon', 'positive part', 'negative part', 'negators', 'hedge', 'contrast', 'quote', 'damping'];
const CONTENT_POS = new Set(['ADJ', 'ADV', 'VERB', 'NOUN']);

const args = process.argv.slice(2);
const bagKind = args.includes('--bag') ? args[args.indexOf('--bag') + 1] : 'words';
if (!['words', 'clusters', 'content', 'valence'].includes(bagKind)) throw new Error(`unknown --bag ${bagKind}`);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--bag');
const names = nameLikeWords();

interface Sentence {
  /** The stage's damped rule-weighted sum: its sentence score is normalizeSum(lex). */
  lex: number;
  dense: number[];
  bag: Map<string, number>;
}
interface Labelled extends Sentence {
  label: number;
}

function features(parse: Parse, first: number, last: number): Sentence {
  const s = tokenSignals(parse);
  const n = last - first + 1;
  const prefix = prefixWeights(s, first, last);
  const d = n > LENGTH_NORM ? Math.sqrt(LENGTH_NORM / n) : 1;
  let pos = 0;
  let neg = 0;
  let negators = 0;
  let hedge = 0;
  let contrast = 0;
  let quote = 0;
  const bag = new Map<string, number>();
  const add = (k: string, v: number) => bag.set(k, (bag.get(k) ?? 0) + v);
  for (let i = first; i <= last; i++) {
    const c = prefix[i - first + 1] - prefix[i - first];
    if (c > 0) pos += c;
    else neg += c;
    const f = s.flags[i];
    if (f & NEGATOR_FLAG) negators++;
    if (f & HEDGE_FLAG) hedge = 1;
    if (f & CONTRAST_FLAG) contrast = 1;
    if (f & QUOTE_FLAG) quote = 1;
    const form = parse.tokens.normal[i];
    if (bagKind === 'valence') {
      if (c !== 0) add(form, (d * c) / 4);
      continue;
    }
    if ((f & (SKIP_FLAG | PROPN_FLAG)) !== 0 || names.has(form)) continue;
    if (bagKind === 'content' && !CONTENT_POS.has(parse.tokens.pos[i])) continue;
    if (bagKind !== 'clusters') add(parse.tokens.type[i] === 'number' ? '<num>' : form, d);
    const cluster = clusterOf(form);
    if (cluster !== undefined) add(cluster, d);
  }
  const sum = prefix[n];
  return {
    lex: d * sum,
    dense: [1, normalizeSum(d * sum), normalizeSum(d * pos), normalizeSum(d * neg), Math.min(negators, 3) * d, hedge, contrast, quote, d],
    bag,
  };
}

/** NewsMTSC sentences whose targets agree, each read whole as one sentence (as scripts/sentence-eval.ts does). */
function agreeing(records: Record_[]): Labelled[] {
  return records
    .filter((r) => new Set(r.targets.map((t) => t.polarity)).size === 1)
    .map((r) => {
      const doc = createDocument(r.text);
      return { ...features(doc.parse, 0, doc.parse.tokens.length - 1), label: CLASSES.indexOf(r.targets[0].polarity) };
    });
}

/** VADER-study ratings: each snippet segmented as the stage does; its score is the mean of its sentences'. */
function rated(file: string): { gold: number; sentences: Sentence[] }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.split('\t').length >= 3)
    .map((l) => {
      const [, mean, ...rest] = l.split('\t');
      const doc = applyStage(createDocument(rest.join('\t')), segmenterStage);
      return { gold: Number(mean), sentences: sentenceTokens(doc.parse, doc.layers.sentences).map((r) => features(doc.parse, r.first, r.last)) };
    });
}

const root = findDatasetsDir();
if (root === undefined) throw new Error('shared/datasets not found; set NEWSLENS_DATASETS');
const trainSet = agreeing(readNewsMtsc(join(root, 'newsmtsc/train.jsonl')));
const devSet = agreeing(readNewsMtsc(join(root, 'newsmtsc/dev.jsonl')));
const ratedSets = files.map((f) => ({ name: f.replace(/^.*\//, ''), items: rated(f) }));

interface Options {
  epochs: number;
  l2: number;
}
interface Model {
  vocab: Map<string, number>;
  w: Float64Array;
}

function encode(x: Sentence, vocab: Map<string, number>, label = 0): Example {
  const index: number[] = [];
  const value: number[] = [];
  x.dense.forEach((v, i) => {
    index.push(i);
    value.push(v);
  });
  for (const [k, v] of x.bag) {
    const i = vocab.get(k);
    if (i !== undefined) {
      index.push(i);
      value.push(v);
    }
  }
  return { index: Int32Array.from(index), value: Float64Array.from(value), label };
}

function fit(xs: Labelled[], o: Options): Model {
  const counts = new Map<string, number>();
  for (const x of xs) for (const k of x.bag.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= MIN_COUNT) vocab.set(k, DENSE_NAMES.length + vocab.size);
  const n = [0, 0, 0];
  for (const x of xs) n[x.label]++;
  const classWeight = n.map((c) => Math.sqrt(xs.length / (3 * c)));
  const w = train(xs.map((x) => encode(x, vocab, x.label)), {
    classes: 3, features: DENSE_NAMES.length + vocab.size, epochs: o.epochs, l2: o.l2, rate: 0.05, seed: SEED, classWeight,
  });
  return { vocab, w };
}

interface Output {
  /** z_pos − z_neg from the dense features but the bias, and from the bag. */
  dense: number;
  bag: number;
  p: Float64Array;
}

function apply(m: Model, x: Sentence): Output {
  const ex = encode(x, m.vocab);
  let dense = 0;
  let bag = 0;
  for (let d = 0; d < ex.index.length; d++) {
    const f = ex.index[d];
    const v = (m.w[f * 3 + 2] - m.w[f * 3]) * ex.value[d];
    if (f >= DENSE_NAMES.length) bag += v;
    else if (f !== 0) dense += v;
  }
  const p = new Float64Array(3);
  scores(m.w, ex, 3, p);
  softmax(p);
  return { dense, bag, p };
}

const foldOf = trainSet.map((_, i) => (Math.imul(i + 1, 2654435761) >>> 0) % FOLDS);
/** Each train sentence's output from the model trained on the other folds. */
function crossValidated(o: Options): Output[] {
  const out: Output[] = new Array(trainSet.length);
  for (let k = 0; k < FOLDS; k++) {
    const m = fit(trainSet.filter((_, i) => foldOf[i] !== k), o);
    trainSet.forEach((x, i) => {
      if (foldOf[i] === k) out[i] = apply(m, x);
    });
  }
  return out;
}

const argmax = (p: Float64Array) => CLASSES[p[0] > p[1] && p[0] > p[2] ? 0 : p[2] > p[1] ? 2 : 1];
const trainGold = trainSet.map((x) => CLASSES[x.label]);
let best = { f1: -1, options: { epochs: 0, l2: 0 }, cv: [] as Output[] };
for (const epochs of [4, 8]) {
  for (const l2 of [0.003, 0.01, 0.03]) {
    const cv = crossValidated({ epochs, l2 });
    const f1 = macroF1(trainGold, cv.map((o) => argmax(o.p)), CLASSES).macroF1;
    console.log(`bag ${bagKind}, epochs ${epochs}, L2 ${l2}: CV argmax macro-F1 ${f1.toFixed(3)}`);
    if (f1 > best.f1) best = { f1, options: { epochs, l2 }, cv };
  }
}
const model = fit(trainSet, best.options);
console.log(`chosen by CV: epochs ${best.options.epochs}, L2 ${best.options.l2} (CV argmax macro-F1 ${best.f1.toFixed(3)}); ${model.vocab.size} bag features`);
console.log(`NewsMTSC dev agreeing sentences, model argmax macro-F1 ${macroF1(devSet.map((x) => CLASSES[x.label]), devSet.map((x) => argmax(apply(model, x).p)), CLASSES).macroF1.toFixed(3)}`);

type Combine = (x: Sentence, o: Output) => number;
const soft = (v: number, t: number) => Math.sign(v) * Math.max(0, Math.abs(v) - t);
const combinations: [string, Combine][] = [['lexicon only (the stage today)', (x) => normalizeSum(x.lex)]];
for (const b of [0.25, 0.5, 1, 2]) combinations.push([`lex+${b}·bag`, (x, o) => normalizeSum(x.lex + b * o.bag)]);
for (const t of [0.5, 1]) for (const b of [0.5, 1, 2]) combinations.push([`soft ${t}×${b}`, (x, o) => normalizeSum(x.lex + b * soft(o.bag, t))]);
for (const g of [0.1, 0.2, 0.3]) combinations.push([`scale ${g}`, (x, o) => normalizeSum(x.lex * Math.exp(g * o.bag))]);
for (const g of [0.5, 1]) combinations.push([`gate ${g}`, (x, o) => normalizeSum(x.lex * (1 - g * o.p[1]))]);
for (const l of [0.15, 0.25, 0.5]) combinations.push([`blend ${l}`, (x, o) => (1 - l) * normalizeSum(x.lex) + l * (o.p[2] - o.p[0])]);
for (const k of [1, 2]) combinations.push([`model ×${k}`, (x, o) => normalizeSum(k * (o.dense + o.bag))]);

const label = (score: number) => toSentiment(score, NEUTRAL_BAND).label;
const goldClass = (m: number) => (Math.abs(m) < 0.5 ? 'neutral' : m > 0 ? 'positive' : 'negative');
const devGold = devSet.map((x) => CLASSES[x.label]);
const devOut = devSet.map((x) => apply(model, x));
const ratedOut = ratedSets.map((set) => set.items.map((it) => it.sentences.map((x) => apply(model, x))));
console.log(`\n| combination | ${ratedSets.map((s) => `${s.name} r / F1`).join(' | ')} | NewsMTSC train CV F1 | NewsMTSC dev F1 |`);
console.log(`|---|${ratedSets.map(() => '---|').join('')}---|---|`);
for (const [name, f] of combinations) {
  const cells = ratedSets.map((set, k) => {
    const score = set.items.map((it, j) => (it.sentences.length === 0 ? 0 : it.sentences.reduce((a, x, i) => a + f(x, ratedOut[k][j][i]), 0) / it.sentences.length));
    const gold = set.items.map((it) => it.gold);
    return `${pearson(score, gold).toFixed(3)} / ${macroF1(gold.map(goldClass), score.map(label), CLASSES).macroF1.toFixed(3)}`;
  });
  const cv = macroF1(trainGold, trainSet.map((x, i) => label(f(x, best.cv[i]))), CLASSES).macroF1;
  const dev = macroF1(devGold, devSet.map((x, i) => label(f(x, devOut[i]))), CLASSES).macroF1;
  console.log(`| ${name} | ${cells.join(' | ')} | ${cv.toFixed(3)} | ${dev.toFixed(3)} |`);
}
