import { describe, expect, it } from 'vitest';
import { base64Bytes, bytesToBase64, encodeDeltaVarints, forEachDeltaVarint } from './model-encoding.js';

describe('model encoding', () => {
  it('round-trips bytes through base64 of every length', () => {
    for (let length = 0; length <= 12; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 255);
      expect(Array.from(base64Bytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });

  it('writes the standard base64 alphabet', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
  });

  it('round-trips ascending keys through delta varints, large gaps included', () => {
    const keys = [0, 1, 127, 128, 300, 70_000, 2_000_000];
    const back: number[] = [];
    forEachDeltaVarint(Uint8Array.from(encodeDeltaVarints(keys)), (key, index) => (back[index] = key));
    expect(back).toEqual(keys);
  });
});
