/**
 * Chooses the pair thresholds on train, not dev: reads the out-of-fold scores that
 *   STANCE_OOF_OUT=/tmp/oof.json npm run train
 * writes (5 folds over the train split, class offsets applied), fits a softmax temperature by
 * log-loss, and prints macro-F1 and the precision of the non-neutral calls for each setting of
 * MIN_PAIR_SCORE (calibrated probability of the class), MIN_NEUTRAL_MARGIN (its lead over neutral)
 * and whether a stance cue must be present.
 *
 *   node --conditions=source --import tsx scripts/calibrate.ts /tmp/oof.json
 */
import { readFileSync } from 'node:fs';
import { macroF1 } from '@newslens/evaluation';
import { STANCE_CLASSES } from '../src/model.js';
import { CUE_FEATURES } from '../src/features.js';

const { miscBase, rows } = JSON.parse(readFileSync(process.argv[2], 'utf8')) as {
  miscBase: number;
  rows: { label: number; scores: number[]; features: number[] }[];
};
const K = STANCE_CLASSES.length;
const cueIds = new Set(CUE_FEATURES.map((id) => miscBase + id));

function probs(scores: number[], t: number): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp((s - max) / t));
  const total = e.reduce((x, y) => x + y, 0);
  return e.map((x) => x / total);
}

let bestT = 1;
let bestLoss = Infinity;
for (let t = 0.5; t <= 3.001; t += 0.05) {
  let loss = 0;
  for (const r of rows) loss -= Math.log(Math.max(1e-12, probs(r.scores, t)[r.label]));
  if (loss < bestLoss) {
    bestLoss = loss;
    bestT = t;
  }
}
console.log(`temperature ${bestT.toFixed(2)} (log-loss ${(bestLoss / rows.length).toFixed(4)} per sentence; at 1: ${(rows.reduce((l, r) => l - Math.log(probs(r.scores, 1)[r.label]), 0) / rows.length).toFixed(4)})`);

const gold = rows.map((r) => STANCE_CLASSES[r.label]);
const p = rows.map((r) => probs(r.scores, bestT));
const cue = rows.map((r) => r.features.some((f) => cueIds.has(f)));
console.log(`${cue.filter(Boolean).length} of ${rows.length} sentences have a cue; non-neutral gold among those without: ${rows.filter((r, i) => !cue[i] && r.label !== 0).length}`);
console.log('| min score | min margin | cue | macro-F1 | precision | recall |');
console.log('|---|---|---|---|---|---|');
for (const needCue of [false, true]) {
  for (const minScore of [0.3, 0.4, 0.45, 0.5, 0.6]) {
    for (const margin of [0, 0.05, 0.1, 0.2, 0.3]) {
      const pred = p.map((ps, i) => {
        let best = 0;
        for (let c = 1; c < K; c++) if (ps[c] > ps[best]) best = c;
        if (best === 0 || ps[best] < minScore || ps[best] - ps[0] < margin || (needCue && !cue[i])) return 'neutral';
        return STANCE_CLASSES[best];
      });
      const f = macroF1(gold, pred, STANCE_CLASSES).macroF1;
      let called = 0, right = 0, nonNeutral = 0;
      pred.forEach((c, i) => {
        if (gold[i] !== 'neutral') nonNeutral++;
        if (c === 'neutral') return;
        called++;
        if (c === gold[i]) right++;
      });
      console.log(`| ${minScore} | ${margin} | ${needCue ? 'yes' : 'no'} | ${f.toFixed(3)} | ${(right / called).toFixed(3)} | ${(right / nonNeutral).toFixed(3)} |`);
    }
  }
}

// How the chosen setting (0.45, 0.05) does on sentences with no cue at all: if it rarely calls
// them, skipping them before scoring costs little.
{
  let calls = 0, right = 0, none = 0;
  p.forEach((ps, i) => {
    if (cue[i]) return;
    none++;
    let best = 0;
    for (let c = 1; c < K; c++) if (ps[c] > ps[best]) best = c;
    if (best === 0 || ps[best] < 0.45 || ps[best] - ps[0] < 0.05) return;
    calls++;
    if (rows[i].label === best) right++;
  });
  console.log(`no cue: ${none} sentences, ${calls} called non-neutral at (0.45, 0.05), ${right} of them right`);
}
