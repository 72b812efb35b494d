export { inferStance, stanceStage, type StanceInput } from './infer-stance.js';
