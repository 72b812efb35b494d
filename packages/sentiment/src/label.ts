import type { Sentiment } from '@newslens/core';

/** Scores within ±NEUTRAL_BAND are neutral: VADER's compound-score thresholds. */
export const NEUTRAL_BAND = 0.05;

/** Labels a score in -1..1. */
export function toSentiment(score: number): Sentiment {
  const s = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  const rounded = Math.round(s * 1000) / 1000;
  return { score: rounded, label: rounded >= NEUTRAL_BAND ? 'positive' : rounded <= -NEUTRAL_BAND ? 'negative' : 'neutral' };
}

/** Squashes an unbounded lexicon sum into -1..1 the way VADER does (alpha 15). */
export function normalizeSum(sum: number, alpha = 15): number {
  return sum / Math.sqrt(sum * sum + alpha);
}
