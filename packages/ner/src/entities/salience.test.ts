import { createDocument, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

/** Entity name → salience. */
function salience(text: string, names: Record<string, EntityType>): Record<string, number> {
  const doc = withSentences(createDocument(text));
  return Object.fromEntries(entitiesFromNames(doc, nameSpansOf(text, names)).map((e) => [e.name, e.salience]));
}

describe('salience', () => {
  it('gives the top name 1 and every entity a score in 0..1', () => {
    const s = salience('Lee met Kim. Lee left. It was 5 pm on Sunday.', { Lee: 'PERSON', Kim: 'PERSON' });
    expect(s.Lee).toBe(1);
    for (const v of Object.values(s)) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of Object.values(s)) expect(v).toBeLessThanOrEqual(1);
  });

  it('ranks an entity mentioned more often higher', () => {
    const s = salience('Acme and Bolt rose. Acme fell. Acme held.', { Acme: 'ORG', Bolt: 'ORG' });
    expect(s.Acme).toBeGreaterThan(s.Bolt);
  });

  it('ranks an entity mentioned earlier higher', () => {
    const s = salience('Rain fell on Acme. Nothing else. Nothing more. Rain fell on Bolt.', { Acme: 'ORG', Bolt: 'ORG' });
    expect(s.Acme).toBeGreaterThan(s.Bolt);
  });

  it('ranks the subject and the speaker above an object in the same sentence', () => {
    expect(salience('Lee met Kim.', { Lee: 'PERSON', Kim: 'PERSON' }).Kim).toBeLessThan(1);
    expect(salience('Kim met Lee.', { Lee: 'PERSON', Kim: 'PERSON' }).Lee).toBeLessThan(1);
    const s = salience('“No,” said Lee to Kim.', { Lee: 'PERSON', Kim: 'PERSON' });
    expect(s.Lee).toBeGreaterThan(s.Kim);
  });

  it('weighs the place of a dateline little: it says where the story was filed', () => {
    const s = salience('Talks\n\nLAGOS — Lee met Kim. Later Kim spoke to reporters in Lagos.', { LAGOS: 'GPE', Lagos: 'GPE', Lee: 'PERSON', Kim: 'PERSON' });
    const lagos = Object.entries(s).find(([name]) => name.toLowerCase() === 'lagos')![1];
    expect(lagos).toBeLessThan(s.Kim);
  });

  it('keeps values low, even with no names in the text', () => {
    const s = salience('On Sunday 5 people came. On Sunday 7 left.', { Acme: 'ORG' });
    expect(Object.keys(s).length).toBeGreaterThan(0);
    for (const v of Object.values(s)) expect(v).toBeLessThanOrEqual(0.2);
    const t = salience('Lee came on Sunday.', { Lee: 'PERSON' });
    expect(t.Sunday).toBeLessThanOrEqual(0.2);
  });
});
