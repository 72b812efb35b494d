// Counts findQuotes' mismatches with PolNeAR by cause, on train and dev side by side: which rule left
// a gold quote out, which boundary differs, which kind of reported quote the gold lacks. The causes
// are read off the mismatch itself (the marks, the rule that dropped a span, the article's mark style),
// so a count is a count of symptoms; scripts/mismatches.ts prints the cases.
//
//   node --conditions=source --import tsx scripts/causes.ts [train] [dev]
//
// The texts are copyrighted news: do not commit output that quotes them (this prints counts only).
import { createDocument, withLayer, type Quote, type Span } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { formatTable } from '@newslens/evaluation';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuotes, findQuoteSpans, type QuoteSpan } from '../src/index.js';
import { core, scoreDoc, type GoldQuote, type Tally } from './score.js';

const splits = process.argv.slice(2).length ? process.argv.slice(2) : ['train', 'dev'];
const dir = findDatasetsDir();
if (!dir) throw new Error('no datasets folder');

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const length = (s: Span) => s.end - s.start;
const bin = (words: number) => (words <= 2 ? '1-2 words' : words <= 6 ? '3-6 words' : '7+ words');

function causesOf(split: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
  const articles = readJsonl<{ id: string; text: string; quotes: GoldQuote[] }>(`${dir}/polnear-quotes/${split}.jsonl`);
  const tally: Tally = { gold: 0, predicted: 0, matched: 0, speakerRight: 0 };
  for (const { text, quotes: gold } of articles) {
    const typewriter = text.includes("''");
    const style = typewriter ? "'' article" : 'curly/straight';
    const parsed = createDocument(text);
    const withSentences = withLayer(parsed, 'sentences', segment(parsed));
    const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
    const dropped: [QuoteSpan, string][] = [];
    const predicted = findQuotes(doc, { onDropped: (span, reason) => dropped.push([span, reason]) });
    const marks = findQuoteSpans(text);
    const fn: GoldQuote[] = [];
    const fp: Quote[] = [];
    scoreDoc(text, gold, predicted, doc.layers.entities, tally, (g, p) => {
      if (g && !p) fn.push(g);
      else if (p && !g) fp.push(p);
    });
    const words = (s: Span) => { const c = core(text, s); return text.slice(c.start, c.end).split(/\s+/).filter(Boolean).length; };
    const opensSentence = (at: number) => { let k = at - 1; while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--; return k < 0 || /[\n.!?:]/.test(text[k]); };
    const boundary = (g: GoldQuote, p: Quote) => {
      if (typewriter && marks.filter((m) => m.start >= p.start && m.end <= p.end).length > 1 && text.startsWith("''", p.start)) return "'' quote joined across its attribution, gold apart";
      if (p.text.includes('\n') && !g.text.includes('\n')) return 'quote over paragraphs joined, gold apart';
      if (length(g) > length(p)) return typewriter ? "'' quotes the gold joins, apart here" : 'the gold pairs the marks otherwise';
      return 'other boundary';
    };
    for (const g of fn) {
      const gc = core(text, g);
      if (gc.end <= gc.start) { add(`FN | gold is a lone quotation mark | ${style}`); continue; }
      const p = predicted.find((q) => overlap(core(text, q), gc) > 0);
      if (p) { add(`FN | boundary: ${boundary(g, p)} | ${style}`); continue; }
      const d = dropped.find(([s]) => { const sc = core(text, s); return overlap(sc, gc) * 2 >= Math.max(length(gc), length(sc)); });
      if (d) { add(`FN | left out as ${d[1]} (gold ${g.kind}) | ${style}`); continue; }
      add(`FN | ${marks.some((m) => overlap(m, gc) > 0) ? 'the marks pair otherwise' : 'no marks pair there (unclosed, stray or wrong mark)'} | ${style}`);
    }
    for (const p of fp) {
      const pc = core(text, p);
      const g = gold.find((q) => overlap(core(text, q), pc) > 0);
      if (g) { add(`FP | boundary: ${boundary(g, p)} | ${style}`); continue; }
      const partial = !opensSentence(p.start);
      if (typewriter && partial && text.startsWith("''", p.start)) { add(`FP | '' quote inside a sentence, which PolNeAR's conversion leaves out | ${style}`); continue; }
      add(`FP | ${p.speakerMention ? 'attributed' : 'unattributed'} ${partial ? 'partial' : 'full'} quote, ${bin(words(p))}, not in gold | ${style}`);
    }
  }
  return counts;
}

const bySplit = splits.map(causesOf);
const causes = [...new Set(bySplit.flatMap((m) => [...m.keys()]))].sort();
console.log(formatTable(causes.map((key) => {
  const [kind, cause, style] = key.split(' | ');
  const row: Record<string, string | number> = { '': kind, cause, articles: style };
  splits.forEach((s, i) => { row[s] = bySplit[i].get(key) ?? 0; });
  return row;
})));
