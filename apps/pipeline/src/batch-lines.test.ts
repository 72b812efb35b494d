import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLines, MAX_SPARE_BYTES } from './batch-lines.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodeLines', () => {
  it('writes each line and a line feed, with the offset past each', () => {
    const { bytes, ends } = encodeLines(['{"a":1}', '{"b":"é€😀"}']);
    expect(decode(bytes)).toBe('{"a":1}\n{"b":"é€😀"}\n');
    expect(ends).toEqual([8, bytes.length]);
  });

  it('writes into a spare buffer that holds the lines, and views only what it wrote', () => {
    const spare = new ArrayBuffer(1024);
    const { bytes } = encodeLines(['x'.repeat(100), 'y'], spare);
    expect(bytes.buffer).toBe(spare);
    expect(bytes.length).toBe(103);
  });

  it('moves to a larger buffer when the spare is too small, keeping what was written', () => {
    const spare = new ArrayBuffer(16);
    const lines = ['short', '€'.repeat(40), 'after'];
    const { bytes, ends } = encodeLines(lines, spare);
    expect(bytes.buffer).not.toBe(spare);
    expect(decode(bytes)).toBe(`${lines.join('\n')}\n`);
    expect(ends).toEqual([6, 6 + 121, 6 + 121 + 6]);
  });

  it('cuts a buffer larger than the reusable size to what it wrote, so it is not kept', () => {
    const { bytes } = encodeLines(['a'.repeat(MAX_SPARE_BYTES)]);
    expect(bytes.length).toBe(MAX_SPARE_BYTES + 1);
    expect(bytes.buffer.byteLength).toBe(MAX_SPARE_BYTES + 1);
  });

  it('gives back the lines, each ending at its offset, whatever the spare and however the lines are written', () => {
    const line = fc.string({ unit: fc.constantFrom('a', '"', '\u00e9', '\u20ac', '\u{1F600}', '\\'), maxLength: 300 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.option(fc.nat({ max: 4096 })), (lines, spareBytes) => {
        const { bytes, ends } = encodeLines(lines, spareBytes === null ? undefined : new ArrayBuffer(spareBytes));
        expect(decode(bytes)).toBe(lines.map((l) => `${l}\n`).join(''));
        expect(ends).toHaveLength(lines.length);
        lines.forEach((l, i) => expect(decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]))).toBe(`${l}\n`));
      }),
    );
  });
});
