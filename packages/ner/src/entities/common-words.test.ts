import { createDocument, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

function names(text: string, spans: Record<string, EntityType>): string[] {
  const doc = withSentences(createDocument(text));
  return entitiesFromNames(doc, nameSpansOf(text, spans)).map((e) => e.name);
}

describe('dropCommonWords', () => {
  it('drops a capitalised word the article writes in lower case more often', () => {
    expect(names('We and our allies agree. The Allies and partners act. Our allies know.', { Allies: 'ORG' })).toEqual([]);
  });

  it('keeps a name written capitalised at least as often as in lower case', () => {
    expect(names('Apple rose. Apple fell. He ate an apple.', { Apple: 'ORG' })).toEqual(['Apple']);
  });

  it('keeps acronyms, multi-word names and gazetteer places', () => {
    const text = 'A hanging chad, then a chad again. Chad said no. The who and the WHO. Big red and Big Red.';
    expect(names(text, { Chad: 'GPE', WHO: 'ORG', 'Big Red': 'ORG' })).toEqual(['Chad', 'WHO', 'Big Red']);
  });
});
