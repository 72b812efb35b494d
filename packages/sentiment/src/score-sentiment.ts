import type { NewsDocument, Sentiment, SentimentLayer, Stage } from '@newslens/core';
import { scoreEntities } from './entity-sentiment.js';
import { dampedSum, documentScore, normalizeSum, toSentiment } from './label.js';
import { sentenceTokens } from './locate.js';
import { weightedSum } from './score-tokens.js';
import { tokenSignals } from './signals.js';

/** Each sentence's weighted lexicon sum, in a buffer reused from call to call. */
let sums = new Float64Array(256);

/**
 * Scores each sentence (rule-weighted lexicon sum, squashed to -1..1), the document (`documentScore`:
 * its sentences' damped sums, averaged and squashed) and each entity (the weighted target sentiment of its mentions). Reads the one parse,
 * and the quotations when the document has them, so that a pronoun inside one is not given to its speaker.
 */
export function scoreSentiment(doc: NewsDocument<'sentences' | 'entities'>): SentimentLayer {
  const s = tokenSignals(doc.parse);
  const ranges = sentenceTokens(doc.parse, doc.layers.sentences);
  let total = 0;
  if (sums.length < ranges.length) sums = new Float64Array(2 * ranges.length);
  const sentences: Sentiment[] = new Array(ranges.length);
  // Each sentence is scored just before its mentions, which reuse its prefix sums.
  const entities = scoreEntities(doc, doc.layers.entities, ranges, sums, (i) => {
    const r = ranges[i];
    sums[i] = weightedSum(s, r.first, r.last);
    const damped = dampedSum(sums[i], r.last - r.first + 1);
    total += damped;
    sentences[i] = toSentiment(normalizeSum(damped));
  });
  return {
    sentences,
    document: toSentiment(documentScore(total, ranges.length)),
    entities,
  };
}

/** Sentiment as a pipeline stage. */
export const sentimentStage: Stage<'sentences' | 'entities', 'sentiment'> = {
  name: 'sentiment',
  requires: ['sentences', 'entities'],
  provides: 'sentiment',
  run: (doc) => scoreSentiment(doc),
};
