/** A half-open range of UTF-16 code units into a document's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries its text, so a reader of the JSON need not slice. */
export interface TextSpan extends Span {
  text: string;
}

/** The text a span covers: `spanText("Hello world", { start: 6, end: 11 })` is `"world"`. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Attaches the covered text to a span. */
export function withText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** True when the span lies inside a text of the given length and is not reversed. */
export function isValidSpan(span: Span, textLength: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= textLength
  );
}

const WHITESPACE = /\s/u;

/** Shrinks a span so that it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** True for white space, including the invisible characters that news text carries (zero-width space, BOM). */
export function isSpaceAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return c === 0x200b || c === 0xfeff || WHITESPACE.test(text[index]);
}

/** Orders spans by start, then by end (the shorter first). */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** True when two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Index of the span in a sorted, non-overlapping list that contains `offset`, or -1.
 * Binary search, so layers can map mentions to sentences in O(log n).
 */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
