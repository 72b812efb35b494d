export * from './span.js';
export * from './errors.js';
export * from './input.js';
export * from './layers.js';
export * from './parse.js';
export * from './document.js';
export * from './stage.js';
export { wink } from './wink.js';
export * from './warnings.js';
