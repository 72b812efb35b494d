export { scoreSentiment, sentimentStage } from './score-sentiment.js';
export { toSentiment, normalizeSum, NEUTRAL_BAND } from './label.js';
