import { describe, expect, it } from 'vitest';
import { findSpanIndex, isValidSpan, overlaps, trimSpan, withText } from './span.js';

describe('span helpers', () => {
  it('trims white space, including zero-width and non-breaking spaces, from both ends', () => {
    const text = '\u200b\u00a0 Hello \n';
    const span = trimSpan(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('Hello');
  });

  it('trims an all-space span to an empty one', () => {
    const span = trimSpan('   ', { start: 0, end: 3 });
    expect(span.end - span.start).toBe(0);
  });

  it('rejects reversed, fractional and out-of-range spans', () => {
    expect(isValidSpan({ start: 2, end: 1 }, 5)).toBe(false);
    expect(isValidSpan({ start: 0.5, end: 1 }, 5)).toBe(false);
    expect(isValidSpan({ start: 0, end: 6 }, 5)).toBe(false);
    expect(isValidSpan({ start: 5, end: 5 }, 5)).toBe(true);
  });

  it('finds the span holding an offset by binary search', () => {
    const spans = [{ start: 0, end: 5 }, { start: 6, end: 10 }, { start: 12, end: 20 }];
    expect(findSpanIndex(spans, 7)).toBe(1);
    expect(findSpanIndex(spans, 5)).toBe(-1);
    expect(findSpanIndex(spans, 19)).toBe(2);
    expect(findSpanIndex([], 0)).toBe(-1);
  });

  it('treats touching spans as not overlapping', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 4 }, { start: 3, end: 5 })).toBe(true);
  });

  it('attaches the sliced text', () => {
    expect(withText('Hello world', { start: 6, end: 11 }).text).toBe('world');
  });
});
