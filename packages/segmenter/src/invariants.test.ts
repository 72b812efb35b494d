import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, isSpaceAt, type Sentence } from '@newslens/core';
import { segment } from './segment.js';

/** The span contract: ordered, non-overlapping, trimmed, non-empty, and every non-space character inside a span. */
function violations(text: string, spans: readonly Sentence[]): string | undefined {
  let previousEnd = 0;
  let k = 0;
  for (const { start, end } of spans) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end > text.length) return `bad span ${start}-${end}`;
    if (end <= start) return `empty span at ${start}`;
    if (isSpaceAt(text, start) || isSpaceAt(text, end - 1)) return `untrimmed span ${start}-${end}`;
    if (text.slice(start, end).length !== end - start) return `slice differs at ${start}`;
    for (; k < start; k++) if (!isSpaceAt(text, k)) return `character ${k} lost`;
    k = end;
    previousEnd = end;
  }
  for (; k < text.length; k++) if (!isSpaceAt(text, k)) return `character ${k} lost`;
  return undefined;
}

const NEWS_PIECES = [
  'The', 'minister', 'said', 'talks', 'would', 'resume', 'on', 'Monday', 'Mr.', 'Gen.', 'U.S.', 'a.m.', 'Jan.', 'No.', '5', '3.5',
  'J.', 'K.', 'Smith', 'I', 'e.g.', 'etc.', 'Inc.', '.', '!', '?', '!?', '…', '...', '. . .', '. . . .', ',', ';', ':', '“', '”', '"',
  "'", '‘', '’', '(', ')', '[', ']', '[4]', '—', '-', '•', '1.', '2.)', 'a)', 'https://example.com/a.html', 'jane@example.com',
  'Yahoo!', '$100.00', '😀', 'ü', '\u200b', '\t',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '  '];

const newsLike = fc
  .array(fc.tuple(fc.constantFrom(...NEWS_PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

describe('segment span invariants', () => {
  it('holds for arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => violations(text, segment(text)) === undefined),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary UTF-16 code units, lone surrogates included', () => {
    const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(fc.property(units, (text) => violations(text, segment(text)) === undefined), { numRuns: 300 });
  });

  it('holds for generated news-like text', () => {
    fc.assert(fc.property(newsLike, (text) => violations(text, segment(text)) === undefined), { numRuns: 500 });
  });

  it('reports a lost character (the checker itself can fail)', () => {
    expect(violations('Ab. Cd.', [{ start: 0, end: 3 }])).toBe('character 4 lost');
    expect(violations('Ab. Cd.', [{ start: 0, end: 4 }, { start: 4, end: 7 }])).toBe('untrimmed span 0-4');
  });
});

describe('segment on degenerate input', () => {
  /**
   * Segmentation time alone, on an already parsed document, after a warm-up run. The limits in
   * these tests are generous for a busy machine yet far below what quadratic work would take
   * (a quadratic bullet scan once took 11 s on 10,000 bullets).
   */
  function timed(text: string): { spans: Sentence[]; ms: number } {
    segment(text.slice(0, 2_000));
    const doc = createDocument(text);
    const started = performance.now();
    const spans = segment(doc);
    return { spans, ms: performance.now() - started };
  }

  it('returns nothing for the empty string', () => {
    expect(segment('')).toEqual([]);
  });

  it('returns "--" as one sentence', () => {
    expect(segment('--')).toEqual([{ start: 0, end: 2 }]);
  });

  it('handles 10,000 periods in linear time', () => {
    const text = '.'.repeat(10_000);
    const { spans, ms } = timed(text);
    expect(violations(text, spans)).toBeUndefined();
    expect(ms).toBeLessThan(500);
  });

  it('handles 20,000 repeats of stops, marks, abbreviations, markers and bullets in linear time', () => {
    for (const unit of ['. ', '! ', 'U.S. ', '“... ', '1. ', '[1] ', 'a) ', '• ', '. . . . ']) {
      const text = unit.repeat(20_000);
      const { spans, ms } = timed(text);
      expect(violations(text, spans), unit).toBeUndefined();
      expect(ms, unit).toBeLessThan(1_500);
    }
  }, 30_000);

  it('handles a 50,000-character sentence with no punctuation quickly', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', 'Epsilon'];
    let text = '';
    for (let k = 0; text.length < 50_000; k++) text += `${words[k % words.length]} `;
    text = text.slice(0, 50_000).trimEnd();
    const { spans, ms } = timed(text);
    expect(spans).toEqual([{ start: 0, end: text.length }]);
    expect(ms).toBeLessThan(500);
  });
});
