import { describe, expect, it } from 'vitest';
import { decodeFeatureIds, decodeWeights, encodeFeatureIds, encodeWeights } from './model-codec.js';

describe('model codec', () => {
  it('round-trips increasing feature ids, large gaps included', () => {
    const ids = [0, 1, 127, 128, 300, 70_000, 2_000_000];
    expect(Array.from(decodeFeatureIds(encodeFeatureIds(ids)))).toEqual(ids);
  });

  it('round-trips signed byte weights', () => {
    const w = [-127, -1, 0, 1, 127];
    expect(Array.from(decodeWeights(encodeWeights(w)))).toEqual(w);
  });
});
