import { describe, expect, it } from 'vitest';
import { decodeFeatureIds, decodeWeights, encodeFeatureIds, encodeWeights, fromBase64, toBase64 } from './model-codec.js';

describe('model codec', () => {
  it('round-trips bytes through base64 of every length', () => {
    for (let length = 0; length <= 12; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 255);
      expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('writes the standard base64 alphabet', () => {
    expect(toBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
  });

  it('round-trips increasing feature ids, large gaps included', () => {
    const ids = [0, 1, 127, 128, 300, 70_000, 2_000_000];
    expect(Array.from(decodeFeatureIds(encodeFeatureIds(ids)))).toEqual(ids);
  });

  it('round-trips signed byte weights', () => {
    const w = [-127, -1, 0, 1, 127];
    expect(Array.from(decodeWeights(encodeWeights(w)))).toEqual(w);
  });
});
