import { describe, expect, it } from 'vitest';
import { ratingLabel, readRatings } from './ratings.js';

describe('readRatings', () => {
  it('reads id, mean and text, keeping tabs inside the text and skipping malformed lines', () => {
    const rows = readRatings('1\t-1.75\tThe plan failed.\n2\t0.3\tA\tB\n\nheader only\n3\tn/a\tNo rating.\n');
    expect(rows).toEqual([
      { id: '1', mean: -1.75, text: 'The plan failed.' },
      { id: '2', mean: 0.3, text: 'A\tB' },
    ]);
  });

  it('labels a mean within half a point of zero neutral', () => {
    expect([-0.5, -0.49, 0.49, 0.5].map(ratingLabel)).toEqual(['negative', 'neutral', 'neutral', 'positive']);
  });
});
