import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineChunks, type ChunkLimits, type LineChunk } from './line-chunks.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function* pieces(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

async function chunksOf(parts: readonly Uint8Array[], limits: ChunkLimits = { maxLines: 8, maxBytes: 1000, maxLineBytes: 1000 }): Promise<LineChunk[]> {
  const chunks: LineChunk[] = [];
  for await (const chunk of lineChunks(pieces(parts), limits)) chunks.push(chunk);
  return chunks;
}

/** Each line of each chunk, decoded, with its line number. */
function linesOf(chunks: readonly LineChunk[]): [number, string][] {
  return chunks.flatMap((chunk) =>
    chunk.ends.map((end, i): [number, string] => [
      chunk.firstLine + i,
      new TextDecoder().decode(chunk.bytes.subarray(i === 0 ? 0 : chunk.ends[i - 1], end)),
    ]),
  );
}

describe('lineChunks', () => {
  it('splits at line feeds, drops a carriage return before one, and keeps empty lines', async () => {
    const chunks = await chunksOf([bytes('{"a":1}\r\n\n{"b":2}\nlast')]);
    expect(linesOf(chunks)).toEqual([[1, '{"a":1}'], [2, ''], [3, '{"b":2}'], [4, 'last']]);
  });

  it('joins a line, and a multi-byte character, split across reads', async () => {
    const whole = bytes('first\nM\u00fcnchen \u201cquoted\u201d\nthird\n');
    const chunks = await chunksOf([whole.subarray(0, 8), whole.subarray(8, 9), whole.subarray(9, 15), whole.subarray(15)]);
    expect(linesOf(chunks).map(([, line]) => line)).toEqual(['first', 'M\u00fcnchen \u201cquoted\u201d', 'third']);
  });

  it('gives no line for empty input or a final line feed, and one for a final line without it', async () => {
    expect(await chunksOf([])).toEqual([]);
    expect(linesOf(await chunksOf([bytes('one\n')]))).toEqual([[1, 'one']]);
    expect(linesOf(await chunksOf([bytes('one\ntwo')]))).toEqual([[1, 'one'], [2, 'two']]);
  });

  it('closes a chunk at the line limit and at the byte limit, numbering lines across chunks', async () => {
    const byLines = await chunksOf([bytes('a\nb\nc\nd\ne\n')], { maxLines: 2, maxBytes: 1000, maxLineBytes: 1000 });
    expect(byLines.map((c) => [c.firstLine, c.ends.length])).toEqual([[1, 2], [3, 2], [5, 1]]);
    const long = 'x'.repeat(50);
    const byBytes = await chunksOf([bytes(`${long}\nshort\n${long}\n${long}\n`)], { maxLines: 8, maxBytes: 50, maxLineBytes: 1000 });
    expect(byBytes.map((c) => [c.firstLine, c.ends.length])).toEqual([[1, 1], [2, 2], [4, 1]]);
  });

  it('drops the bytes of a line over maxLineBytes as they come, and keeps the lines around it', async () => {
    const long = bytes(`{"text": "${'x'.repeat(100)}"}`);
    const input = [bytes('{"a":1}\n'), long.subarray(0, 40), long.subarray(40), bytes('\n{"b":2}\n'), long, bytes('\r\n')];
    const chunks = await chunksOf(input, { maxLines: 8, maxBytes: 1000, maxLineBytes: 50 });
    expect(linesOf(chunks)).toEqual([[1, '{"a":1}'], [2, ''], [3, '{"b":2}'], [4, '']]);
    expect(chunks[0].dropped).toEqual([{ index: 1, bytes: long.length }, { index: 3, bytes: long.length + 1 }]);
    expect(chunks[0].inputBytes).toBe(input.reduce((n, part) => n + part.length, 0));
    const atLimit = await chunksOf([long], { maxLines: 8, maxBytes: 1000, maxLineBytes: long.length });
    expect(atLimit[0].dropped).toEqual([]);
  });

  it('hands bytes that are not UTF-8 through untouched, for the worker to refuse', async () => {
    const [chunk] = await chunksOf([Uint8Array.of(0x7b, 0xe9, 0x7d, 0x0a)]);
    expect([...chunk.bytes]).toEqual([0x7b, 0xe9, 0x7d]);
  });

  it('loses and adds no byte, however the input is split into reads', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', ' ', '\u00e9', '\u201c', '\r', '{', '"'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (lines, finalBreak, cuts) => {
        const input = bytes(lines.join('\n') + (finalBreak && lines.length > 0 ? '\n' : ''));
        const at = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...at].map((from, i) => input.subarray(from, [...at, input.length][i]));
        const chunks = await chunksOf(parts, { maxLines: 3, maxBytes: 20, maxLineBytes: 1000 });
        const expected = input.length === 0 ? [] : lines.map((l) => l.replace(/\r$/, ''));
        if (input.length > 0 && !finalBreak && lines[lines.length - 1] === '') expected.pop();
        expect(linesOf(chunks).map(([, l]) => l)).toEqual(expected);
        expect(chunks.reduce((n, c) => n + c.inputBytes, 0)).toBe(input.length);
      }),
    );
  });
});
