/**
 * The sentiment words news uses most: every token of the NewsMTSC training sentences and of the
 * PolNeAR and GUM news training articles that the token signals give a valence, counted by lemma,
 * most frequent first, with its valence, the list it comes from and its most common part of speech.
 * Where a general list rates a word that news uses without judging ("special counsel", "the
 * outgoing president", "he left office"), it shows here near the top; such words, taken by category
 * and measured with `sentence-eval.ts --zero`, make up NO_TONE_WORDS in scripts/build-lexicon.ts.
 *   node --conditions=source --import tsx scripts/frequent-words.ts [how many, default 200]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '@newslens/core';
import { findDatasetsDir } from '@newslens/evaluation/node';
import english from 'sentiment/languages/en/index.js';
import induced from '../model/induced-words.json' with { type: 'json' };
import news from '../model/news-lexicon.json' with { type: 'json' };
import opinion from '../model/opinion-words.json' with { type: 'json' };
import vader from '../model/vader-words.json' with { type: 'json' };
import { tokenSignals } from '../src/signals.js';
import { readNewsMtsc } from './newsmtsc.js';

const root = findDatasetsDir();
if (root === undefined) throw new Error('shared/datasets not found; set NEWSLENS_DATASETS');
const lists: [string, Record<string, number>][] = [
  ['news', (news as { words: Record<string, number> }).words],
  ['AFINN', english.labels as Record<string, number>],
  ['VADER', (vader as { words: Record<string, number> }).words],
  ['opinion', (opinion as { words: Record<string, number> }).words],
  ['induced', (induced as { words: Record<string, number> }).words],
];
/** The list a word's valence comes from, in the order src/lexicon.ts reads them, by form then lemma; else a rule gave it (a bare negator's -1, a phrase's). */
const sourceOf = (normal: string, lemma: string) =>
  lists.find(([, words]) => words[normal] !== undefined)?.[0] ?? lists.find(([, words]) => words[lemma] !== undefined)?.[0] ?? 'rule';

const texts = readNewsMtsc(join(root, 'newsmtsc', 'train.jsonl')).map((r) => r.text);
for (const file of ['polnear-quotes/train.jsonl', 'gum-news/train.jsonl']) {
  for (const line of readFileSync(join(root, file), 'utf8').split('\n')) if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
}
const counts = new Map<string, { n: number; valence: number; source: string; pos: Map<string, number> }>();
for (const text of texts) {
  const { parse } = createDocument(text);
  const s = tokenSignals(parse);
  parse.tokens.lemma.forEach((lemma, i) => {
    if (s.valence[i] === 0) return;
    const entry = counts.get(lemma) ?? { n: 0, valence: s.valence[i], source: sourceOf(parse.tokens.normal[i], lemma), pos: new Map<string, number>() };
    entry.n++;
    entry.pos.set(parse.tokens.pos[i], (entry.pos.get(parse.tokens.pos[i]) ?? 0) + 1);
    counts.set(lemma, entry);
  });
}
const top = Number(process.argv[2] ?? 200);
console.log(`${texts.length} texts; lemma, count, valence (as first read, after the rules), list, commonest part of speech:`);
for (const [lemma, e] of [...counts].sort((a, b) => b[1].n - a[1].n).slice(0, top)) {
  const pos = [...e.pos].sort((a, b) => b[1] - a[1])[0][0];
  console.log(`${lemma}\t${e.n}\t${e.valence.toFixed(1)}\t${e.source}\t${pos}`);
}
