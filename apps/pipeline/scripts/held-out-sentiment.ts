/**
 * Scores the report's sentiment on the held-out human ratings that the sentiment issue sets its
 * bars on, for whoever has them: neither set is in this repository or in ../shared/datasets.
 *   --ratings <file>  texts rated by people, in the VADER study's format (`id<TAB>mean -4..4<TAB>text`,
 *                     as its New York Times editorial snippets come): each text is analysed as an
 *                     article of its own, and the report's document score is compared with the
 *                     mean rating: Pearson r, and 3-class macro-F1 with gold neutral at |mean| < 0.5.
 *   --persent <file>  PerSenT articles (CSV), each read as its headline above its document: the
 *                     report's sentiment label of the entity naming the article's main person
 *                     (`entityFor`) against the author's sentiment toward them: macro-F1. A person
 *                     the report does not name counts as neutral. Two more rows say how far the
 *                     report's entity score could go with thresholds calibrated on such articles:
 *                     thresholds cross-validated on the file (fitted on four fifths, scored on the
 *                     rest), and thresholds fitted to its answers, a ceiling. Neither is the report's.
 * Beside each, AFINN-165 over the whole text (its comparative score for r, the sign of its score
 * for labels), the baseline the issue cites.
 *   npm run eval:held-out -w @newslens/pipeline -- --ratings nyt.txt --persent test_random.csv
 */
import { readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import type { SentimentLabel } from '@newslens/core';
import { formatTable, macroF1, pearson, ratingLabel, readRatings, type Row } from '@newslens/evaluation';
import { analyze } from '../src/analyze.js';
import { bestThresholds, crossValidatedThresholds, entityFor, readPerSent } from './held-out.js';

const CLASSES: SentimentLabel[] = ['negative', 'neutral', 'positive'];
const afinn = new Sentiment();
const signLabel = (score: number): SentimentLabel => (score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral');

/** The report of a text, or undefined when the pipeline refuses it (blank, too long): scored as neutral. */
function report(text: string) {
  try {
    return analyze(text);
  } catch {
    return undefined;
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const rows: Row[] = [];
const ratingsFile = option('--ratings');
if (ratingsFile) {
  const items = readRatings(readFileSync(ratingsFile, 'utf8'));
  const gold = items.map((x) => x.mean);
  const goldLabels = items.map((x) => ratingLabel(x.mean));
  const ours = items.map((x) => report(x.text)?.sentiment ?? { score: 0, label: 'neutral' as const });
  const afinnResults = items.map((x) => afinn.analyze(x.text));
  const set = `${ratingsFile} (${items.length} texts)`;
  rows.push(
    { set, method: 'report document sentiment', 'Pearson r': pearson(ours.map((s) => s.score), gold), 'macro-F1': macroF1(goldLabels, ours.map((s) => s.label), CLASSES).macroF1 },
    { set, method: 'AFINN-165', 'Pearson r': pearson(afinnResults.map((a) => a.comparative), gold), 'macro-F1': macroF1(goldLabels, afinnResults.map((a) => signLabel(a.score)), CLASSES).macroF1 },
  );
}
const persentFile = option('--persent');
if (persentFile) {
  const articles = readPerSent(readFileSync(persentFile, 'utf8'));
  let missing = 0;
  const ours = articles.map((a) => {
    const r = report(a.text);
    const entity = r && entityFor(r, a.target);
    if (!entity) missing++;
    return entity?.sentiment ?? { score: 0, label: 'neutral' as const };
  });
  const gold = articles.map((a) => a.gold);
  const scores = ours.map((s) => s.score);
  const fitted = bestThresholds(scores, gold);
  const set = `${persentFile} (${articles.length} articles, ${missing} main persons not found)`;
  rows.push(
    { set, method: 'report entity sentiment', 'macro-F1': macroF1(gold, ours.map((s) => s.label), CLASSES).macroF1 },
    { set, method: 'its score, thresholds cross-validated on these articles (5 folds × 5)', 'macro-F1': crossValidatedThresholds(scores, gold) },
    { set, method: `its score, thresholds fitted to these answers (${fitted.negative}, ${fitted.positive})`, 'macro-F1': fitted.macroF1 },
    { set, method: 'AFINN-165 document sign', 'macro-F1': macroF1(gold, articles.map((a) => signLabel(afinn.analyze(a.text).score)), CLASSES).macroF1 },
  );
}
if (rows.length === 0) {
  console.error('usage: held-out-sentiment.ts [--ratings <file>] [--persent <file>]');
  process.exitCode = 2;
} else {
  console.log(formatTable(rows));
}
