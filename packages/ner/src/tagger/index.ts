export { tagNames, type NameSpan } from './tag-names.js';
