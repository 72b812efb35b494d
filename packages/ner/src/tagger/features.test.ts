import { createDocument, withLayer } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { prepareSequence, WordCache } from './features.js';
import { taggingTokens } from './token-view.js';

function sequence(text: string, cache: WordCache) {
  const parsed = createDocument(text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  return prepareSequence(taggingTokens(doc.parse.tokens, doc.layers.sentences), cache);
}

describe('prepareSequence', () => {
  it('marks a capitalised word whose lower-case form the document also uses, however full the word cache', () => {
    const text = 'Allies met in Paris on Monday. The allies agreed.';
    const fresh = sequence(text, new WordCache());
    expect(fresh.seenLower[0]).toBe(1);
    // A cache that is past its limit before the document, and would be again within it.
    const small = new WordCache(3);
    sequence('One two three four five.', small);
    expect([...sequence(text, small).seenLower]).toEqual([...fresh.seenLower]);
  });
});
