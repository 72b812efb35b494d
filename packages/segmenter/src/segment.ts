import { createDocument, trimSpan, type NewsDocument, type Sentence, type Stage } from '@newslens/core';

/** A blank line (two line breaks with only spaces between) ends a paragraph, and so a sentence. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

/**
 * Splits a text, or a parsed document, into sentences: spans that exclude surrounding white space,
 * in order, never overlapping. Builds on wink's sentence boundaries and cuts at paragraph breaks.
 *
 * segment('Hi there. Bye.') → [{ start: 0, end: 9 }, { start: 10, end: 14 }]
 */
export function segment(input: string | NewsDocument): Sentence[] {
  const doc = typeof input === 'string' ? createDocument(input) : input;
  const { text } = doc;
  const { tokens, winkSentences } = doc.parse;
  const sentences: Sentence[] = [];
  for (const { first, last } of winkSentences) {
    if (first > last || first >= tokens.length) continue;
    cutAtParagraphs(text, tokens.start[first], tokens.end[last], sentences);
  }
  return sentences;
}

function cutAtParagraphs(text: string, start: number, end: number, out: Sentence[]): void {
  const piece = text.slice(start, end);
  let from = 0;
  for (const m of piece.matchAll(PARAGRAPH_BREAK)) {
    push(text, start + from, start + m.index, out);
    from = m.index + m[0].length;
  }
  push(text, start + from, end, out);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) out.push(span);
}

/** The segmenter as a pipeline stage. */
export const segmenterStage: Stage<never, 'sentences'> = {
  name: 'segmenter',
  requires: [],
  provides: 'sentences',
  run: (doc) => segment(doc),
};
