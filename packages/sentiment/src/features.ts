import type { Parse } from '@newslens/core';
import { clusterOf } from './clusters.js';
import { prefixWeights } from './score-tokens.js';
import {
  CLAUSE_FLAG, NOUN_FLAG, PRON_FLAG, PROPN_FLAG, QUOTE_FLAG, SAY_FLAG, SKIP_FLAG, VERB_FLAG, type TokenSignals,
} from './signals.js';

/**
 * Where a context word stands relative to the target. A word counts once in the sentence bucket
 * (plain, negated or quoted) and, when near the target, once more in a distance bucket.
 */
export const BUCKETS = ['S', 'S~', 'Sq', 'L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4', 'L', 'R', 'C', 'T'] as const;
const S = 0;
const S_NEG = 1;
const S_QUOTE = 2;
const L1 = 3;
const R1 = 7;
const LEFT = 11;
const RIGHT = 12;
const CLAUSE = 13;
const TARGET = 14;
/** Distance (in word tokens) → bucket offset: 1, 2-3, 4-6, 7-10; beyond 10 only the sentence bucket. */
/** Sentences longer than this many tokens have their sentence-bucket words scaled down. */
const SPREAD_TOKENS = 8;
const DISTANCE_BUCKET = [-1, 0, 1, 1, 2, 2, 2, 3, 3, 3, 3];

/** Real-valued features, each roughly in -1..1. */
export const DENSE = [
  'bias', 'sentence', 'sentence+', 'sentence-', 'left', 'right', 'clause', 'clause+', 'clause-', 'inQuote', 'quoteLex',
  'speaker', 'speakerQuoteLex', 'subjectVerb', 'objectVerb', 'agentVerb', 'first', 'position', 'pronoun', 'otherNames',
  'outsideQuoteLex', 'saidNear', 'proximity', 'own', 'own+', 'own-', 'others',
] as const;
export type DenseName = (typeof DENSE)[number];
const D = Object.fromEntries(DENSE.map((name, i) => [name, i])) as Record<DenseName, number>;

/** Receives features as they are found: a training script records them, the model adds up weights. */
export interface FeatureSink {
  /** Token `token`'s word in a bucket, with a value: 1, or less in a long sentence. */
  word(bucket: number, token: number, value: number): void;
  /** Token `token`'s word cluster in a bucket, when it has one. */
  cluster(bucket: number, token: number, value: number): void;
  dense(index: number, value: number): void;
}

/** The key a context token is known by: its lemma, or a class for names and numbers. */
export function wordKey(parse: Parse, flags: Uint32Array, i: number): string {
  if ((flags[i] & PROPN_FLAG) !== 0) return '<name>';
  const type = parse.tokens.type[i];
  if (type === 'number') return '<num>';
  return parse.tokens.lemma[i];
}

/** The cluster key ("#17") a context token is known by, for names none. */
export function clusterKey(parse: Parse, flags: Uint32Array, i: number): string | undefined {
  return (flags[i] & PROPN_FLAG) !== 0 ? undefined : clusterOf(parse.tokens.normal[i]);
}

/** VADER's squash into -1..1 (normalizeSum with alpha 15), written out so it inlines. */
const squash = (x: number) => x / Math.sqrt(x * x + 15);

/**
 * Emits the features of a target (tokens `tFirst..tLast`) in its sentence (tokens `first..last`).
 * Dependency-free syntax cues: the target's nearest verb to the right before another noun (it is
 * the subject), to the left (the object), or after "by" (the agent of a passive verb).
 */
export function targetFeatures(
  parse: Parse,
  s: TokenSignals,
  first: number,
  last: number,
  tFirst: number,
  tLast: number,
  sink: FeatureSink,
  sentenceSum?: number,
): void {
  const { flags, valence, negated } = s;
  const lemma = parse.tokens.lemma;
  // The clause around the target: from the last clause mark before it to the next one after it.
  let cFirst = tFirst;
  while (cFirst > first && (flags[cFirst - 1] & CLAUSE_FLAG) === 0) cFirst--;
  let cLast = tLast;
  while (cLast < last && (flags[cLast + 1] & CLAUSE_FLAG) === 0) cLast++;
  let proximity = 0;
  // Sentence-bucket words weigh 1/√(tokens/8) in a sentence of over 8 tokens, so length does not swamp them.
  const spread = 1 / Math.sqrt(Math.max(1, (last - first + 1) / SPREAD_TOKENS));
  // Quote state: straight quotes toggle, curly quotes open and close.
  let inQuote = false;
  let targetInQuote = false;
  let quoteSum = 0;
  let outsideSum = 0;
  let otherNames = 0;
  let saidNear = 0;
  let distance: number;
  for (let i = first; i <= last; i++) {
    const f = flags[i];
    if ((f & QUOTE_FLAG) !== 0) {
      const v = parse.tokens.value[i];
      inQuote = v === '“' || v === '‘' || v === '«' || v === '``' ? true : v === '”' || v === '’' || v === '»' || v === "''" ? false : !inQuote;
      // An apostrophe inside a word ("Spain’s") is not a quote mark.
      if ((v === '’' || v === "'") && i > first && (flags[i - 1] & SKIP_FLAG) === 0 && parse.tokens.end[i - 1] === parse.tokens.start[i]) {
        inQuote = true;
      }
      continue;
    }
    if ((f & SKIP_FLAG) !== 0) continue;
    if (i >= tFirst && i <= tLast) {
      if (inQuote) targetInQuote = true;
      // The target's own words ("a convicted felon", "the beloved coach") describe it.
      if ((f & PROPN_FLAG) === 0) sink.word(TARGET, i, 1);
      continue;
    }
    const v = negated[i] === 1 ? -0.74 * valence[i] : valence[i];
    if (inQuote) quoteSum += v;
    else outsideSum += v;
    if ((f & PROPN_FLAG) !== 0 && (i === first || (flags[i - 1] & PROPN_FLAG) === 0)) otherNames++;
    const key = i;
    const cluster = (f & PROPN_FLAG) === 0;
    const sentenceBucket = inQuote ? S_QUOTE : negated[i] === 1 ? S_NEG : S;
    sink.word(sentenceBucket, key, spread);
    if (cluster) sink.cluster(sentenceBucket, i, spread);
    distance = i < tFirst ? tFirst - i : i - tLast;
    proximity += v / (1 + distance);
    if (i >= cFirst && i <= cLast) {
      sink.word(CLAUSE, key, 1);
      if (cluster) sink.cluster(CLAUSE, i, 1);
    }
    if (distance <= 10) {
      sink.word((i < tFirst ? L1 : R1) + DISTANCE_BUCKET[distance], key, 1);
      sink.word(i < tFirst ? LEFT : RIGHT, key, 1);
      if (cluster) sink.cluster(i < tFirst ? LEFT : RIGHT, i, 1);
      if ((f & SAY_FLAG) !== 0 && distance <= 3) saidNear = 1;
    }
  }
  // Stretches of the sentence, each word weighted by the rules in the whole sentence.
  const P = prefixWeights(s, first, last);
  const f0 = first;
  const sentence = sentenceSum ?? P[last + 1 - f0];
  const left = P[tFirst - f0] - P[Math.max(first, tFirst - 6) - f0];
  const right = P[Math.min(last, tLast + 6) + 1 - f0] - P[tLast + 1 - f0];
  const clause = P[cLast + 1 - f0] - P[cFirst - f0] - (P[tLast + 1 - f0] - P[tFirst - f0]);
  sink.dense(D.bias, 1);
  sink.dense(D.proximity, squash(proximity));
  const [own, others] = attribute(s, first, last, tFirst, tLast);
  sink.dense(D.own, squash(own));
  sink.dense(D['own+'], squash(Math.max(0, own)));
  sink.dense(D['own-'], squash(Math.min(0, own)));
  sink.dense(D.others, squash(others));
  sink.dense(D.sentence, squash(sentence));
  sink.dense(D['sentence+'], squash(Math.max(0, sentence)));
  sink.dense(D['sentence-'], squash(Math.min(0, sentence)));
  sink.dense(D.left, squash(left));
  sink.dense(D.right, squash(right));
  sink.dense(D.clause, squash(clause));
  sink.dense(D['clause+'], squash(Math.max(0, clause)));
  sink.dense(D['clause-'], squash(Math.min(0, clause)));
  if (targetInQuote) sink.dense(D.inQuote, 1);
  sink.dense(D.quoteLex, squash(quoteSum));
  sink.dense(D.outsideQuoteLex, squash(outsideSum));
  const speaker = !targetInQuote && saidNear === 1 ? 1 : 0;
  if (speaker) {
    sink.dense(D.speaker, 1);
    sink.dense(D.speakerQuoteLex, squash(quoteSum));
  }
  if (saidNear) sink.dense(D.saidNear, 1);
  sink.dense(D.subjectVerb, verbValence(s, tLast + 1, Math.min(last, tLast + 4), 1));
  sink.dense(D.objectVerb, verbValence(s, tFirst - 1, Math.max(first, tFirst - 4), -1));
  if (tFirst > first && lemma[tFirst - 1] === 'by') sink.dense(D.agentVerb, verbValence(s, tFirst - 2, Math.max(first, tFirst - 5), -1));
  if (tFirst === first || (flags[tFirst - 1] & QUOTE_FLAG) !== 0) sink.dense(D.first, 1);
  sink.dense(D.position, last > first ? (tFirst - first) / (last - first) : 0);
  if ((flags[tFirst] & NOUN_FLAG) !== 0 && tFirst === tLast && parse.tokens.pos[tFirst] === 'PRON') sink.dense(D.pronoun, 1);
  sink.dense(D.otherNames, Math.min(otherNames, 4) / 4);
}

/** The valence of the first verb met walking from `from` to `to` (step ±1) before a noun, squashed. */
function verbValence(s: TokenSignals, from: number, to: number, step: 1 | -1): number {
  const { flags, valence, negated } = s;
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    const f = flags[i];
    if ((f & VERB_FLAG) !== 0) return squash(negated[i] === 1 ? -0.74 * valence[i] : valence[i]);
    if ((f & (NOUN_FLAG | PROPN_FLAG | CLAUSE_FLAG)) !== 0) return 0;
  }
  return 0;
}

const NAMES = PROPN_FLAG | NOUN_FLAG;
const attributed: [number, number] = [0, 0];
/** Distance that stands for "no name on this side": beyond any sentence, growing with the distance to the edge. */
const FAR = 1 << 20;

/**
 * The last sentence `attribute` read: the positions of its names and pronouns and of its sentiment
 * words, so that the mentions of one sentence share one pass over it.
 */
let sentenceOf: TokenSignals | undefined;
let sentenceFirst = -1;
let sentenceLast = -1;
let namePos = new Int32Array(64);
let nameCount = 0;
let valencePos = new Int32Array(64);
let valenceCount = 0;

function readSentence(s: TokenSignals, first: number, last: number): void {
  if (s === sentenceOf && first === sentenceFirst && last === sentenceLast) return;
  const { flags, valence } = s;
  const n = Math.max(0, last - first + 1);
  if (namePos.length < n) {
    namePos = new Int32Array(2 * n);
    valencePos = new Int32Array(2 * n);
  }
  nameCount = 0;
  valenceCount = 0;
  for (let i = first; i <= last; i++) {
    if ((flags[i] & NAMES) !== 0 && ((flags[i] & PROPN_FLAG) !== 0 || ((flags[i] & NOUN_FLAG) !== 0 && isPronounLike(s, i)))) namePos[nameCount++] = i;
    if (valence[i] !== 0) valencePos[valenceCount++] = i;
  }
  sentenceOf = s;
  sentenceFirst = first;
  sentenceLast = last;
}

/**
 * Splits the sentence's sentiment between the target and the other names and pronouns: each
 * sentiment word goes to whichever is nearer ("X praised Y but attacked Z": "attacked" goes to Z).
 * Returns [sum attributed to the target, sum attributed to others]. Reuses the returned pair.
 */
function attribute(s: TokenSignals, first: number, last: number, tFirst: number, tLast: number): [number, number] {
  readSentence(s, first, last);
  const { valence, negated } = s;
  let own = 0;
  let others = 0;
  // namePos[p] is the first name after the sentiment word at hand.
  let p = 0;
  for (let k = 0; k < valenceCount; k++) {
    const i = valencePos[k];
    if (i >= tFirst && i <= tLast) continue;
    while (p < nameCount && namePos[p] <= i) p++;
    // Nearest name at or before i, and at or after i, other than the target's own tokens.
    let before = FAR + (i - first + 1);
    for (let q = p - 1; q >= 0; q--) {
      const at = namePos[q];
      if (at >= tFirst && at <= tLast) continue;
      before = i - at;
      break;
    }
    let after = FAR + (last - i + 1);
    if (before !== 0) {
      for (let q = p; q < nameCount; q++) {
        const at = namePos[q];
        if (at >= tFirst && at <= tLast) continue;
        after = at - i;
        break;
      }
    }
    const nearest = after < before ? after : before;
    const v = negated[i] === 1 ? -0.74 * valence[i] : valence[i];
    const toTarget = i < tFirst ? tFirst - i : i - tLast;
    if (toTarget <= nearest) own += v;
    else others += v;
  }
  attributed[0] = own;
  attributed[1] = others;
  return attributed;
}

/** Pronouns are tagged NOUN_FLAG too; only they, not common nouns, stand for a person here. */
function isPronounLike(s: TokenSignals, i: number): boolean {
  return (s.flags[i] & PRON_FLAG) !== 0;
}

/** The model's weights as `targetLogits` reads them (see model.ts). */
export interface LogitWeights {
  /** Per token: its word row and cluster row offsets into `rows` (-1: none). */
  tokenRows: Int32Array;
  /** BUCKETS × 3 weights per row. */
  rows: Float32Array;
  /** DENSE × 3 weights. */
  dense: Float32Array;
}

/**
 * Per sentence, what every target in it shares: which tokens count as context words (not quote
 * marks or spaces), which stand inside quotes or open a run of names, and prefix sums of the
 * sentence-bucket and clause-bucket weights, so that a target's sentence and clause words cost two
 * subtractions instead of a pass. Kept for the last sentence read.
 */
const COUNTED = 1;
const IN_QUOTE = 2;
const RUN_START = 4;
let logitSentenceOf: TokenSignals | undefined;
let logitRowsOf: Int32Array | undefined;
let logitFirst = -1;
let logitLast = -1;
let marks = new Uint8Array(64);
let sentencePrefix = new Float64Array(3 * 65);
let clausePrefix = new Float64Array(3 * 65);
let nameRuns = 0;

function readLogitSentence(parse: Parse, s: TokenSignals, first: number, last: number, w: LogitWeights): void {
  if (s === logitSentenceOf && w.tokenRows === logitRowsOf && first === logitFirst && last === logitLast) return;
  const { flags, negated } = s;
  const { tokenRows, rows } = w;
  const n = Math.max(0, last - first + 1);
  if (marks.length < n) {
    marks = new Uint8Array(2 * n);
    sentencePrefix = new Float64Array(3 * (2 * n + 1));
    clausePrefix = new Float64Array(3 * (2 * n + 1));
  }
  const spread = 1 / Math.sqrt(Math.max(1, (last - first + 1) / SPREAD_TOKENS));
  let inQuote = false;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let o: number;
  nameRuns = 0;
  // The lists `attribute` reads (see readSentence), filled in the same pass.
  const { valence } = s;
  if (namePos.length < n) {
    namePos = new Int32Array(2 * n);
    valencePos = new Int32Array(2 * n);
  }
  nameCount = 0;
  valenceCount = 0;
  sentencePrefix[0] = sentencePrefix[1] = sentencePrefix[2] = 0;
  clausePrefix[0] = clausePrefix[1] = clausePrefix[2] = 0;
  for (let i = first; i <= last; i++) {
    const k = i - first;
    const f = flags[i];
    if ((f & NAMES) !== 0 && ((f & PROPN_FLAG) !== 0 || ((f & NOUN_FLAG) !== 0 && isPronounLike(s, i)))) namePos[nameCount++] = i;
    if (valence[i] !== 0) valencePos[valenceCount++] = i;
    let m = 0;
    if ((f & QUOTE_FLAG) !== 0) {
      // Straight quotes toggle, curly quotes open and close; an apostrophe inside a word ("Spain’s") is not a quote mark.
      const v = parse.tokens.value[i];
      inQuote = v === '“' || v === '‘' || v === '«' || v === '``' ? true : v === '”' || v === '’' || v === '»' || v === "''" ? false : !inQuote;
      if ((v === '’' || v === "'") && i > first && (flags[i - 1] & SKIP_FLAG) === 0 && parse.tokens.end[i - 1] === parse.tokens.start[i]) {
        inQuote = true;
      }
    } else if ((f & SKIP_FLAG) === 0) {
      m = COUNTED | (inQuote ? IN_QUOTE : 0);
      const propn = (f & PROPN_FLAG) !== 0;
      if (propn && (i === first || (flags[i - 1] & PROPN_FLAG) === 0)) {
        m |= RUN_START;
        nameRuns++;
      }
      const wordRow = tokenRows[2 * i];
      const clusterRow = propn ? -1 : tokenRows[2 * i + 1];
      const sentenceBucket = inQuote ? S_QUOTE : negated[i] === 1 ? S_NEG : S;
      if (wordRow >= 0) {
        o = wordRow + sentenceBucket * 3;
        s0 += rows[o] * spread;
        s1 += rows[o + 1] * spread;
        s2 += rows[o + 2] * spread;
        o = wordRow + CLAUSE * 3;
        c0 += rows[o];
        c1 += rows[o + 1];
        c2 += rows[o + 2];
      }
      if (clusterRow >= 0) {
        o = clusterRow + sentenceBucket * 3;
        s0 += rows[o] * spread;
        s1 += rows[o + 1] * spread;
        s2 += rows[o + 2] * spread;
        o = clusterRow + CLAUSE * 3;
        c0 += rows[o];
        c1 += rows[o + 1];
        c2 += rows[o + 2];
      }
    }
    marks[k] = m;
    o = 3 * (k + 1);
    sentencePrefix[o] = s0;
    sentencePrefix[o + 1] = s1;
    sentencePrefix[o + 2] = s2;
    clausePrefix[o] = c0;
    clausePrefix[o + 1] = c1;
    clausePrefix[o + 2] = c2;
  }
  logitSentenceOf = s;
  logitRowsOf = tokenRows;
  logitFirst = first;
  logitLast = last;
  sentenceOf = s;
  sentenceFirst = first;
  sentenceLast = last;
}

/**
 * The model's three logits for a target, written into `logits`: the features of `targetFeatures`
 * fed to a sink that adds up weights, without a call per feature. The sentence and clause words
 * come from per-sentence prefix sums (shared by the sentence's targets), so the sums are the same
 * up to float rounding (about 1e-15), not bit for bit; the dense features are computed exactly as
 * there. Keep the two in step: `features.test.ts` checks they agree.
 */
export function targetLogits(
  parse: Parse,
  s: TokenSignals,
  first: number,
  last: number,
  tFirst: number,
  tLast: number,
  w: LogitWeights,
  logits: Float64Array,
  sentenceSum?: number,
): void {
  const { flags, valence, negated } = s;
  const { tokenRows, rows } = w;
  const lemma = parse.tokens.lemma;
  // Also fills readSentence's lists for this sentence; readSentence then only checks they are still its.
  readLogitSentence(parse, s, first, last, w);
  readSentence(s, first, last);
  let cFirst = tFirst;
  while (cFirst > first && (flags[cFirst - 1] & CLAUSE_FLAG) === 0) cFirst--;
  let cLast = tLast;
  while (cLast < last && (flags[cLast + 1] & CLAUSE_FLAG) === 0) cLast++;
  // Sentence words: all but the target's; clause words: the clause's but the target's.
  const SP = sentencePrefix;
  const CP = clausePrefix;
  const end = 3 * (last - first + 1);
  const t0 = 3 * (tFirst - first);
  // A target that runs past the sentence's end (a span straddling sentences) counts up to it.
  const tEnd = Math.min(tLast, last);
  const t1 = 3 * (tEnd + 1 - first);
  const c0 = 3 * (cFirst - first);
  const c1 = 3 * (Math.min(cLast, last) + 1 - first);
  let l0 = SP[end] - (SP[t1] - SP[t0]) + (CP[c1] - CP[c0] - (CP[t1] - CP[t0]));
  let l1 = SP[end + 1] - (SP[t1 + 1] - SP[t0 + 1]) + (CP[c1 + 1] - CP[c0 + 1] - (CP[t1 + 1] - CP[t0 + 1]));
  let l2 = SP[end + 2] - (SP[t1 + 2] - SP[t0 + 2]) + (CP[c1 + 2] - CP[c0 + 2] - (CP[t1 + 2] - CP[t0 + 2]));
  let o: number;
  let saidNear = 0;
  // Words within 10 tokens of the target, by side and distance.
  const from = Math.max(first, tFirst - 10);
  const to = Math.min(last, tLast + 10);
  for (let i = from; i <= to; i++) {
    if (i === tFirst) {
      i = tLast;
      continue;
    }
    if ((marks[i - first] & COUNTED) === 0) continue;
    const f = flags[i];
    const wordRow = tokenRows[2 * i];
    const clusterRow = (f & PROPN_FLAG) === 0 ? tokenRows[2 * i + 1] : -1;
    const before = i < tFirst;
    const distance = before ? tFirst - i : i - tLast;
    const side = before ? LEFT : RIGHT;
    if (wordRow >= 0) {
      o = wordRow + ((before ? L1 : R1) + DISTANCE_BUCKET[distance]) * 3;
      l0 += rows[o];
      l1 += rows[o + 1];
      l2 += rows[o + 2];
      o = wordRow + side * 3;
      l0 += rows[o];
      l1 += rows[o + 1];
      l2 += rows[o + 2];
    }
    if (clusterRow >= 0) {
      o = clusterRow + side * 3;
      l0 += rows[o];
      l1 += rows[o + 1];
      l2 += rows[o + 2];
    }
    if ((f & SAY_FLAG) !== 0 && distance <= 3) saidNear = 1;
  }
  // The target's own words ("a convicted felon", "the beloved coach") describe it.
  let targetInQuote = false;
  let targetRuns = 0;
  for (let i = tFirst; i <= tEnd; i++) {
    const m = marks[i - first];
    if ((m & COUNTED) === 0) continue;
    if ((m & IN_QUOTE) !== 0) targetInQuote = true;
    if ((m & RUN_START) !== 0) targetRuns++;
    const wordRow = tokenRows[2 * i];
    if ((flags[i] & PROPN_FLAG) === 0 && wordRow >= 0) {
      o = wordRow + TARGET * 3;
      l0 += rows[o];
      l1 += rows[o + 1];
      l2 += rows[o + 2];
    }
  }
  const otherNames = nameRuns - targetRuns;
  // Lexicon sums over the context words, in sentence order: only sentiment words add anything.
  let proximity = 0;
  let quoteSum = 0;
  let outsideSum = 0;
  for (let k = 0; k < valenceCount; k++) {
    const i = valencePos[k];
    if ((i >= tFirst && i <= tLast) || (marks[i - first] & COUNTED) === 0) continue;
    const v = negated[i] === 1 ? -0.74 * valence[i] : valence[i];
    if ((marks[i - first] & IN_QUOTE) !== 0) quoteSum += v;
    else outsideSum += v;
    const distance = i < tFirst ? tFirst - i : i - tLast;
    proximity += v / (1 + distance);
  }
  const P = prefixWeights(s, first, last);
  const f0 = first;
  const sentence = sentenceSum ?? P[last + 1 - f0];
  const left = P[tFirst - f0] - P[Math.max(first, tFirst - 6) - f0];
  const right = P[Math.min(last, tLast + 6) + 1 - f0] - P[tLast + 1 - f0];
  const clause = P[cLast + 1 - f0] - P[cFirst - f0] - (P[tLast + 1 - f0] - P[tFirst - f0]);
  // Dense features, in the order targetFeatures emits them (EMIT_ORDER); an absent one adds 0.
  const dv = denseValues;
  const [own, others] = attribute(s, first, last, tFirst, tLast);
  const ownS = squash(own);
  const sentenceS = squash(sentence);
  const clauseS = squash(clause);
  const quoteS = squash(quoteSum);
  const speaker = !targetInQuote && saidNear === 1;
  dv[0] = 1;
  dv[1] = squash(proximity);
  dv[2] = ownS;
  dv[3] = positivePart(own, ownS);
  dv[4] = negativePart(own, ownS);
  dv[5] = squash(others);
  dv[6] = sentenceS;
  dv[7] = positivePart(sentence, sentenceS);
  dv[8] = negativePart(sentence, sentenceS);
  dv[9] = squash(left);
  dv[10] = squash(right);
  dv[11] = clauseS;
  dv[12] = positivePart(clause, clauseS);
  dv[13] = negativePart(clause, clauseS);
  dv[14] = targetInQuote ? 1 : 0;
  dv[15] = quoteS;
  dv[16] = squash(outsideSum);
  dv[17] = speaker ? 1 : 0;
  dv[18] = speaker ? quoteS : 0;
  dv[19] = saidNear;
  dv[20] = verbValence(s, tLast + 1, Math.min(last, tLast + 4), 1);
  dv[21] = verbValence(s, tFirst - 1, Math.max(first, tFirst - 4), -1);
  dv[22] = tFirst > first && lemma[tFirst - 1] === 'by' ? verbValence(s, tFirst - 2, Math.max(first, tFirst - 5), -1) : 0;
  dv[23] = tFirst === first || (flags[tFirst - 1] & QUOTE_FLAG) !== 0 ? 1 : 0;
  dv[24] = last > first ? (tFirst - first) / (last - first) : 0;
  dv[25] = (flags[tFirst] & NOUN_FLAG) !== 0 && tFirst === tLast && parse.tokens.pos[tFirst] === 'PRON' ? 1 : 0;
  dv[26] = Math.min(otherNames, 4) / 4;
  const dw = w.dense;
  for (let k = 0; k < EMIT_ORDER.length; k++) {
    const x = dv[k];
    o = EMIT_ORDER[k] * 3;
    l0 += dw[o] * x;
    l1 += dw[o + 1] * x;
    l2 += dw[o + 2] * x;
  }
  logits[0] = l0;
  logits[1] = l1;
  logits[2] = l2;
}

/** The dense features in the order targetFeatures emits them, which is the order their weights are added. */
const EMIT_ORDER = Int32Array.from(
  ([
    'bias', 'proximity', 'own', 'own+', 'own-', 'others', 'sentence', 'sentence+', 'sentence-', 'left', 'right', 'clause',
    'clause+', 'clause-', 'inQuote', 'quoteLex', 'outsideQuoteLex', 'speaker', 'speakerQuoteLex', 'saidNear', 'subjectVerb',
    'objectVerb', 'agentVerb', 'first', 'position', 'pronoun', 'otherNames',
  ] as const).map((name) => D[name]),
);
const denseValues = new Float64Array(EMIT_ORDER.length);

/** squash(max(0, x)) given squash(x): x's own squash when positive, else 0 (squash(0) is 0). */
function positivePart(x: number, squashed: number): number {
  return x > 0 ? squashed : x <= 0 ? 0 : squashed;
}

/** squash(min(0, x)) given squash(x). */
function negativePart(x: number, squashed: number): number {
  return x < 0 ? squashed : x >= 0 ? 0 : squashed;
}
