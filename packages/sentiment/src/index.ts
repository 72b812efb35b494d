export { scoreSentiment, sentimentStage } from './score-sentiment.js';
export { targetSentiment, targetSentimentInDocument } from './target-sentiment.js';
export {
  entitySentiment, aggregateMentions, ENTITY_NEUTRAL_BAND, SUBJECT_WEIGHT, MODIFIER_WEIGHT, type MentionScore,
} from './entity-sentiment.js';
export {
  toSentiment, toTargetSentiment, normalizeSum, sentenceScore, dampedSum, documentScore, NEUTRAL_BAND, LENGTH_NORM, DOCUMENT_NORM,
} from './label.js';
export { BASE_LEXICON, LEXICON, valenceOf } from './lexicon.js';
