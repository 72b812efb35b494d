/**
 * Sentence sentiment against human ratings: each snippet of a file in the format of the VADER
 * study's ground truth (`id<TAB>mean rating -4..4<TAB>text`; Hutto & Gilbert 2014) is read as its
 * own document (segmenter, then the stage) and its document score is compared with the mean
 * rating: Pearson r, and 3-class macro-F1 with gold neutral at |mean| < 0.5. A `.csv` file is read
 * as SemEval-2007 Affective Text headlines with their emotion ratings (`headlineRatings`). Also,
 * with no file arguments or beside them, NewsMTSC *train* sentences whose targets all agree
 * (macro-F1 of the sentence label). The data are not in the repository; pass their paths.
 *   node --conditions=source --import tsx scripts/sentence-eval.ts amazon.txt tweets.txt movies.txt headlines.csv
 * `--sweep` also prints r and macro-F1 for other squash constants and neutral bands, from the same sums.
 * `--zero word,word,...` scores as if the lexicon gave those written forms no valence: how a group of
 * candidates for the news lexicon's NO_TONE_WORDS (scripts/build-lexicon.ts) moves each set, before
 * the lexicon is rebuilt with them (scripts/frequent-words.ts lists the candidates).
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { applyStage, createDocument } from '@newslens/core';
import { macroF1, pearson, ratingLabel, readRatings } from '@newslens/evaluation';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { segmenterStage } from '@newslens/segmenter';
import { join } from 'node:path';
import { dampedSum, documentScore, NEUTRAL_BAND, normalizeSum, SQUASH_ALPHA, toSentiment } from '../src/label.js';
import { LEXICON } from '../src/lexicon.js';
import { sentenceTokens } from '../src/locate.js';
import { weightedSum } from '../src/score-tokens.js';
import { tokenSignals } from '../src/signals.js';
import { readNewsMtsc } from './newsmtsc.js';

const CLASSES = ['negative', 'neutral', 'positive'];
const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const zeroAt = args.indexOf('--zero');
const zeroed = zeroAt >= 0 ? (args[zeroAt + 1] ?? '').split(',').filter((w) => w !== '') : [];
// Before the first parse is scored, so no word's valence has been read and cached yet.
for (const word of zeroed) (LEXICON as Map<string, number>).set(word, 0);
const files = args.filter((a, i) => !a.startsWith('--') && (zeroAt < 0 || i !== zeroAt + 1));

/** The rule-weighted sum of each sentence of a text, length-damped as the stage does (before the squash), so other squash constants can be swept. */
function sentenceSums(text: string): number[] {
  const doc = applyStage(createDocument(text), segmenterStage);
  const s = tokenSignals(doc.parse);
  return sentenceTokens(doc.parse, doc.layers.sentences).map((r) => dampedSum(weightedSum(s, r.first, r.last), r.last - r.first + 1));
}

interface Item {
  gold: number;
  sums: number[];
}

function report(name: string, items: Item[]): void {
  const gold = items.map((x) => x.gold);
  const goldLabels = gold.map(ratingLabel);
  const at = (alpha: number, band: number) => {
    const scores = items.map((x) => documentScore(x.sums.reduce((a, v) => a + v, 0), x.sums.length, alpha));
    const m = macroF1(goldLabels, scores.map((s) => toSentiment(s, band).label), CLASSES);
    return { r: pearson(scores, gold), f1: m.macroF1, zero: items.filter((x) => x.sums.every((v) => v === 0)).length / items.length };
  };
  const now = at(SQUASH_ALPHA, NEUTRAL_BAND);
  console.log(`${name}: ${items.length} snippets, r ${now.r.toFixed(3)}, macro-F1 ${now.f1.toFixed(3)} (alpha ${SQUASH_ALPHA}, band ${NEUTRAL_BAND}); scored exactly 0: ${(100 * now.zero).toFixed(1)}%`);
  if (!sweep) return;
  for (const alpha of [5, 10, 15, 25, 40, 60]) {
    const cells = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((band) => `band ${band}: ${at(alpha, band).f1.toFixed(3)}`);
    console.log(`  alpha ${alpha}: r ${at(alpha, 0.05).r.toFixed(3)}; macro-F1 ${cells.join(', ')}`);
  }
}

/**
 * SemEval-2007 Affective Text headlines (Strapparava & Mihalcea 2007) as a CSV with the columns
 * `news_headlines, anger, disgust, fear, joy, sadness` (0..100, means of six raters). Their valence
 * ratings are not at hand, so a headline is rated joy minus its strongest negative emotion, divided
 * by 25 to span -4..4 like the VADER ratings (the 3-class split at 0.5 is then 12.5 points).
 */
function headlineRatings(content: string): { mean: number; text: string }[] {
  const rows = parse(content, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => {
    const negative = Math.max(...['anger', 'disgust', 'fear', 'sadness'].map((k) => Number(r[k])));
    return { mean: (Number(r.joy) - negative) / 25, text: r.news_headlines.replace(/\s+/g, ' ').trim() };
  });
}

for (const file of files) {
  const content = readFileSync(file, 'utf8');
  const rated = file.endsWith('.csv') ? headlineRatings(content) : readRatings(content);
  report(file, rated.map((x) => ({ gold: x.mean, sums: sentenceSums(x.text) })));
}

const datasets = findDatasetsDir();
if (datasets !== undefined) {
  const agreed = readNewsMtsc(join(datasets, 'newsmtsc/train.jsonl')).filter((r) => new Set(r.targets.map((t) => t.polarity)).size === 1);
  const gold = agreed.map((r) => r.targets[0].polarity);
  const sums = agreed.map((r) => {
    const doc = createDocument(r.text);
    const n = doc.parse.tokens.length;
    return dampedSum(weightedSum(tokenSignals(doc.parse), 0, n - 1), n);
  });
  const at = (alpha: number, band: number) => macroF1(gold, sums.map((x) => toSentiment(normalizeSum(x, alpha), band).label), CLASSES);
  const m = at(SQUASH_ALPHA, NEUTRAL_BAND);
  console.log(`NewsMTSC train, ${agreed.length} sentences whose targets agree: macro-F1 ${m.macroF1.toFixed(3)}, accuracy ${m.accuracy.toFixed(3)}`);
  if (sweep) {
    for (const alpha of [5, 15, 40]) {
      console.log(`  alpha ${alpha}: ${[0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((band) => `band ${band}: ${at(alpha, band).macroF1.toFixed(3)}`).join(', ')}`);
    }
  }
}
