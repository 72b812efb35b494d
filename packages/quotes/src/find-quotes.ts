import type { NewsDocument, Quote, Stage } from '@newslens/core';

/** Opening and closing double quotation marks; a straight mark both opens and closes. */
const DOUBLE_QUOTE = /[“”"]/g;

/**
 * Finds direct quotations: text between paired double quotation marks, the marks included.
 * Speakers are not attributed yet.
 */
export function findQuotes(doc: NewsDocument<'sentences' | 'entities'>): Quote[] {
  const { text } = doc;
  const quotes: Quote[] = [];
  let open = -1;
  for (const m of text.matchAll(DOUBLE_QUOTE)) {
    const mark = m[0];
    if (open < 0) {
      if (mark !== '”') open = m.index;
      continue;
    }
    if (mark === '“') {
      open = m.index;
      continue;
    }
    const end = m.index + 1;
    quotes.push({ start: open, end, text: text.slice(open, end), speaker: null, speakerMention: null });
    open = -1;
  }
  return quotes;
}

/** Quote finding as a pipeline stage. */
export const quotesStage: Stage<'sentences' | 'entities', 'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
};
