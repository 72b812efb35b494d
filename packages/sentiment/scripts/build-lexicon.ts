/**
 * Builds model/news-lexicon.json: valences for news words, derived from the NewsMTSC training
 * sentences (each sentence rated by the mean polarity of its targets) and put on AFINN's scale.
 *   node --conditions=source --import tsx scripts/build-lexicon.ts
 *
 * 1. For each lemma (nouns, verbs, adjectives, adverbs; no names), the shrunken mean rating of the
 *    sentences it occurs in, minus the overall mean, and a z-score for that difference.
 * 2. The scale: the least-squares slope from that difference to AFINN's value, over the AFINN words
 *    the data has at least MIN_SENTENCES sentences for.
 * 3. Overridden: AFINN words whose data sign disagrees with |z| ≥ Z_OVERRIDE (set to the data's
 *    value, which may be 0: neutral in news). No word AFINN lacks is added from the data alone: the
 *    ratings say how sentences portray their targets, not how they sound, and the 13 words they
 *    singled out ("use" -2, "work" +2, "even" -1) made the sentence score worse on every set
 *    rated for how it sounds (README).
 * 4. SEEDS, news words the issue names and words for the harm news reports, take a hand prior where
 *    AFINN lacks them and the data has too few sentences to derive one; the script prints what the
 *    data says for each.
 * 5. NO_TONE_WORDS, which news uses without judging ("party", "security", "special counsel",
 *    "he left office"), get 0.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '@newslens/core';
import { findDatasetsDir } from '@newslens/evaluation/node';
import english from 'sentiment/languages/en/index.js';
import { nameLikeWords } from './names.js';
import { readNewsMtsc } from './newsmtsc.js';

const MIN_SENTENCES = 12;
const SHRINK = 5;
const Z_OVERRIDE = 3.5;
/**
 * Hand priors, used only where the data is too thin: war and diplomacy words of news, and the harm
 * news reports that word lists of opinion lack (disasters at -2, violence at -3 as AFINN has
 * "killed", economic distress at -2, disease, wounds and setbacks at -2, a deadlock's "impasse" as
 * AFINN's "deadlock"). People rating news rate them as bad news. And the repair it reports:
 * "recovery", "cure" and "reconciliation" at +2, "rebuild" and "reconstruction" at +1.
 */
const SEEDS: Record<string, number> = {
  sanction: -2, crisis: -3, aggression: -2, catastrophic: -4, kill: -3, conflict: -2, threat: -2, war: -2, ceasefire: 2, truce: 2, deterrence: 0, escalation: -2, 'de-escalation': 2, invasion: -3,
  invade: -3, airstrike: -3, shelling: -3, bombardment: -3, hostility: -2, casualty: -3, annexation: -2,
  genocide: -5, massacre: -4, coup: -3, insurgent: -2, militant: -2, atrocity: -4, humanitarian: 1, refugee: -1,
  flood: -2, storm: -2, hurricane: -2, earthquake: -2, tornado: -2, wildfire: -2, drought: -2, pandemic: -2, blaze: -2,
  landslide: -2, tsunami: -2, typhoon: -2, cyclone: -2,
  blast: -2, shooting: -3, shooter: -2, gunman: -2, gunfire: -2, bombing: -3, behead: -3, slay: -3, kidnapper: -2,
  hostage: -2, stabbing: -3, assassinate: -3, layoff: -2, downturn: -2, slump: -2,
  virus: -2, wound: -2, impasse: -2, setback: -2, recovery: 2, cure: 2, reconciliation: 2, rebuild: 1, reconstruction: 1,
};
/**
 * Words news uses without judging, in the forms the lists hold; their news valence is 0, which
 * overrides the general lists and the induced words. Taken by category from the words news uses
 * most (scripts/frequent-words.ts), each group measured first (`sentence-eval.ts --zero`; README).
 */
const NO_TONE_WORDS = [
  // Topics ("the Republican Party", "national security", "interest rates", "a matter of", "super
  // PAC", "a number of").
  'party', 'parties', 'number', 'security', 'securities', 'interest', 'interests', 'matter', 'matters', 'super',
  // Offices, institutions, electoral roles, ranks and domains ("special counsel", "intelligence
  // agencies", "the defense secretary", "energy policy", "the outgoing president", "his successor",
  // "the challenger", "battleground states", "a select committee", "top aides", "a Supreme Court
  // justice", "his legal team"), and the political camps the lists rate ("libertarian"; the
  // opinion lexicon's "conservative" and "progressive").
  'special', 'intelligence', 'defense', 'energy', 'outgoing', 'successor', 'challenger', 'challengers', 'battleground',
  'select', 'selected', 'top', 'justice', 'legal', 'libertarian', 'conservative', 'progressive',
  // Roles the opinion lexicon rates ("his rival", "an opponent of the bill", "an advocate for",
  // "a political outsider", "the elite"; measured as a group, README), and "patient", whose lemma
  // gives hospital "patients" its praise.
  'rival', 'opponent', 'advocate', 'advocates', 'advocated', 'outsider', 'elite', 'patient',
  // Everyday verbs and phrases the lists rate ("they want to", "he left office", "paid the bill",
  // "played a role", "shared the report", "allowed to", "treated as", "engaged in talks", "delivered
  // a speech", "on the other hand": VADER's "hand" is 2.2).
  'want', 'leave', 'pay', 'play', 'plays', 'played', 'playing', 'share', 'shares', 'shared', 'allow', 'treat',
  'engage', 'engaged', 'deliver', 'hand',
  // What the embeddings misread as judgements: reporting and causing ("citing sources", "prompted
  // a review", "in the wake of") and "behavior".
  'cite', 'citing', 'prompted', 'prompting', 'wake', 'behavior',
];
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const polarity: Record<string, number> = { negative: -1, neutral: 0, positive: 1 };

const root = findDatasetsDir();
if (!root) throw new Error('shared/datasets not found; set NEWSLENS_DATASETS');
const afinn = english.labels;
const names = nameLikeWords();
const stats = new Map<string, { n: number; sum: number; forms: Set<string> }>();
let total = 0;
let totalSq = 0;
let sentences = 0;
for (const r of readNewsMtsc(join(root, 'newsmtsc', 'train.jsonl'))) {
  const y = r.targets.reduce((a, t) => a + polarity[t.polarity], 0) / r.targets.length;
  total += y;
  totalSq += y * y;
  sentences++;
  const { tokens } = createDocument(r.text).parse;
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const lemma = tokens.lemma[i].toLowerCase();
    if (!CONTENT.has(tokens.pos[i]) || !/^[a-z][a-z-]*[a-z]$/.test(lemma) || names.has(lemma)) continue;
    let s = stats.get(lemma);
    if (!s) stats.set(lemma, (s = { n: 0, sum: 0, forms: new Set() }));
    s.forms.add(tokens.normal[i]);
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    s.n++;
    s.sum += y;
  }
}
const mean = total / sentences;
const sd = Math.sqrt(totalSq / sentences - mean * mean);
const shift = (s: { n: number; sum: number }) => (s.sum + SHRINK * mean) / (s.n + SHRINK) - mean;
const zOf = (s: { n: number; sum: number }) => (s.sum / s.n - mean) / (sd / Math.sqrt(s.n));
const afinnOf = (lemma: string, forms: Set<string>) => afinn[lemma] ?? [...forms].map((f) => afinn[f]).find((v) => v !== undefined);

// The scale: AFINN value ≈ slope × shift, fitted through the origin on the words both know.
let sxy = 0;
let sxx = 0;
for (const [lemma, s] of stats) {
  const a = afinnOf(lemma, s.forms);
  if (a === undefined || s.n < MIN_SENTENCES) continue;
  sxy += a * shift(s);
  sxx += shift(s) ** 2;
}
const slope = sxy / sxx;
const toScale = (s: { n: number; sum: number }) => Math.max(-4, Math.min(4, Math.round(slope * shift(s))));
console.log(`${sentences} sentences, mean rating ${mean.toFixed(3)}, sd ${sd.toFixed(3)}; AFINN ≈ ${slope.toFixed(2)} × shift`);

const words: Record<string, number> = {};
const overridden: string[] = [];
for (const [lemma, s] of [...stats].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (s.n < MIN_SENTENCES) continue;
  const z = zOf(s);
  const value = toScale(s);
  const a = afinnOf(lemma, s.forms);
  if (a !== undefined && Math.abs(z) >= Z_OVERRIDE && Math.sign(value) !== Math.sign(a)) {
    // Every written form, so that "attacked" follows "attack" rather than AFINN's own entry.
    for (const form of new Set([lemma, ...s.forms])) words[form] = value;
    overridden.push(`${lemma} ${a} → ${value} (n=${s.n}, z=${z.toFixed(1)})`);
  }
}
const seeded: string[] = [];
for (const [lemma, prior] of Object.entries(SEEDS)) {
  const s = stats.get(lemma);
  const data = s && s.n >= MIN_SENTENCES ? toScale(s) : undefined;
  if (data === undefined && prior !== 0 && afinn[lemma] === undefined) words[lemma] = prior;
  else if (data !== undefined && afinn[lemma] === undefined && data !== 0) words[lemma] = data;
  seeded.push(`${lemma}: prior ${prior}, data ${s ? `${toScale(s)} (n=${s.n}, z=${zOf(s).toFixed(1)})` : 'none'}${data !== undefined ? ' (data used)' : ''}`);
}
for (const word of NO_TONE_WORDS) words[word] = 0;
console.log(`\noverridden (${overridden.length}):\n  ${overridden.join('\n  ')}`);
console.log(`\nseeds:\n  ${seeded.join('\n  ')}`);
writeFileSync(
  'model/news-lexicon.json',
  `${JSON.stringify(
    {
      about: 'News valences on the AFINN scale: hand priors checked against NewsMTSC train, AFINN words its data overrules, and topic words at 0; built by scripts/build-lexicon.ts; see README.',
      scale: { slope: Math.round(slope * 100) / 100, minSentences: MIN_SENTENCES, zOverride: Z_OVERRIDE },
      words: Object.fromEntries(Object.entries(words).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    },
    null,
    1,
  )}\n`,
);
console.log(`\nwrote model/news-lexicon.json: ${Object.keys(words).length} words`);
