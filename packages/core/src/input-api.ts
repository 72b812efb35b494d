// `@newslens/core/input`: what reading and checking input needs (error codes, decoding, limits),
// without wink. A process that only reads text and hands it on, such as batch mode's main thread,
// imports this and loads no language model; `@newslens/core` exports the same names.
export * from './errors.js';
export * from './input.js';
