// Prints findQuotes' mismatches with PolNeAR, for development: false negatives (FN, with the gold
// kind), false positives (FP+ attributed, FP0 without a speaker) and, with `spk`, wrong speakers.
// Each in 60 characters of context; the tally at the end.
//
//   node --conditions=source --import tsx scripts/mismatches.ts [train|dev] [typewriter|plain] [articles] [spk]
//
// Read train; dev is for checking figures only. The texts are copyrighted news: do not commit output.
import { createDocument, withLayer } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuotes } from '../src/index.js';
import { scoreDoc, type GoldQuote, type Tally } from './score.js';

const [split = 'train', subset = 'typewriter', limitArg = '5', speakers] = process.argv.slice(2);
const limit = Number(limitArg);
const dir = findDatasetsDir();
if (!dir) throw new Error('no datasets folder');
const articles = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(`${dir}/polnear-quotes/${split}.jsonl`);
const tally: Tally = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
let shown = 0;
for (const article of articles) {
  if ((subset === 'typewriter') !== article.text.includes("''")) continue;
  const parsed = createDocument(article.text);
  const withSentences = withLayer(parsed, 'sentences', segment(parsed));
  const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
  const context = (s: { start: number; end: number }) =>
    `${article.text.slice(Math.max(0, s.start - 60), s.start)}[[${article.text.slice(s.start, s.end)}]]${article.text.slice(s.end, s.end + 60)}`.replace(/\n/g, '¶');
  const lines: string[] = [];
  scoreDoc(article.text, article.quotes, findQuotes(doc), doc.layers.entities, tally, (g, p, right) => {
    if (g && !p) lines.push(`FN ${g.kind}: ${context(g)}`);
    else if (p && !g) lines.push(`FP${p.speakerMention ? '+' : '0'}: ${context(p)}`);
    else if (g && p && !right && speakers === 'spk') lines.push(`SPK gold=${g.speaker} predicted=${p.speakerMention?.text}: ${context(g)}`);
  });
  if (lines.length && shown < limit) {
    shown++;
    console.log(`=== ${article.id}\n${lines.join('\n')}`);
  }
}
console.log(tally);
