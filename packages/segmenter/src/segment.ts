import { createDocument, trimSpan, type NewsDocument, type Sentence, type Stage } from '@newslens/core';
import { findBoundaries } from './boundaries.js';

/**
 * Splits a text, or a parsed document, into sentences: spans that exclude the white space around
 * them, in order, never overlapping, together covering every other character of the text.
 * Reads the shared wink parse (tokens, parts of speech, token types) and never parses again.
 *
 * segment('Mr. Smith left. He was late.') → [{ start: 0, end: 15 }, { start: 16, end: 28 }]
 */
export function segment(input: string | NewsDocument): Sentence[] {
  const doc = typeof input === 'string' ? createDocument(input) : input;
  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of findBoundaries(doc)) {
    const span = trimSpan(doc.text, { start: from, end: to });
    if (span.end > span.start) sentences.push(span);
    from = to;
  }
  return sentences;
}

/** The segmenter as a pipeline stage. */
export const segmenterStage: Stage<never, 'sentences'> = {
  name: 'segmenter',
  requires: [],
  provides: 'sentences',
  run: (doc) => segment(doc),
};
