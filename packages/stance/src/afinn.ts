/// <reference path="./sentiment-lexicon.d.ts" />
// The CommonJS entry, not labels.json directly: some loaders (tsx) turn a JSON import into named
// exports and choke on keys such as "protected".
import en from 'sentiment/languages/en/index.js';

/** AFINN-165 word valences (-5..5), keyed by lower-case word, from the `sentiment` package. */
export const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(en.labels));
