import { boundaryF1, exactListMatch, type Row } from '@newslens/evaluation';
import { readJson, readJsonl, runEval, type EvalResult } from '@newslens/evaluation/node';
import { createDocument, trimSpan, type NewsDocument, type Sentence } from '@newslens/core';
import { segment } from '../src/index.js';
import { readerGoldEnds, trimEnd } from './reader-boundaries.js';

interface GoldenRule {
  id: number;
  name: string;
  input: string;
  expected: string[];
}

interface GumDoc {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
}

type Segmenter = (doc: NewsDocument) => Sentence[];

/** wink-nlp's own sentences, trimmed: the baseline the segmenter corrects. */
const bareWink: Segmenter = (doc) =>
  doc.parse.winkSentences
    .filter(({ first, last }) => first <= last && first < doc.parse.tokens.length)
    .map(({ first, last }) => trimSpan(doc.text, { start: doc.parse.tokens.start[first], end: doc.parse.tokens.end[last] }))
    .filter((s) => s.end > s.start);

const systems: [string, Segmenter][] = [
  ['newslens segment', segment],
  ['wink-nlp alone', bareWink],
];

function goldenRules([path]: string[]): EvalResult {
  const rules = readJson<GoldenRule[]>(path);
  const rows: Row[] = [];
  const figures: Record<string, number> = {};
  for (const [name, run] of systems) {
    const failed: number[] = [];
    for (const rule of rules) {
      const doc = createDocument(rule.input);
      const got = run(doc).map((s) => rule.input.slice(s.start, s.end));
      if (!exactListMatch(rule.expected, got)) failed.push(rule.id);
    }
    const passed = rules.length - failed.length;
    rows.push({ system: name, passed: `${passed}/${rules.length}`, failed: failed.join(' ') || '-' });
    figures[`${name}: passed`] = passed;
  }
  return { rows, figures };
}

/** Boundary F1 on the ends a reader expects (GUM's other ends neutral), and plain F1 over all gold ends. */
function gumBoundaries([path]: string[]): EvalResult {
  const docs = readJsonl<GumDoc>(path);
  const parsed = docs.map((d) => createDocument(d.text));
  const rows: Row[] = [];
  const figures: Record<string, number> = {};
  for (const [name, run] of systems) {
    const gold: number[] = [];
    const neutral: number[] = [];
    const all: number[] = [];
    const predicted: number[] = [];
    // Offsets are made unique across documents by adding each document's base.
    let base = 0;
    docs.forEach((d, k) => {
      const ends = readerGoldEnds(d.text, d.sentences);
      gold.push(...ends.expected.map((e) => base + e));
      neutral.push(...ends.neutral.map((e) => base + e));
      all.push(...d.sentences.map((s) => base + trimEnd(d.text, s.end)));
      predicted.push(...run(parsed[k]).map((s) => base + s.end));
      base += d.text.length + 1;
    });
    const reader = boundaryF1(gold, predicted, neutral);
    const plain = boundaryF1(all, predicted);
    rows.push({
      system: name,
      gold: gold.length,
      neutral: neutral.length,
      'reader F1': reader.f1,
      P: reader.precision,
      R: reader.recall,
      fp: reader.fp,
      fn: reader.fn,
      'plain F1': plain.f1,
      'plain P': plain.precision,
      'plain R': plain.recall,
    });
    Object.assign(figures, {
      [`${name}: reader F1`]: reader.f1,
      [`${name}: reader P`]: reader.precision,
      [`${name}: reader R`]: reader.recall,
      [`${name}: plain F1`]: plain.f1,
    });
  }
  return { rows, figures };
}

await runEval('segmenter', [
  { name: 'golden rules (exact list match, 48 rules)', files: ['golden-rules/en.json'], run: goldenRules },
  { name: 'gum-written dev (sentence ends; final ends counted)', files: ['gum-written/dev.jsonl'], run: gumBoundaries },
  { name: 'gum-news dev (sentence ends; final ends counted)', files: ['gum-news/dev.jsonl'], run: gumBoundaries },
  // The documents the rules were found on, for comparison with dev.
  { name: 'gum-written train (sentence ends; final ends counted)', files: ['gum-written/train.jsonl'], run: gumBoundaries },
]);
