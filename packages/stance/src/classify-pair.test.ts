import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { classifyPair, swapDirection } from './classify-pair.js';

function classify(text: string, p: string, q: string) {
  const doc = createDocument(text);
  const ps = text.indexOf(p);
  const qs = text.indexOf(q);
  return classifyPair(doc, { start: ps, end: ps + p.length }, { start: qs, end: qs + q.length });
}

describe('classifyPair', () => {
  it('reads "A condemned B" as A opposing B', () => {
    expect(classify('Smith condemned Jones for the attack.', 'Smith', 'Jones')?.label).toBe('p-opposes-q');
  });

  it('reads "B was praised by A" as A supporting B (passive turns the direction)', () => {
    expect(classify('Jones was praised by Smith.', 'Jones', 'Smith')?.label).toBe('q-supports-p');
  });

  it('reads "A praised B" as A supporting B', () => {
    expect(classify('Smith praised Jones.', 'Smith', 'Jones')?.label).toBe('p-supports-q');
  });

  it('reads the cue nearest B where both kinds stand between ("opposed the tariffs and praised B")', () => {
    expect(classify('Smith has repeatedly opposed sanctions on gas imports and has praised Jones.', 'Smith', 'Jones')?.label).toBe('p-supports-q');
  });

  it('reads plain co-occurrence as neutral', () => {
    expect(classify('Smith and Jones met in Paris on Monday.', 'Smith', 'Jones')?.label).toBe('neutral');
  });

  it('reads "vowed to uphold B’s sovereignty" as support for B, the possessor', () => {
    expect(classify('Germany has vowed to uphold Poland’s sovereignty.', 'Germany', 'Poland')?.label).toBe('p-supports-q');
  });

  it('reports the class in the caller’s order when p comes second in the text', () => {
    const forward = classify('Smith condemned Jones for the attack.', 'Smith', 'Jones');
    const doc = createDocument('Smith condemned Jones for the attack.');
    const backward = classifyPair(doc, { start: 16, end: 21 }, { start: 0, end: 5 });
    expect(backward?.label).toBe('q-opposes-p');
    expect(backward?.probabilities['q-opposes-p']).toBeCloseTo(forward!.probabilities['p-opposes-q'], 6);
  });

  it('gives probabilities that sum to one', () => {
    const r = classify('Smith praised Jones.', 'Smith', 'Jones')!;
    expect(Object.values(r.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('returns undefined for overlapping or empty spans', () => {
    const doc = createDocument('Smith praised Jones.');
    expect(classifyPair(doc, { start: 0, end: 5 }, { start: 2, end: 4 })).toBeUndefined();
    expect(classifyPair(doc, { start: 5, end: 6 }, { start: 14, end: 19 })).toBeUndefined();
    expect(classifyPair(createDocument(''), { start: 0, end: 0 }, { start: 0, end: 0 })).toBeUndefined();
  });

  it('swaps directions both ways and leaves neutral alone', () => {
    expect(swapDirection('p-supports-q')).toBe('q-supports-p');
    expect(swapDirection('q-opposes-p')).toBe('p-opposes-q');
    expect(swapDirection('neutral')).toBe('neutral');
  });
});
