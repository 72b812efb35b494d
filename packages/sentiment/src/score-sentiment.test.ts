import { applyStage, createDocument, type Stage } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { sentimentStage } from './score-sentiment.js';

const wholeSentences: Stage<never, 'sentences'> = {
  name: 'test-sentences',
  requires: [],
  provides: 'sentences',
  run: (doc) => {
    const out = [];
    for (const m of doc.text.matchAll(/[^.]+\./g)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  },
};
const noEntities: Stage<'sentences', 'entities'> = { name: 'no-entities', requires: ['sentences'], provides: 'entities', run: () => [] };

function score(text: string) {
  const doc = applyStage(applyStage(applyStage(createDocument(text), wholeSentences), noEntities), sentimentStage);
  return doc.layers.sentiment;
}

describe('scoreSentiment', () => {
  it('labels a clearly hostile sentence negative and a warm one positive', () => {
    const { sentences } = score('The attack killed many and caused terrible suffering. The rescue was a wonderful success.');
    expect(sentences[0].label).toBe('negative');
    expect(sentences[1].label).toBe('positive');
  });

  it('keeps every score within -1..1', () => {
    const { sentences, document } = score('Good good good good good good good good great excellent superb.');
    expect(sentences[0].score).toBeLessThanOrEqual(1);
    expect(document.score).toBeGreaterThan(0);
  });

  it('scores a document with no sentences as neutral', () => {
    expect(score('').document).toEqual({ score: 0, label: 'neutral' });
  });
});
