import { describe, expect, it } from 'vitest';
import { boundaryF1, exactListMatch, macroF1, pearson, prf, spanF1 } from './metrics.js';
import { formatTable } from './table.js';

describe('metrics', () => {
  it('computes precision, recall and F1, with 0 for empty denominators', () => {
    expect(prf(2, 1, 1)).toMatchObject({ precision: 2 / 3, recall: 2 / 3 });
    expect(prf(0, 0, 0).f1).toBe(0);
  });

  it('counts a span with the right offsets but the wrong type as both a false positive and a miss', () => {
    const gold = [{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 15, type: 'LOC' }];
    const pred = [{ start: 0, end: 5, type: 'ORG' }, { start: 10, end: 15, type: 'LOC' }];
    const { overall, byType } = spanF1(gold, pred);
    expect(overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(byType.PER).toMatchObject({ tp: 0, fn: 1 });
    expect(byType.ORG).toMatchObject({ tp: 0, fp: 1 });
  });

  it('counts a partial overlap as wrong', () => {
    expect(spanF1([{ start: 0, end: 9, type: 'PER' }], [{ start: 0, end: 5, type: 'PER' }]).overall.f1).toBe(0);
  });

  it('neither rewards nor penalises predicted boundaries marked neutral', () => {
    expect(boundaryF1([10, 20], [10, 15, 20], [15])).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(boundaryF1([10, 20], [10, 15], [])).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('averages F1 over classes, including a class never predicted', () => {
    const { macroF1: m, accuracy } = macroF1(['a', 'a', 'b'], ['a', 'a', 'a'], ['a', 'b']);
    expect(accuracy).toBeCloseTo(2 / 3);
    expect(m).toBeCloseTo(0.8 / 2);
  });

  it('correlates perfectly related series at 1 and constant series at 0', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 1, 1], [2, 4, 6])).toBe(0);
  });

  it('matches sentence lists exactly after trimming', () => {
    expect(exactListMatch(['A.', 'B.'], [' A.', 'B. '])).toBe(true);
    expect(exactListMatch(['A. B.'], ['A.', 'B.'])).toBe(false);
  });

  it('formats a table with a header rule and three-decimal fractions', () => {
    expect(formatTable([{ set: 'dev', f1: 0.98765 }])).toBe('| set | f1    |\n|-----|-------|\n| dev | 0.988 |');
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', async () => {
    const { seededRandom } = await import('./random.js');
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(8)()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('shuffleInPlace', () => {
  it('permutes the items in place, the same way for the same seed', async () => {
    const { seededRandom, shuffleInPlace } = await import('./random.js');
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffleInPlace(items, seededRandom(7));
    expect(shuffled).toBe(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(shuffleInPlace(Array.from({ length: 20 }, (_, i) => i), seededRandom(7))).toEqual(shuffled);
  });
});
