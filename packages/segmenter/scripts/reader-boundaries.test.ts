import { describe, expect, it } from 'vitest';
import { boundaryF1 } from '@newslens/evaluation';
import { isReaderBoundary, readerGoldEnds, trimEnd } from './reader-boundaries.js';

describe('reader-expected GUM boundaries', () => {
  it('counts an end after a full stop, question mark, exclamation mark or ellipsis', () => {
    const text = 'One. Two? Three! Four… Five';
    for (const word of ['One.', 'Two?', 'Three!', 'Four…']) {
      expect(isReaderBoundary(text, text.indexOf(word) + word.length)).toBe(true);
    }
  });

  it('counts an end after terminal punctuation followed by closing quotes and brackets', () => {
    const text = 'He said “go.”) Then';
    expect(isReaderBoundary(text, text.indexOf(')') + 1)).toBe(true);
  });

  it('counts an end at a line break and at the end of the text', () => {
    const text = 'A headline\n\nA story ends';
    expect(isReaderBoundary(text, 'A headline'.length)).toBe(true);
    expect(isReaderBoundary(text, text.length)).toBe(true);
  });

  it('does not count an end at a colon, semicolon or dash inside a line', () => {
    const text = 'Title: subtitle; more — and the rest.';
    for (const mark of [':', ';', '—']) expect(isReaderBoundary(text, text.indexOf(mark) + 1)).toBe(false);
  });

  it('trims trailing white space from an end', () => {
    expect(trimEnd('Hi.  \n', 6)).toBe(3);
  });

  it('makes a predicted end at a neutral gold end neither a hit nor a false positive', () => {
    const text = 'Art: a study. It works.';
    const gold = readerGoldEnds(text, [{ end: 4 }, { end: 13 }, { end: 23 }]);
    expect(gold).toEqual({ expected: [13, 23], neutral: [4] });
    expect(boundaryF1(gold.expected, [4, 13, 23], gold.neutral)).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(boundaryF1(gold.expected, [8, 13, 23], gold.neutral)).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });
});
