export { segment, segmenterStage } from './segment.js';
