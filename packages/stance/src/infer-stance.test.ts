import { createDocument, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { inferStance } from './infer-stance.js';

describe('inferStance', () => {
  it('finds no relations when there are no entities', () => {
    const doc = withLayer(createDocument('Nothing happened.'), 'sentences', [{ start: 0, end: 17 }]);
    const full = withLayer(
      withLayer(withLayer(doc, 'entities', []), 'quotes', []),
      'sentiment',
      { sentences: [{ score: 0, label: 'neutral' }], document: { score: 0, label: 'neutral' }, entities: {} },
    );
    expect(inferStance(full)).toEqual([]);
  });
});
