import { describe, expect, it } from 'vitest';
import { createDocument } from './document.js';
import { applyStage, type Stage } from './stage.js';

const sentences: Stage<never, 'sentences'> = {
  name: 'whole-text',
  requires: [],
  provides: 'sentences',
  run: (doc) => [{ start: 0, end: doc.text.length }],
};

const quotes: Stage<'sentences', 'quotes'> = {
  name: 'no-quotes',
  requires: ['sentences'],
  provides: 'quotes',
  run: () => [],
};

describe('applyStage', () => {
  it('adds the layer and leaves the input document unchanged', () => {
    const doc = createDocument('One sentence.');
    const next = applyStage(doc, sentences);
    expect(next.layers.sentences).toEqual([{ start: 0, end: 13 }]);
    expect(doc.layers).toEqual({});
    expect(next.parse).toBe(doc.parse);
  });

  it('refuses to run a stage whose required layer is missing', () => {
    const doc = createDocument('One sentence.');
    expect(() => applyStage(doc as never, quotes)).toThrow(/requires the "sentences" layer/);
  });
});
