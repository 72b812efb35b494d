import { createDocument, type EntityType } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { withListTypes, type Found } from './name-passes.js';
import { taggingTokens } from './token-view.js';

/** The tagging tokens of `text`, and a Found for each given name (its first occurrence). */
function setUp(text: string, names: [string, EntityType][]) {
  const doc = createDocument(text);
  const sentences = segment(doc);
  const tokens = taggingTokens(doc.parse.tokens, sentences);
  const found: Found[] = names.map(([name, type]) => {
    const start = text.indexOf(name);
    const first = tokens.start.indexOf(start);
    let last = first;
    while (tokens.end[last] < start + name.length) last++;
    return { first, last, type, text: name };
  });
  return { tokens, found };
}

describe('withListTypes', () => {
  it('gives the odd one out of a list the kind of all the others', () => {
    const { tokens, found } = setUp('The suburbs of Tempe, Glendale, Peoria, Chandler, and Gilbert grew.', [
      ['Tempe', 'GPE'], ['Glendale', 'GPE'], ['Peoria', 'GPE'], ['Chandler', 'GPE'], ['Gilbert', 'PERSON'],
    ]);
    expect(withListTypes(tokens, found).map((f) => f.type)).toEqual(['GPE', 'GPE', 'GPE', 'GPE', 'GPE']);
  });

  it('stops a list at a word other than a comma, "and" or "or", and leaves a list of two, a split vote and a name the gazetteer knows alone', () => {
    const two = setUp('Acme and Smith agreed.', [['Acme', 'ORG'], ['Smith', 'PERSON']]);
    expect(withListTypes(two.tokens, two.found).map((f) => f.type)).toEqual(['ORG', 'PERSON']);
    const split = setUp('Acme, Initech, and Smith said Kim was wrong.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Smith', 'PERSON'], ['Kim', 'PERSON']]);
    expect(withListTypes(split.tokens, split.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'ORG', 'PERSON']);
    const mixed = setUp('Acme, Initech, Globex and France signed.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Globex', 'ORG'], ['France', 'GPE']]);
    expect(withListTypes(mixed.tokens, mixed.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'ORG', 'GPE']);
    const half = setUp('Acme, Initech, Smith and Jones met.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Smith', 'PERSON'], ['Jones', 'PERSON']]);
    expect(withListTypes(half.tokens, half.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'PERSON', 'PERSON']);
  });
});
