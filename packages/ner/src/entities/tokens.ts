import type { Span, TokenTable } from '@newslens/core';

/** Index of the last token starting at or before `offset` (0 when none does). Binary search. */
export function tokenAt(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Index of the sentence containing `offset`, or of the nearest sentence before it when the
 * offset falls between sentences, so every mention has a valid sentence. Binary search.
 */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
