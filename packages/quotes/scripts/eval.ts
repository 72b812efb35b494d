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
  ['findQuotes, paragraphs: split', (doc) => findQuotes(doc, { paragraphs: 'split' })],
  ['findQuotes, paragraphs: merge (default)', (doc) => findQuotes(doc)],
];

/**
 * PolNeAR's conversion treats a typewriter double mark ('') as two single marks: in those articles
 * (New York Times) its gold quotes are whole attribution contents that start and end with '' (an
 * interrupted quote becomes one span with "he said" inside) and partial '' quotes are missing. The
 * second table scores the articles without '' apart, to show what that costs.
 */
const typewriter = (text: string) => text.includes("''");

function task(split: string): EvalTask {
  return {
    name: `PolNeAR ${split}`,
    files: [`polnear-quotes/${split}.jsonl`],
    run([path]) {
      const articles = readJsonl<Article>(path);
      const all: Tally[] = systems.map(() => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0 }));
      const plain: Tally[] = systems.map(() => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0 }));
      let plainArticles = 0;
      for (const article of articles) {
        const parsed = createDocument(article.text);
        const withSentences = withLayer(parsed, 'sentences', segment(parsed));
        const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
        const isPlain = !typewriter(article.text);
        if (isPlain) plainArticles++;
        systems.forEach(([, run], i) => {
          const predicted = run(doc);
          scoreDoc(doc.text, article.quotes, predicted, doc.layers.entities, all[i]);
          if (isPlain) scoreDoc(doc.text, article.quotes, predicted, doc.layers.entities, plain[i]);
        });
      }
      const row = (subset: string, name: string, t: Tally) => {
        const f = figures(t);
        return { articles: subset, system: name, gold: t.gold, predicted: t.predicted, matched: t.matched, P: f.precision, R: f.recall, F1: f.f1, 'speaker acc': f.speakerAccuracy };
      };
      const rows = [
        ...systems.map(([name], i) => row(`all ${articles.length}`, name, all[i])),
        ...systems.map(([name], i) => row(`${plainArticles} without ''`, name, plain[i])),
      ];
      const best = figures(all[systems.length - 1]);
      const bestPlain = figures(plain[systems.length - 1]);
      return {
        rows,
        figures: {
          quoteF1: best.f1, precision: best.precision, recall: best.recall, speakerAccuracy: best.speakerAccuracy,
          quoteF1WithoutTypewriter: bestPlain.f1, speakerAccuracyWithoutTypewriter: bestPlain.speakerAccuracy,
        },
      };
    },
  };
}

// Develop on train (`npm run eval -- --train`); dev is the check.
await runEval('quotes', process.argv.includes('--train') ? [task('train')] : [task('dev')]);
