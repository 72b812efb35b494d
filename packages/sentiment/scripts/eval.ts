/**
 * NewsMTSC dev: target sentiment through `targetSentiment`, per subset and overall, beside two
 * sentence-level baselines that label every target with its sentence's sign.
 *   npm run eval   (node --conditions=source --import tsx scripts/eval.ts)
 */
import { createDocument } from '@newslens/core';
import { macroF1, type Row } from '@newslens/evaluation';
import { runEval } from '@newslens/evaluation/node';
import english from 'sentiment/languages/en/index.js';
import { sentenceScore, toSentiment } from '../src/label.js';
import { weightedSum } from '../src/score-tokens.js';
import { tokenSignals } from '../src/signals.js';
import { targetSentiment } from '../src/target-sentiment.js';
import { CLASSES, readNewsMtsc, type Record_ } from './newsmtsc.js';

const signOf = (x: number) => (x > 0 ? 'positive' : x < 0 ? 'negative' : 'neutral');

/** Plain AFINN-165: the sum over the sentence's words, no rules, no news lexicon. */
function afinnSign(text: string): string {
  const { tokens } = createDocument(text).parse;
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) sum += english.labels[tokens.normal[i]] ?? 0;
  return signOf(sum);
}

/** This package's sentence score (rules, news lexicon), labelled with the documented thresholds. */
function sentenceLabel(text: string): string {
  const doc = createDocument(text);
  const s = tokenSignals(doc.parse);
  const n = doc.parse.tokens.length;
  return toSentiment(sentenceScore(weightedSum(s, 0, n - 1), n)).label;
}

interface Scored {
  set: string;
  gold: string;
  target: string;
  afinn: string;
  sentence: string;
}

function score(records: Record_[]): Scored[] {
  const out: Scored[] = [];
  for (const r of records) {
    const afinn = afinnSign(r.text);
    const sentence = sentenceLabel(r.text);
    for (const t of r.targets) {
      out.push({ set: r.set ?? 'all', gold: t.polarity, target: targetSentiment(r.text, t).label, afinn, sentence });
    }
  }
  return out;
}

await runEval('sentiment', [
  {
    name: 'NewsMTSC dev, target sentiment (macro-F1 over negative/neutral/positive)',
    files: ['newsmtsc/dev.jsonl'],
    run: ([dev]) => {
      const scored = score(readNewsMtsc(dev));
      const rows: Row[] = [];
      const figures: Record<string, number> = {};
      for (const set of ['mt', 'rw', 'all']) {
        const part = scored.filter((x) => set === 'all' || x.set === set);
        const gold = part.map((x) => x.gold);
        for (const [method, key] of [['targetSentiment (trained)', 'target'], ['AFINN sentence sign', 'afinn'], ['rule sentence label', 'sentence']] as const) {
          const m = macroF1(gold, part.map((x) => x[key]), CLASSES);
          rows.push({ set, method, targets: part.length, 'macro-F1': m.macroF1, accuracy: m.accuracy });
          figures[`${set}/${key}/macroF1`] = m.macroF1;
          figures[`${set}/${key}/accuracy`] = m.accuracy;
        }
      }
      return { rows, figures };
    },
  },
  {
    name: 'NewsMTSC dev, sentence sentiment proxy (sentences whose targets all share one label)',
    files: ['newsmtsc/dev.jsonl'],
    run: ([dev]) => {
      const agreed = readNewsMtsc(dev).filter((r) => new Set(r.targets.map((t) => t.polarity)).size === 1);
      const gold = agreed.map((r) => r.targets[0].polarity);
      const rows: Row[] = [];
      const figures: Record<string, number> = {};
      for (const [method, f] of [['AFINN sentence sign', afinnSign], ['rule sentence label', sentenceLabel]] as const) {
        const m = macroF1(gold, agreed.map((r) => f(r.text)), CLASSES);
        rows.push({ method, sentences: agreed.length, 'macro-F1': m.macroF1, accuracy: m.accuracy });
        figures[`${method}/macroF1`] = m.macroF1;
      }
      return { rows, figures };
    },
  },
]);
