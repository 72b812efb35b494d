import { createDocument, type NewsDocument, type Sentiment, type Span } from '@newslens/core';
import { toTargetSentiment } from './label.js';
import { sentenceTokens, tokensOf, type TokenSpan } from './locate.js';
import { targetModel } from './model.js';
import { tokenSignals } from './signals.js';

const NEUTRAL: Sentiment = { score: 0, label: 'neutral' };

/**
 * The sentence around a target: the document's sentences layer when it has one, else wink's
 * sentences. A span that straddles sentences keeps the sentence of its first token.
 */
export function contextOf(doc: NewsDocument, target: TokenSpan): TokenSpan {
  const ranges = doc.layers.sentences ? sentenceTokens(doc.parse, doc.layers.sentences) : doc.parse.winkSentences;
  for (const r of ranges) if (r.first <= target.first && target.first <= r.last) return r;
  return { first: target.first, last: Math.max(target.last, target.first) };
}

const probabilities = new Float64Array(3);

/**
 * How the sentence around `span` portrays the target in an existing parse, from the trained model:
 * `score` is P(positive) − P(negative), `label` the most probable class.
 */
export function targetSentimentInDocument(doc: NewsDocument, span: Span, context?: TokenSpan): Sentiment {
  const s = tokenSignals(doc.parse);
  const target = tokensOf(doc.parse, s, span);
  if (target.first > target.last) return NEUTRAL;
  const ctx = context ?? contextOf(doc, target);
  targetModel().predict(doc.parse, s, ctx.first, ctx.last, target.first, target.last, probabilities);
  return toTargetSentiment(probabilities);
}

/**
 * How a text portrays the target at `target` (UTF-16 offsets, end exclusive). Parses the text.
 * @example targetSentiment('Critics blasted Smith, but praised Jones.', { start: 16, end: 21 }).label // 'negative'
 */
export function targetSentiment(text: string, target: { start: number; end: number }): Sentiment {
  if (typeof text !== 'string' || !(target.start >= 0 && target.end > target.start && target.end <= text.length)) return NEUTRAL;
  return targetSentimentInDocument(createDocument(text), target);
}
