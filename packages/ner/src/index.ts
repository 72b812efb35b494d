export { tagEntities, nerStage } from './tag-entities.js';
export { entitiesFromNames } from './entities/entities-from-names.js';
export { nameSpansOf } from './entities/name-spans.js';
export { WINK_TO_ONTONOTES } from './wink-types.js';
export { tagNames, type NameSpan } from './tagger/index.js';
export { COUNTRIES, COUNTRY_BY_NAME, COUNTRY_BY_DEMONYM, CITIES, REGIONS, type Country } from './gazetteer/index.js';
