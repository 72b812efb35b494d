import type { Parse, Span } from '@newslens/core';
import { SKIP_FLAG, type TokenSignals } from './signals.js';

/** A range of tokens, both ends inclusive; `first > last` when empty. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** First token that ends after `offset`: binary search over the token offsets. */
export function tokenAt(parse: Parse, offset: number): number {
  const end = parse.tokens.end;
  let lo = 0;
  let hi = parse.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The non-space tokens that overlap a character span; empty when none does. */
export function tokensOf(parse: Parse, s: TokenSignals, span: Span): TokenSpan {
  const { start } = parse.tokens;
  let first = tokenAt(parse, span.start);
  let last = first - 1;
  for (let i = first; i < parse.tokens.length && start[i] < span.end; i++) {
    if ((s.flags[i] & SKIP_FLAG) === 0) last = i;
  }
  while (first <= last && (s.flags[first] & SKIP_FLAG) !== 0) first++;
  return { first, last };
}

/** The token range of each sentence span, in one pass over sorted sentences. */
export function sentenceTokens(parse: Parse, sentences: readonly Span[]): TokenSpan[] {
  return sentences.map((sentence) => {
    const first = tokenAt(parse, sentence.start);
    let last = tokenAt(parse, sentence.end - 1);
    if (last >= parse.tokens.length || parse.tokens.start[last] >= sentence.end) last--;
    return { first, last };
  });
}
