import type { QuoteContext } from './context.js';
import type { QuoteSpan } from './quote-marks.js';

// A quote interrupted by its attribution: ''A,'' she said. ''B.''

/**
 * Typewriter style (''A,'' she said. ''B.'') interrupts one quotation with its attribution. When
 * the attribution clause after a quote runs straight into another typewriter quote in the same
 * paragraph, the two are one quote with the attribution inside, as PolNeAR marks them: the token
 * where that quote starts, or -1.
 */
export function resumesAt(c: QuoteContext, clauseEnd: number, nextStart: number, paragraph: number): number {
  const { value, pos, n, paragraphOf } = c;
  let k = clauseEnd;
  while (k < nextStart && pos[k] === 'PUNCT') k++;
  if (k !== nextStart || k >= n || paragraphOf[k] !== paragraph) return -1;
  // The quote resumes after the clause's full stop or comma, not later in a sentence of its own
  // ("she said, describing how she puts together ''tubular mixers''").
  let b = k - 1;
  while (b > clauseEnd - 1 && pos[b] === 'SPACE') b--;
  return b >= 0 && /^[.,:;]$/.test(value[b]) ? k : -1;
}

export function isTypewriter(c: QuoteContext, span: QuoteSpan): boolean {
  const { text } = c;
  return !span.single && text.startsWith("''", span.start);
}
