import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from './run-batch.js';

/** Runs a batch through the fixture worker and returns its output lines, parsed, and its summary. */
async function batch(lines: string[], jobs: number) {
  let out = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString('utf8');
      done();
    },
  });
  const summary = await runBatch(Readable.from([Buffer.from(lines.join('\n'))]), output, {
    failFast: false,
    jobs,
    workerUrl: new URL('./fixtures/failing-worker.mjs', import.meta.url),
  });
  return { records: out.trim().split('\n').map((line) => JSON.parse(line)), summary };
}

describe('runBatch when a worker fails', () => {
  it.each([1, 2])('gives an INTERNAL_ERROR record for each line of the failed chunks and goes on (--jobs %i)', async (jobs) => {
    // Chunks are 8 lines: lines 9-16 hold one whose worker exits, lines 17-24 one whose task throws.
    const lines = Array.from({ length: 30 }, (_, i) => (i === 10 ? 'exit' : i === 19 ? 'throw' : `record ${i + 1}`));
    const { records, summary } = await batch(lines, jobs);
    expect(records.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    const failed = records.filter((r) => r.error).map((r) => r.line);
    expect(failed).toEqual(Array.from({ length: 16 }, (_, i) => i + 9));
    expect(records[8].error.code).toBe('INTERNAL_ERROR');
    expect(records[8].error.message).toMatch(/^the worker analysing lines 9-16 failed: /);
    expect(records[29].echo).toBe('record 30');
    expect(summary).toEqual({ records: 30, failed: 16, interrupted: false, outputClosed: false });
  });
});

describe('runBatch output buffers', () => {
  it('moves each written output buffer back to a worker with a later chunk', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `record ${i + 1}`);
    const { records } = await batch(lines, 1);
    // The first chunks go out before any output is written; later ones carry a written buffer.
    expect(records[0].spare).toBe(0);
    expect(records.slice(-8).every((r) => r.spare === 64 * 1024)).toBe(true);
  });
});

describe('runBatch when its output fails', () => {
  /** An output that takes `okWrites` writes, then fails every write with an error of `code`. */
  function failingOutput(okWrites: number, code: string) {
    let writes = 0;
    return new Writable({
      write(_chunk, _encoding, done) {
        writes++;
        done(writes > okWrites ? Object.assign(new Error(`write ${code}`), { code }) : undefined);
      },
    });
  }
  const input = () => Readable.from([Buffer.from(Array.from({ length: 400 }, (_, i) => `record ${i + 1}`).join('\n'))]);
  const options = { failFast: false, jobs: 1, workerUrl: new URL('./fixtures/failing-worker.mjs', import.meta.url), outputName: 'out.jsonl' };

  it('stops reading and writing when the reader has gone (EPIPE), and says so', async () => {
    const summary = await runBatch(input(), failingOutput(2, 'EPIPE'), options);
    expect(summary.outputClosed).toBe(true);
    expect(summary.records).toBeLessThan(400);
  });

  it('rejects with an OutputError that names the output for any other write error', async () => {
    await expect(runBatch(input(), failingOutput(2, 'EIO'), options)).rejects.toThrow('cannot write out.jsonl: the device failed to write');
  });
});
