import type { Candidate } from './candidate.js';
import type { Cluster } from './cluster.js';
import { BYLINE, DATELINE, SPEAKER, SUBJECT } from './roles.js';

/** How much less a mention in the last sentence counts than one in the first. */
const POSITION_DECAY = 0.5;
/** Extra weight of a mention that is the subject of its clause, and of one that speaks. */
const SUBJECT_BONUS = 0.5;
const SPEAKER_BONUS = 0.5;
/** A dateline's place, or a byline's author, counts this much of a mention: where a story was filed and who wrote it say little of what it is about. */
const DATELINE_WEIGHT = 0.25;
/** Values (dates, amounts, numbers) are context, not topics: their salience is at most this. */
export const VALUE_CEILING = 0.2;

/**
 * Salience of each cluster in 0..1. Each mention weighs
 *   w = (1 − 0.5 · s / (n − 1)) · (1 + 0.5 · subject + 0.5 · speaker)
 * where s is its sentence index and n the number of sentences (the place of a dateline and a
 * byline's author weigh 0.25 instead of the role factor); a cluster's raw score is the sum
 * of its mentions' weights. Names are divided by the highest raw score among names, so the top
 * name scores 1; values get 0.2 times their raw score over the highest raw score of any cluster.
 */
export function salience(clusters: readonly Cluster[], mentions: readonly Candidate[], roles: Uint8Array, sentenceCount: number): number[] {
  const span = Math.max(1, sentenceCount - 1);
  const raw = clusters.map((c) => {
    let sum = 0;
    for (const i of c.members) {
      const m = mentions[i];
      const position = 1 - (POSITION_DECAY * Math.min(m.sentence, span)) / span;
      const role =
        roles[i] === DATELINE || roles[i] === BYLINE ? DATELINE_WEIGHT : 1 + ((roles[i] & SUBJECT) !== 0 ? SUBJECT_BONUS : 0) + ((roles[i] & SPEAKER) !== 0 ? SPEAKER_BONUS : 0);
      sum += position * role;
    }
    return sum;
  });
  let topName = 0;
  let topAny = 0;
  for (let c = 0; c < clusters.length; c++) {
    topAny = Math.max(topAny, raw[c]);
    if (!mentions[clusters[c].members[0]].value) topName = Math.max(topName, raw[c]);
  }
  return clusters.map((c, k) => {
    const value = mentions[c.members[0]].value;
    const score = value ? (VALUE_CEILING * raw[k]) / topAny : raw[k] / topName;
    return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  });
}
