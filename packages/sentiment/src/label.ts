import type { Sentiment } from '@newslens/core';

/** Scores within ±NEUTRAL_BAND are neutral: VADER's compound-score thresholds. */
export const NEUTRAL_BAND = 0.05;

/** Where labels change: a score at or below `negative` is negative, at or above `positive` positive. */
export interface LabelThresholds {
  negative: number;
  positive: number;
}

/** Labels a score in -1..1: neutral within ±band, or between the two thresholds given. */
export function toSentiment(score: number, band: number | LabelThresholds = NEUTRAL_BAND): Sentiment {
  const s = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  const rounded = Math.round(s * 1000) / 1000;
  const { negative, positive } = typeof band === 'number' ? { negative: -band, positive: band } : band;
  return { score: rounded, label: rounded >= positive ? 'positive' : rounded <= negative ? 'negative' : 'neutral' };
}

/** The squash constant: a sum of √alpha maps to ±0.71. VADER uses 15. */
export const SQUASH_ALPHA = 15;

/** Squashes an unbounded lexicon sum into -1..1 the way VADER does: `x / √(x² + alpha)`. */
export function normalizeSum(sum: number, alpha = SQUASH_ALPHA): number {
  return sum / Math.sqrt(sum * sum + alpha);
}

/** Sentences up to this many tokens are scored on their whole sum; longer ones on a damped sum. */
export const LENGTH_NORM = 15;

/**
 * A sentence's score from its rule-weighted sum and its length in tokens: the sum is scaled by
 * `√(LENGTH_NORM / tokens)` past LENGTH_NORM tokens, so one sentiment word in a long sentence of
 * reporting weighs less than the same word in a short one, then squashed into -1..1.
 */
export function sentenceScore(sum: number, tokens: number): number {
  return normalizeSum(dampedSum(sum, tokens));
}

/** A sentence's rule-weighted sum, scaled by `√(LENGTH_NORM / tokens)` past LENGTH_NORM tokens (see `sentenceScore`). */
export function dampedSum(sum: number, tokens: number): number {
  return tokens > LENGTH_NORM ? sum * Math.sqrt(LENGTH_NORM / tokens) : sum;
}

/** Up to this many sentences, a text's sentiment adds up; past it, a text is scored as its average sentence read this many times. */
export const DOCUMENT_NORM = 3;

/**
 * A text's score from the sum of its sentences' damped sums (`dampedSum`): their mean scaled by
 * `√min(sentences, DOCUMENT_NORM)`, then squashed. Two sentences that say the same thing read
 * stronger than one (people rating short texts do so: on the development tweets r rose from 0.828,
 * for the mean of the sentence scores, to 0.862), while an article of fifty sentences is scored by
 * its average tone, not by how much of it there is, which would push every long text towards ±1.
 */
export function documentScore(dampedTotal: number, sentences: number, alpha = SQUASH_ALPHA): number {
  return sentences === 0 ? 0 : normalizeSum((dampedTotal / sentences) * Math.sqrt(Math.min(sentences, DOCUMENT_NORM)), alpha);
}

const CLASS_LABELS = ['negative', 'neutral', 'positive'] as const;

/** A target's sentiment from class probabilities (negative, neutral, positive): P(pos) − P(neg), most probable class. */
export function toTargetSentiment(p: ArrayLike<number>): Sentiment {
  let best = 1;
  if (p[0] > p[best]) best = 0;
  if (p[2] > p[best]) best = 2;
  const score = Math.round((p[2] - p[0]) * 1000) / 1000;
  return { score: Number.isFinite(score) ? score : 0, label: CLASS_LABELS[best] };
}
