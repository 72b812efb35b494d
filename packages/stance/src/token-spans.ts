import type { Span, TokenTable } from '@newslens/core';
import type { TokenSpan } from './features.js';

/** Index of the first token that ends after `offset` (binary search; tokens are in text order). */
export function firstTokenEndingAfter(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens a character span touches, or undefined when it touches none. A span that cuts a
 * token ("Kasich’" of "Kasich’s") still takes the whole token.
 */
export function tokensOf(tokens: TokenTable, span: Span): TokenSpan | undefined {
  const first = firstTokenEndingAfter(tokens, span.start);
  if (first >= tokens.length || tokens.start[first] >= span.end) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens.start[last + 1] < span.end) last++;
  return { first, last };
}
