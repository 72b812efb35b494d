/**
 * Builds model/vader-words.json: the words of the VADER lexicon (Hutto & Gilbert 2014; its word
 * ratings are means of ten human raters on -4..4) that AFINN-165 lacks, so a sentence with
 * "unfortunately", "valuable" or "smooth" is not read as carrying no sentiment. Only lowercase
 * words (no emoticons, no slang with digits or marks); each valence is VADER's mean rating, kept
 * on its own scale (close to AFINN's: "good" is 1.9 in VADER, 3 in AFINN; "bad" -2.5 and -3).
 * The news lexicon still overrides both (see src/lexicon.ts).
 *   node --conditions=source --import tsx scripts/build-vader-lexicon.ts
 * Reads node_modules/vader-sentiment/vader_lexicon.txt (vader-sentiment 1.1.3, Apache-2.0; the
 * lexicon is MIT in the original Python repository).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import english from 'sentiment/languages/en/index.js';

const require = createRequire(import.meta.url);
const path = require.resolve('vader-sentiment/vader_lexicon.txt');
const afinn = english.labels as Record<string, number>;
const words: Record<string, number> = {};
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const [word, mean] = line.split('\t');
  if (word === undefined || mean === undefined || !/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
  if (afinn[word] !== undefined) continue;
  const v = Math.round(Number(mean) * 10) / 10;
  if (v !== 0 && Number.isFinite(v)) words[word] = v;
}
const sorted = Object.fromEntries(Object.entries(words).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = new URL('../model/vader-words.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'VADER lexicon (Hutto & Gilbert 2014), words AFINN-165 lacks', words: sorted })}\n`);
console.log(`${Object.keys(sorted).length} words written to model/vader-words.json`);
