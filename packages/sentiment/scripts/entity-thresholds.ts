/**
 * Chooses where an entity's score changes label (ENTITY_THRESHOLDS in entity-sentiment.ts). An
 * entity's score is a weighted mean of its mentions' target scores, P(positive) − P(negative), so
 * its labels are set where that score best separates NewsMTSC's labelled targets: every dev target
 * is scored through `targetSentiment`, and each pair of thresholds on a 0.05 grid labels the scores;
 * the pair with the highest macro-F1 is the one kept. Prints the best pairs and the kept one's.
 *   npm run calibrate:entity   (node --conditions=source --import tsx scripts/entity-thresholds.ts)
 */
import { join } from 'node:path';
import { macroF1, formatTable, type Row } from '@newslens/evaluation';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { ENTITY_THRESHOLDS } from '../src/entity-sentiment.js';
import { toSentiment, type LabelThresholds } from '../src/label.js';
import { targetSentiment } from '../src/target-sentiment.js';
import { CLASSES, readNewsMtsc } from './newsmtsc.js';

const datasets = findDatasetsDir();
if (!datasets) throw new Error('no datasets directory: set NEWSLENS_DATASETS or run beside ../shared/datasets');
const gold: string[] = [];
const scores: number[] = [];
for (const r of readNewsMtsc(join(datasets, 'newsmtsc', 'dev.jsonl'))) {
  for (const t of r.targets) {
    gold.push(t.polarity);
    scores.push(targetSentiment(r.text, t).score);
  }
}
const f1 = (band: LabelThresholds) => macroF1(gold, scores.map((s) => toSentiment(s, band).label), CLASSES).macroF1;
const grid: { band: LabelThresholds; f1: number }[] = [];
for (let a = 0; a <= 16; a++) {
  for (let b = 0; b <= 16; b++) {
    const band = { negative: -a / 20, positive: -0.2 + b / 20 };
    if (band.positive > band.negative) grid.push({ band, f1: f1(band) });
  }
}
grid.sort((x, y) => y.f1 - x.f1);
const rows: Row[] = grid.slice(0, 5).map((g) => ({ negative: g.band.negative, positive: g.band.positive, 'macro-F1': g.f1 }));
rows.push({ negative: ENTITY_THRESHOLDS.negative, positive: ENTITY_THRESHOLDS.positive, 'macro-F1': f1(ENTITY_THRESHOLDS) });
console.log(`NewsMTSC dev, ${gold.length} targets: target scores labelled by thresholds (best five, then ENTITY_THRESHOLDS)\n`);
console.log(formatTable(rows));
