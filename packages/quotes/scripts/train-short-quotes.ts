// Trains the short-quote model (src/short-quotes.ts) on PolNeAR train and writes
// src/short-quotes-model.json. Every quote of one or two words, or in title case, that the rules of
// scare-quotes.ts judge (kept or left out) is a sample: its features are shortQuoteFeatures', its
// label whether it matches a gold quote when every such quote is kept. Logistic regression with L2,
// full-batch Adam from zero weights (deterministic); the L2 weight, the least feature count and the
// threshold are chosen by k-fold cross-validation over train articles (repeated with fixed seeds), on
// the F1 of the whole quote set (the quotes the model does not decide count as they are).
//
//   node --conditions=source --import tsx scripts/train-short-quotes.ts [--folds 5] [--seeds 1,2,3] [--write]
//
// Without --write it prints the cross-validation table only. Dev is never read. For experiments:
// --mode both|veto|rescue, --min-precision P, --best-f1, --drop prefix,prefix (features left out),
// --curve (F1 and rescues by threshold), --show (the out-of-fold decisions that differ from the
// rules', with their context).
// The texts are copyrighted news: --show prints some, never commit its output; otherwise the script
// prints counts only, and the model holds feature weights.
import { writeFileSync } from 'node:fs';
import { createDocument, withLayer } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { formatTable, seededRandom } from '@newslens/evaluation';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuotes } from '../src/index.js';
import { scoreDoc, type GoldQuote, type Tally } from './score.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FOLDS = arg('--folds', 5);
/** The seeds of the fold assignments (CV is repeated once per seed and averaged): --seeds 1,2,3 */
const SEEDS = (process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1] : '1,2,3').split(',').map(Number);
const ITERATIONS = 400;
/** Feature prefixes left out (for ablation): --drop mark=,quoted= */
const DROP = (process.argv.includes('--drop') ? process.argv[process.argv.indexOf('--drop') + 1] : '').split(',').filter(Boolean);

interface Sample {
  article: number;
  /** The article writes double marks as typewriter '' (PolNeAR's conversion drops most of their short quotes). */
  typewriter: boolean;
  features: string[];
  label: boolean;
  ruleKept: boolean;
  /** The quote in its context, for --show (printed only; copyrighted text, never written). */
  context: string;
}

const dir = findDatasetsDir();
if (!dir) throw new Error('no datasets folder');
const articles = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(`${dir}/polnear-quotes/train.jsonl`);

// Every decided quote kept: the samples, and the tally of the quotes the model does not decide.
const samples: Sample[] = [];
const base: Tally = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
articles.forEach(({ text, quotes: gold }, article) => {
  const parsed = createDocument(text);
  const withSentences = withLayer(parsed, 'sentences', segment(parsed));
  const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
  const decided = new Map<number, { features: string[] }>();
  const predicted = findQuotes(doc, { shortQuotes: 'keep', onShortQuote: (span, features) => decided.set(span.start, { features }) });
  const matched = new Set<number>();
  const tally: Tally = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
  scoreDoc(text, gold, predicted, doc.layers.entities, tally, (g, p) => { if (g && p) matched.add(p.start); });
  base.gold += tally.gold;
  for (const p of predicted) {
    const d = decided.get(p.start);
    if (d) samples.push({ article, typewriter: text.includes("''"), features: d.features.filter((f) => !DROP.some((x) => f.startsWith(x))), label: matched.has(p.start), ruleKept: d.features.includes('rule=kept'), context: text.slice(Math.max(0, p.start - 70), p.end + 30).replace(/\s+/g, ' ') });
    else {
      base.predicted++;
      if (matched.has(p.start)) base.matched++;
    }
  }
});

const f1 = (matched: number, predicted: number) => (2 * matched) / (predicted + base.gold);
/** F1 of the whole quote set when the samples `keep` says are kept. */
function setF1(keep: (s: Sample, i: number) => boolean): { f1: number; matched: number; predicted: number } {
  let matched = base.matched;
  let predicted = base.predicted;
  samples.forEach((s, i) => {
    if (!keep(s, i)) return;
    predicted++;
    if (s.label) matched++;
  });
  return { f1: f1(matched, predicted), matched, predicted };
}

interface Fitted {
  bias: number;
  weights: Map<string, number>;
}

/** L2-regularised logistic regression by full-batch Adam (the bias is not regularised). */
function fit(train: Sample[], l2: number, minCount: number): Fitted {
  const counts = new Map<string, number>();
  for (const s of train) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f)! >= minCount).sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  const rows = train.map((s) => Int32Array.from(s.features.map((f) => id.get(f) ?? -1).filter((i) => i >= 0)));
  const d = vocab.length + 1; // the last is the bias
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const grad = new Float64Array(d);
  const rate = 0.05;
  for (let it = 1; it <= ITERATIONS; it++) {
    grad.fill(0);
    for (let k = 0; k < rows.length; k++) {
      let z = w[d - 1];
      for (const i of rows[k]) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - (train[k].label ? 1 : 0);
      for (const i of rows[k]) grad[i] += err;
      grad[d - 1] += err;
    }
    for (let i = 0; i < d; i++) {
      const g = grad[i] / rows.length + (i < d - 1 ? l2 * w[i] : 0);
      m[i] = 0.9 * m[i] + 0.1 * g;
      v[i] = 0.999 * v[i] + 0.001 * g * g;
      w[i] -= (rate * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return { bias: w[d - 1], weights: new Map(vocab.map((f, i) => [f, w[i]])) };
}

const score = (model: Fitted, s: Sample) => s.features.reduce((z, f) => z + (model.weights.get(f) ?? 0), model.bias);

/** Folds by article, shuffled from a seed. */
function foldsOf(seed: number): Int32Array {
  const rand = seededRandom(seed);
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const foldOf = new Int32Array(articles.length);
  order.forEach((a, k) => { foldOf[a] = k % FOLDS; });
  return foldOf;
}

/**
 * What the model may do: overturn the rules either way (`both`), only veto a quote the rules keep
 * (`veto`), or only rescue one they leave out (`rescue`, the default and what src/short-quotes.ts does). --mode rescue
 */
const MODE = process.argv.includes('--mode') ? process.argv[process.argv.indexOf('--mode') + 1] : 'rescue';
const decide = (s: Sample, score: number, threshold: number) => (MODE === 'veto' ? s.ruleKept && score >= threshold : MODE === 'rescue' ? s.ruleKept || score >= threshold : score >= threshold);
const THRESHOLDS = Array.from({ length: 56 }, (_, i) => Math.round(-1.5 * 10 + i) / 10);
function outOfFold(foldOf: Int32Array, l2: number, minCount: number): Float64Array {
  const scores = new Float64Array(samples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(samples.filter((s) => foldOf[s.article] !== fold), l2, minCount);
    samples.forEach((s, i) => { if (foldOf[s.article] === fold) scores[i] = score(model, s); });
  }
  return scores;
}

const rules = setF1((s) => s.ruleKept);
console.log(`train: ${articles.length} articles, ${samples.length} decided quotes (${samples.filter((s) => s.label).length} gold, ${samples.filter((s) => s.ruleKept).length} kept by the rules)`);
console.log(`rules: matched ${rules.matched} / predicted ${rules.predicted} / gold ${base.gold}, F1 ${rules.f1.toFixed(5)}`);
console.log(`left out by the rules: ${samples.filter((s) => !s.ruleKept).length}, ${samples.filter((s) => !s.ruleKept && s.label).length} of them gold`);
console.log(`keep all: F1 ${setF1(() => true).f1.toFixed(5)}; oracle: F1 ${setF1((s) => s.label).f1.toFixed(5)}`);

// Each setting's F1 and the precision of its rescues at each threshold, averaged over the seeds'
// fold assignments. The threshold is the lowest at which the quotes the model keeps against the
// rules are at least MIN_PRECISION gold (by default as precise as the decided quotes the rules
// keep): the model overturns the rules only where it is as sure as they are. --best-f1 takes the
// threshold of the highest F1 instead.
const ruleKeptGold = samples.filter((s) => s.ruleKept && s.label).length / samples.filter((s) => s.ruleKept).length;
const MIN_PRECISION = arg('--min-precision', ruleKeptGold);
const BEST_F1 = process.argv.includes('--best-f1');
console.log(`the decided quotes the rules keep are ${ruleKeptGold.toFixed(3)} gold; rescues must reach ${MIN_PRECISION.toFixed(3)}`);
const rows: Record<string, string | number>[] = [];
let best = { l2: 0, minCount: 0, threshold: 0, f1: 0 };
const folds = SEEDS.map(foldsOf);
for (const minCount of [2, 3]) {
  for (const l2 of [0.0001, 0.0003, 0.001, 0.003, 0.01]) {
    const scores = folds.map((foldOf) => outOfFold(foldOf, l2, minCount));
    const at = (threshold: number) => {
      let f = 0;
      let changed = 0;
      let right = 0;
      for (const sc of scores) {
        f += setF1((s, i) => decide(s, sc[i], threshold)).f1;
        samples.forEach((s, i) => {
          const kept = decide(s, sc[i], threshold);
          if (kept !== s.ruleKept) { changed++; if (kept === s.label) right++; }
        });
      }
      return { f1: f / scores.length, precision: changed ? right / changed : 1, changed: changed / scores.length };
    };
    const curve = THRESHOLDS.map((threshold) => ({ threshold, ...at(threshold) }));
    let top = curve[curve.length - 1];
    if (BEST_F1) for (const point of curve) { if (point.f1 > top.f1 + 1e-12) top = point; }
    else top = curve.find((point) => point.precision >= MIN_PRECISION) ?? top;
    rows.push({ 'min count': minCount, L2: String(l2), 'F1 at 0': at(0).f1.toFixed(5), threshold: top.threshold.toFixed(1), 'changed': top.changed.toFixed(1), precision: top.precision.toFixed(3), 'F1 (CV)': top.f1.toFixed(5) });
    if (top.f1 > best.f1) best = { l2, minCount, threshold: top.threshold, f1: top.f1 };
  }
}
console.log(formatTable(rows));
console.log(`mode ${MODE}: chosen: L2 ${best.l2}, min count ${best.minCount}, threshold ${best.threshold.toFixed(1)}: CV F1 ${best.f1.toFixed(5)} against the rules' ${rules.f1.toFixed(5)}`);

if (process.argv.includes('--curve')) {
  // The chosen setting's F1 and its rescues at each threshold (mean over the seeds).
  const scores = folds.map((foldOf) => outOfFold(foldOf, best.l2, best.minCount));
  const curve: Record<string, string | number>[] = [];
  for (const threshold of THRESHOLDS.filter((t) => t >= -0.5 && t <= 3)) {
    let f = 0;
    let changed = 0;
    let right = 0;
    for (const sc of scores) {
      f += setF1((s, i) => decide(s, sc[i], threshold)).f1 / scores.length;
      samples.forEach((s, i) => {
        const kept = decide(s, sc[i], threshold);
        if (kept !== s.ruleKept) { changed += 1 / scores.length; if (kept === s.label) right += 1 / scores.length; }
      });
    }
    curve.push({ threshold: threshold.toFixed(1), 'F1 (CV)': f.toFixed(5), 'changed': changed.toFixed(1), 'of them gold': right.toFixed(1), precision: (right / changed).toFixed(3) });
  }
  console.log(formatTable(curve));
}

if (process.argv.includes('--show')) {
  // The chosen setting's out-of-fold decisions that differ from the rules', for reading.
  const sc = outOfFold(folds[0], best.l2, best.minCount);
  let changed = 0;
  let gold = 0;
  samples.forEach((s, i) => {
    const kept = decide(s, sc[i], best.threshold);
    if (kept === s.ruleKept) return;
    changed++;
    if (s.label === kept) gold++;
    console.log(`${kept ? 'KEEP' : 'DROP'} ${s.label ? 'gold' : '----'} ${sc[i].toFixed(2)} ${s.typewriter ? "''" : '  '} ${s.context}`);
  });
  console.log(`${changed} decisions differ from the rules', ${gold} of them rightly`);
}

if (process.argv.includes('--write')) {
  const model = fit(samples, best.l2, best.minCount);
  const weights: Record<string, number> = {};
  for (const [f, w] of [...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.005) weights[f] = Math.round(w * 1000) / 1000;
  const out = { mode: MODE, bias: Math.round(model.bias * 1000) / 1000, threshold: Math.round(best.threshold * 1000) / 1000, l2: best.l2, minCount: best.minCount, folds: FOLDS, seeds: SEEDS, weights };
  writeFileSync(new URL('../src/short-quotes-model.json', import.meta.url), `${JSON.stringify(out)}\n`);
  console.log(`wrote src/short-quotes-model.json: ${Object.keys(weights).length} weights`);
}
