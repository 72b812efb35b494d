/// <reference path="./afinn.d.ts" />
// The CommonJS entry, not labels.json: tsx turns a JSON import into named exports and chokes on AFINN's reserved-word keys.
import english from 'sentiment/languages/en/index.js';
import induced from '../model/induced-words.json' with { type: 'json' };
import news from '../model/news-lexicon.json' with { type: 'json' };
import opinion from '../model/opinion-words.json' with { type: 'json' };
import vader from '../model/vader-words.json' with { type: 'json' };

/**
 * Word valences on AFINN's -5..5 scale from rated word lists: AFINN-165; then the VADER lexicon's
 * words AFINN lacks (model/vader-words.json, scripts/build-vader-lexicon.ts: "unfortunately",
 * "valuable"); then the news lexicon (model/news-lexicon.json, scripts/build-lexicon.ts: news words
 * from hand priors checked against NewsMTSC, AFINN words its data overrules, and words news uses as
 * topics, "party", "security", at 0).
 */
export const BASE_LEXICON: ReadonlyMap<string, number> = new Map([
  ...Object.entries(english.labels),
  ...Object.entries((vader as { words: Record<string, number> }).words),
  ...Object.entries((news as { words: Record<string, number> }).words),
]);

/**
 * The base lexicon; under it the words it lacks from Hu and Liu's opinion lexicon, at ±1.5 by their
 * polarity (model/opinion-words.json, scripts/build-opinion-lexicon.ts: "mediocre", "tedious",
 * "misguided"); and under those the words whose valence was induced from their embeddings
 * (model/induced-words.json, scripts/build-induced-lexicon.ts: "mismanagement", "negligence",
 * "milestone"). A base word always keeps its base valence, and an opinion word its polarity.
 */
export const LEXICON: ReadonlyMap<string, number> = new Map([
  ...Object.entries((induced as { words: Record<string, number> }).words),
  ...Object.entries((opinion as { words: Record<string, number> }).words),
  ...BASE_LEXICON,
]);

/** A word's valence: its written form first ("killed"), then its lemma ("sanctions" → "sanction"). */
export function valenceOf(normal: string, lemma: string): number {
  return LEXICON.get(normal) ?? LEXICON.get(lemma) ?? 0;
}
