import { createDocument, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

function quotesOf(text: string) {
  const doc = withLayer(withLayer(createDocument(text), 'sentences', [{ start: 0, end: text.length }]), 'entities', []);
  return findQuotes(doc);
}

describe('findQuotes', () => {
  it('finds curly and straight double quotes, marks included', () => {
    const quotes = quotesOf('She said “we will win” and "soon".');
    expect(quotes.map((q) => q.text)).toEqual(['“we will win”', '"soon"']);
  });

  it('ignores an unclosed quotation mark', () => {
    expect(quotesOf('He said “nothing at all.')).toEqual([]);
  });
});
