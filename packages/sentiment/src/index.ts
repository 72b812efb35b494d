export { scoreSentiment, sentimentStage } from './score-sentiment.js';
export { targetSentiment, targetSentimentInDocument } from './target-sentiment.js';
export {
  entitySentiment, aggregateMentions, ENTITY_THRESHOLDS, SUBJECT_WEIGHT, MODIFIER_WEIGHT, type MentionScore,
} from './entity-sentiment.js';
export {
  toSentiment, type LabelThresholds, toTargetSentiment, normalizeSum, sentenceScore, dampedSum, documentScore, NEUTRAL_BAND, LENGTH_NORM, DOCUMENT_NORM,
} from './label.js';
export { BASE_LEXICON, LEXICON, valenceOf } from './lexicon.js';
