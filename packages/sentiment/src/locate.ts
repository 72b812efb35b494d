import type { Parse, Span } from '@newslens/core';
import { SKIP_FLAG, type TokenSignals } from './signals.js';

/** A range of tokens, both ends inclusive; `first > last` when empty. */
export interface TokenSpan {
  first: number;
  last: number;
}

/**
 * First token that ends after `offset`: binary search over the token offsets. `from..to` narrows
 * the search when the answer is known to lie there (checked, so a wrong hint costs only time).
 */
export function tokenAt(parse: Parse, offset: number, from = 0, to = parse.tokens.length): number {
  const end = parse.tokens.end;
  const n = parse.tokens.length;
  let lo = 0;
  let hi = n;
  if (from >= 0 && from <= to && to < n && (from === 0 || end[from - 1] <= offset) && end[to] > offset) {
    lo = from;
    hi = to;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The non-space tokens that overlap a character span; empty when none does. `near`, a token range
 * that likely holds the span (its sentence), speeds up the search.
 */
export function tokensOf(parse: Parse, s: TokenSignals, span: Span, near?: TokenSpan): TokenSpan {
  const { start } = parse.tokens;
  let first = near === undefined ? tokenAt(parse, span.start) : tokenAt(parse, span.start, near.first, near.last);
  let last = first - 1;
  for (let i = first; i < parse.tokens.length && start[i] < span.end; i++) {
    if ((s.flags[i] & SKIP_FLAG) === 0) last = i;
  }
  while (first <= last && (s.flags[first] & SKIP_FLAG) !== 0) first++;
  return { first, last };
}

/** The token range of each sentence span; sorted sentences are found near the one before. */
export function sentenceTokens(parse: Parse, sentences: readonly Span[]): TokenSpan[] {
  const n = parse.tokens.length;
  let from = 0;
  return sentences.map((sentence) => {
    const first = tokenAt(parse, sentence.start, from, Math.min(n - 1, from + 64));
    let last = tokenAt(parse, sentence.end - 1, first, Math.min(n - 1, first + 256));
    if (last >= parse.tokens.length || parse.tokens.start[last] >= sentence.end) last--;
    from = Math.max(0, Math.min(n - 1, last + 1));
    return { first, last };
  });
}
