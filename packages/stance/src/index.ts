export {
  inferStance, stanceStage, stanceEvidence, aggregateStance, type StanceInput, type StanceEvidence,
  MIN_RELATION_SCORE, MIN_PAIR_SCORE, MIN_NEUTRAL_MARGIN, STANCE_TEMPERATURE, MAX_PAIRS_PER_SENTENCE, MAX_PAIR_DISTANCE, MIN_QUOTE_VALENCE,
} from './infer-stance.js';
export { classifyPair, swapDirection, PairClassifier, stanceModel, type PairStance } from './classify-pair.js';
export { STANCE_CLASSES, loadModel, type StanceClass, type StanceModel, type ModelFile } from './model.js';
