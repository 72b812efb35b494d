import { createDocument, withLayer, type NewsDocument, type Quote } from '@newslens/core';
import { readJsonl, runEval, type EvalTask } from '@newslens/evaluation/node';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuoteSpans } from '../src/quote-marks.js';
import { findQuotes } from '../src/index.js';
import { figures, scoreDoc, type GoldQuote, type Tally } from './score.js';

interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

type Doc = NewsDocument<'sentences' | 'entities'>;

/** The baseline the dataset's README names: every span between paired double quotation marks. */
function pairedDoubleMarks(doc: Doc): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (const m of doc.text.matchAll(/[“”"]/g)) {
    if (open < 0) {
      if (m[0] !== '”') open = m.index;
    } else if (m[0] === '“') open = m.index;
    else {
      quotes.push({ start: open, end: m.index + 1, text: doc.text.slice(open, m.index + 1), speaker: null, speakerMention: null });
      open = -1;
    }
  }
  return quotes;
}

const systems: [string, (doc: Doc) => Quote[]][] = [
  ['paired double marks (baseline)', pairedDoubleMarks],
  ['marks only (split, no scare-quote filter)', (doc) => findQuoteSpans(doc.text, 'split').map((s) => ({ ...s, text: doc.text.slice(s.start, s.end), speaker: null, speakerMention: null }))],
  ['findQuotes, paragraphs: merge', (doc) => findQuotes(doc, { paragraphs: 'merge' })],
  ['findQuotes, paragraphs: split (default)', (doc) => findQuotes(doc)],
];

function task(split: string): EvalTask {
  return {
    name: `PolNeAR ${split}`,
    files: [`polnear-quotes/${split}.jsonl`],
    run([path]) {
      const articles = readJsonl<Article>(path);
      const tallies: Tally[] = systems.map(() => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0 }));
      for (const article of articles) {
        const parsed = createDocument(article.text);
        const withSentences = withLayer(parsed, 'sentences', segment(parsed));
        const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
        systems.forEach(([, run], i) => scoreDoc(doc.text, article.quotes, run(doc), doc.layers.entities, tallies[i]));
      }
      const rows = systems.map(([name], i) => {
        const f = figures(tallies[i]);
        return { system: name, gold: tallies[i].gold, predicted: tallies[i].predicted, matched: tallies[i].matched, P: f.precision, R: f.recall, F1: f.f1, 'speaker acc': f.speakerAccuracy };
      });
      const best = figures(tallies[systems.length - 1]);
      return { rows, figures: { quoteF1: best.f1, precision: best.precision, recall: best.recall, speakerAccuracy: best.speakerAccuracy } };
    },
  };
}

// Develop on train (`npm run eval -- --train`); dev is the check.
await runEval('quotes', process.argv.includes('--train') ? [task('train')] : [task('dev')]);
