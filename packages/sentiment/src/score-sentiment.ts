import { findSpanIndex, type NewsDocument, type Sentiment, type SentimentLayer, type Stage } from '@newslens/core';
import afinn from 'sentiment/languages/en/labels.json' with { type: 'json' };
import { normalizeSum, toSentiment } from './label.js';

const LEXICON: Readonly<Record<string, number>> = afinn;

/**
 * Scores each sentence, the whole document and each entity from the AFINN-165 lexicon,
 * flipping words that wink places inside a negation's scope.
 */
export function scoreSentiment(doc: NewsDocument<'sentences' | 'entities'>): SentimentLayer {
  const sentences = doc.layers.sentences;
  const { tokens } = doc.parse;
  const sums = new Float64Array(sentences.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens.start[i];
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s === sentences.length) break;
    if (at < sentences[s].start) continue;
    const weight = LEXICON[tokens.normal[i]];
    if (weight !== undefined) sums[s] += tokens.negated[i] ? -weight : weight;
  }
  const sentenceSentiment = Array.from(sums, (sum) => toSentiment(normalizeSum(sum)));
  const entities: Record<string, Sentiment> = {};
  for (const entity of doc.layers.entities) {
    const seen = new Set(entity.mentions.map((m) => m.sentence ?? findSpanIndex(sentences, m.start)));
    const scores = [...seen].filter((i) => i >= 0).map((i) => sentenceSentiment[i].score);
    entities[entity.id] = toSentiment(mean(scores));
  }
  return {
    sentences: sentenceSentiment,
    document: toSentiment(mean(sentenceSentiment.map((x) => x.score))),
    entities,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sentiment as a pipeline stage. */
export const sentimentStage: Stage<'sentences' | 'entities', 'sentiment'> = {
  name: 'sentiment',
  requires: ['sentences', 'entities'],
  provides: 'sentiment',
  run: (doc) => scoreSentiment(doc),
};
