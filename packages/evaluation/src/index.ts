export { prf, spanF1, boundaryF1, macroF1, pearson, exactListMatch, type PRF, type TypedSpan } from './metrics.js';
export { formatTable, type Row } from './table.js';
export { syntheticCorpus } from './synthetic-corpus.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { ratingLabel, readRatings, type RatedText } from './ratings.js';
