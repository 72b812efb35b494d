import { createDocument, withLayer } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { citedAuthors } from './citations.js';
import { WordCache } from './features.js';
import { taggingTokens } from './token-view.js';

function authors(text: string): string[] {
  const parsed = createDocument(text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  const tokens = taggingTokens(doc.parse.tokens, doc.layers.sentences);
  const cache = new WordCache();
  const words = tokens.word.map((w) => cache.get(w));
  return citedAuthors(tokens, words).map(([first, last]) => text.slice(tokens.start[first], tokens.end[last]));
}

describe('citedAuthors', () => {
  it('reads the surnames of bracketed author-year citations, with "&", "and" and "et al."', () => {
    expect(authors('Skills improve (Boot, Kramer, & Gratton, 2008; Munafò et al., 2017; Li and Chin, 2011).').sort()).toEqual(
      ['Boot', 'Chin', 'Gratton', 'Kramer', 'Li', 'Munafò'],
    );
  });

  it('keeps a hyphenated surname whole', () => {
    expect(authors('as in other fields (Berez-Kroeker et al., 2017).')).toEqual(['Berez-Kroeker']);
  });

  it('leaves out titles and places that merely stand before a year', () => {
    expect(authors('She starred in Meurtres? (Three Sinners, 1950) and The Imitation Game (2014).')).toEqual([]);
    expect(authors('Porte (2012) agrees.')).toEqual([]);
    expect(authors('He moved to Paris, 2010 being the year of the move.')).toEqual([]);
  });
});
