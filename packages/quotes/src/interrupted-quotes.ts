import { CUE_WINDOW, type QuoteContext } from './context.js';
import type { QuoteSpan } from './quote-marks.js';
import { tokenAtOrAfter } from './token-tables.js';

// A quote interrupted by its attribution: ''A,'' she said. ''B.''

/** How far, in tokens, an attribution sentence may hold a quote apart from its resumption (this bounds the work). */
const RESUME_WINDOW = 2 * CUE_WINDOW;

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

/**
 * The index of the span that resumes the typewriter quote `spans[qi]` (whose attribution follows
 * it and ends at `clauseEnd`), or -1: a typewriter quote right after the clause (see `resumesAt`),
 * or one that opens the sentence after the attribution's sentence, in the same paragraph, when
 * every span in between lies inside that sentence (a title or a phrase the speaker used:
 * "''A,'' he said on ABC's ''This Week.'' ''B.''").
 */
export function resumingSpan(c: QuoteContext, spans: readonly QuoteSpan[], qi: number, last: number, clauseEnd: number, nextStart: number): number {
  const { tokens, n, sentenceStart, paragraphOf } = c;
  const paragraph = paragraphOf[last];
  if (qi + 1 < spans.length && resumesAt(c, clauseEnd, nextStart, paragraph) >= 0) return isTypewriter(c, spans[qi + 1]) ? qi + 1 : -1;
  if (last + 1 >= n) return -1;
  const sentence = sentenceStart[last + 1];
  for (let j = qi + 1; j < spans.length; j++) {
    const first = tokenAtOrAfter(tokens.start, spans[j].start);
    if (first >= n || paragraphOf[first] !== paragraph || first - last > RESUME_WINDOW) return -1;
    if (sentenceStart[first] === sentence) continue; // inside the attribution's sentence
    return first === sentenceStart[first] && sentenceStart[first - 1] === sentence && isTypewriter(c, spans[j]) ? j : -1;
  }
  return -1;
}

export function isTypewriter(c: QuoteContext, span: QuoteSpan): boolean {
  const { text } = c;
  return !span.single && text.startsWith("''", span.start);
}
