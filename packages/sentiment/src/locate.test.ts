import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { sentenceTokens, tokenAt } from './locate.js';

describe('tokenAt', () => {
  it('finds the same token with a right, a wrong or no search hint', () => {
    const doc = createDocument('Aid arrived on Monday. The talks, however, failed again!  Critics were furious.');
    const n = doc.parse.tokens.length;
    for (let offset = 0; offset <= doc.text.length; offset++) {
      const want = tokenAt(doc.parse, offset);
      expect(want).toBe(Array.from(doc.parse.tokens.end).findIndex((e) => e > offset) === -1 ? n : Array.from(doc.parse.tokens.end).findIndex((e) => e > offset));
      for (const [from, to] of [[0, n - 1], [want, want], [Math.max(0, want - 2), Math.min(n - 1, want + 3)], [n - 2, n - 1], [0, 1], [3, 2]]) {
        expect(tokenAt(doc.parse, offset, from, to)).toBe(want);
      }
    }
  });
});

describe('sentenceTokens', () => {
  it('gives each sentence its token range, in order or not', () => {
    const doc = createDocument('Aid arrived. Talks failed.');
    const spans = [{ start: 0, end: 12 }, { start: 13, end: 26 }];
    const ranges = sentenceTokens(doc.parse, spans);
    expect(ranges).toEqual([{ first: 0, last: 2 }, { first: 3, last: 5 }]);
    expect(sentenceTokens(doc.parse, [spans[1], spans[0]])).toEqual([ranges[1], ranges[0]]);
  });
});
