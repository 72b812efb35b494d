import { NAME_TYPES, type NewsDocument, type Span, type Stage, type StanceRelation } from '@newslens/core';
import { PairClassifier } from './classify-pair.js';
import type { TokenSpan } from './features.js';
import { hasEntitySpeaker, valenceInQuote } from './statement-stance.js';
import { FLAG, type TokenInfo } from './token-info.js';
import { tokensOf } from './token-spans.js';

/** The layers stance inference reads. */
export type StanceInput = NewsDocument<'sentences' | 'entities' | 'sentiment' | 'quotes'>;

/** A relation is reported when its combined score reaches this (see README: aggregation). */
export const MIN_RELATION_SCORE = 0.5;
/** A sentence contributes a pair only when the model's class for it is not neutral with at least this probability. */
export const MIN_PAIR_SCORE = 0.4;
/** At most this many entity pairs per sentence, nearest first: long lists of names rarely take sides pairwise. */
export const MAX_PAIRS_PER_SENTENCE = 24;
/** Pairs further apart than this many tokens are not classified. */
export const MAX_PAIR_DISTANCE = 40;
/** AFINN sum around a mention in a quote that counts as the speaker taking a side, and its score at that sum. */
export const MIN_QUOTE_VALENCE = 2;
const QUOTE_SCORE_PER_POINT = 0.25;

/** One piece of evidence before aggregation. */
export interface StanceEvidence {
  source: string;
  target: string;
  polarity: 'support' | 'oppose';
  score: number;
  sentence: number;
}

interface PlacedMention {
  entity: string;
  tokens: TokenSpan;
  sentence: number;
}

/**
 * Infers who supports or opposes whom: every pair of named entities in a sentence is classified by
 * the directed stance model, each quote's speaker takes a side toward the entities the quote names
 * by the words around them, and the evidence is combined into one relation per ordered pair and
 * polarity (see `aggregateStance`).
 */
export function inferStance(doc: StanceInput): StanceRelation[] {
  return aggregateStance(stanceEvidence(doc));
}

/** Every sentence-level piece of evidence, before aggregation. */
export function stanceEvidence(doc: StanceInput): StanceEvidence[] {
  const { sentences, entities, quotes } = doc.layers;
  const tokens = doc.parse.tokens;
  if (tokens.length === 0 || entities.length === 0) return [];
  const mentions: PlacedMention[] = [];
  for (const entity of entities) {
    if (!NAME_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const span = tokensOf(tokens, mention);
      if (!span) continue;
      // From the offset, not mention.sentence: the sentences layer given here is the one that counts.
      const sentence = sentenceOf(sentences, mention.start);
      if (sentence >= 0) mentions.push({ entity: entity.id, tokens: span, sentence });
    }
  }
  if (mentions.length < 2 && quotes.length === 0) return [];
  mentions.sort((x, y) => x.sentence - y.sentence || x.tokens.first - y.tokens.first);
  const classifier = new PairClassifier(doc);
  const evidence: StanceEvidence[] = [];
  for (let from = 0; from < mentions.length; ) {
    let to = from;
    while (to < mentions.length && mentions[to].sentence === mentions[from].sentence) to++;
    if (to - from >= 2) sentencePairs(classifier, sentences[mentions[from].sentence], mentions, from, to, evidence);
    from = to;
  }
  if (quotes.some(hasEntitySpeaker)) {
    // Mentions in text order, so that each quote finds its own by binary search.
    const byPosition = mentions.slice().sort((x, y) => x.tokens.first - y.tokens.first);
    for (const quote of quotes) {
      if (hasEntitySpeaker(quote)) quoteEvidence(classifier, quote, quote.speaker, byPosition, evidence);
    }
  }
  return evidence;
}

// Scratch space reused by every sentence: candidate pairs as (distance, i, j) triples.
const candidates: number[] = [];
const order: number[] = [];
const seenA: string[] = [];
const seenB: string[] = [];

/**
 * Classifies the pairs of one sentence: for each two entities, only their nearest two mentions
 * (a sentence counts once per pair), nearest pairs first, at most MAX_PAIRS_PER_SENTENCE.
 */
function sentencePairs(classifier: PairClassifier, sentence: Span, mentions: PlacedMention[], from: number, to: number, out: StanceEvidence[]): void {
  const context = classifier.sentenceTokens(sentence);
  if (!context) return;
  candidates.length = 0;
  for (let i = from; i < to; i++) {
    for (let j = i + 1; j < to; j++) {
      if (pairable(mentions[i], mentions[j])) candidates.push(mentions[j].tokens.first - mentions[i].tokens.last, i, j);
    }
  }
  const n = candidates.length / 3;
  order.length = n;
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((x, y) => candidates[3 * x] - candidates[3 * y] || x - y);
  seenA.length = 0;
  seenB.length = 0;
  for (let k = 0; k < n && seenA.length < MAX_PAIRS_PER_SENTENCE; k++) {
    const a = mentions[candidates[3 * order[k] + 1]];
    const b = mentions[candidates[3 * order[k] + 2]];
    let seen = false;
    for (let s = 0; s < seenA.length && !seen; s++) {
      seen = (seenA[s] === a.entity && seenB[s] === b.entity) || (seenA[s] === b.entity && seenB[s] === a.entity);
    }
    if (seen) continue;
    seenA.push(a.entity);
    seenB.push(b.entity);
    classify(classifier, context, a, b, out);
  }
}

function pairable(a: PlacedMention, b: PlacedMention): boolean {
  return a.entity !== b.entity && a.tokens.last < b.tokens.first && b.tokens.first - a.tokens.last <= MAX_PAIR_DISTANCE;
}

const CUES = FLAG.verb | FLAG.support | FLAG.oppose | FLAG.hostile | FLAG.supported | FLAG.toward | FLAG.agent | FLAG.speech;

/**
 * Names at most two tokens apart with nothing between that could carry a side (no verb, no
 * lexicon cue, no "to", "against", "by") describe one another: "US President X", "his
 * French counterpart X". In the training sentences about 88% of pairs this close with no verb between are neutral.
 */
function descriptive(info: TokenInfo, a: PlacedMention, b: PlacedMention): boolean {
  if (b.tokens.first - a.tokens.last - 1 > 2) return false;
  for (let i = a.tokens.last + 1; i < b.tokens.first; i++) if (info.flags(i) & CUES) return false;
  return true;
}

/** Classifies one pair, a before b, and records it when the model takes a side with enough confidence. */
function classify(classifier: PairClassifier, context: TokenSpan, a: PlacedMention, b: PlacedMention, out: StanceEvidence[]): void {
  if (descriptive(classifier.info, a, b)) return;
  const probs = classifier.scoreTokens(a.tokens, b.tokens, context);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
  if (best === 0 || probs[best] < MIN_PAIR_SCORE) return;
  // Classes 1..4: p-supports-q, q-supports-p, p-opposes-q, q-opposes-p.
  const forward = best === 1 || best === 3;
  out.push({
    source: forward ? a.entity : b.entity,
    target: forward ? b.entity : a.entity,
    polarity: best <= 2 ? 'support' : 'oppose',
    score: probs[best],
    sentence: a.sentence,
  });
}

function quoteEvidence(classifier: PairClassifier, quote: Span, speaker: string, byPosition: PlacedMention[], out: StanceEvidence[]): void {
  const quoteTokens = classifier.sentenceTokens(quote);
  if (!quoteTokens) return;
  let lo = 0;
  let hi = byPosition.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition[mid].tokens.first < quoteTokens.first) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byPosition.length && byPosition[i].tokens.first <= quoteTokens.last; i++) {
    const mention = byPosition[i];
    if (mention.entity === speaker || mention.tokens.last > quoteTokens.last) continue;
    const valence = valenceInQuote(classifier.info, mention.tokens, quoteTokens);
    if (Math.abs(valence) < MIN_QUOTE_VALENCE) continue;
    out.push({
      source: speaker,
      target: mention.entity,
      polarity: valence > 0 ? 'support' : 'oppose',
      score: Math.min(0.9, QUOTE_SCORE_PER_POINT * Math.abs(valence)),
      sentence: mention.sentence,
    });
  }
}

/**
 * Combines evidence into one relation per ordered (source, target, polarity): the score is the
 * noisy-or of the pieces, 1 − Π(1 − sᵢ), so agreeing sentences strengthen each other; evidence is
 * the sorted sentence indices. Relations from an entity to itself, and those scoring below
 * MIN_RELATION_SCORE, are dropped. Strongest first.
 */
export function aggregateStance(evidence: readonly StanceEvidence[], minScore = MIN_RELATION_SCORE): StanceRelation[] {
  const groups = new Map<string, { source: string; target: string; polarity: 'support' | 'oppose'; miss: number; sentences: Set<number> }>();
  for (const e of evidence) {
    if (e.source === e.target) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.polarity}`;
    let group = groups.get(key);
    if (!group) {
      group = { source: e.source, target: e.target, polarity: e.polarity, miss: 1, sentences: new Set() };
      groups.set(key, group);
    }
    group.miss *= 1 - Math.min(1, Math.max(0, e.score));
    group.sentences.add(e.sentence);
  }
  const relations: StanceRelation[] = [];
  for (const g of groups.values()) {
    const score = 1 - g.miss;
    if (score < minScore) continue;
    relations.push({
      source: g.source,
      target: g.target,
      polarity: g.polarity,
      score: Math.round(score * 1000) / 1000,
      evidence: [...g.sentences].sort((x, y) => x - y),
    });
  }
  return relations.sort(
    (x, y) => y.score - x.score || cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.polarity, y.polarity),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sentenceOf(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo].start <= offset ? lo : -1;
}

/** Stance inference as a pipeline stage. */
export const stanceStage: Stage<'sentences' | 'entities' | 'sentiment' | 'quotes', 'stance'> = {
  name: 'stance',
  requires: ['sentences', 'entities', 'sentiment', 'quotes'],
  provides: 'stance',
  run: (doc) => inferStance(doc),
};
