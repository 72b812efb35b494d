import type { Sentiment } from '@newslens/core';

/** Scores within ±NEUTRAL_BAND are neutral: VADER's compound-score thresholds. */
export const NEUTRAL_BAND = 0.05;

/** Labels a score in -1..1. */
export function toSentiment(score: number, band = NEUTRAL_BAND): Sentiment {
  const s = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  const rounded = Math.round(s * 1000) / 1000;
  return { score: rounded, label: rounded >= band ? 'positive' : rounded <= -band ? 'negative' : 'neutral' };
}

/** Squashes an unbounded lexicon sum into -1..1 the way VADER does (alpha 15). */
export function normalizeSum(sum: number, alpha = 15): number {
  return sum / Math.sqrt(sum * sum + alpha);
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
