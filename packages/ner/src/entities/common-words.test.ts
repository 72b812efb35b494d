import { createDocument, withLayer, type EntityType } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';

function names(text: string, spans: Record<string, EntityType>): string[] {
  const doc = withLayer(createDocument(text), 'sentences', segment(text));
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
