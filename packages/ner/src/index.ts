export { tagEntities, nerStage } from './tag-entities.js';
export { WINK_TO_ONTONOTES } from './wink-types.js';
