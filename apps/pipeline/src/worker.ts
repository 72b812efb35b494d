import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ArticleLimits } from '@newslens/core';
import { analyzeLines, type BatchLine } from './batch.js';
import { encodeLines } from './batch-lines.js';
import type { LineChunk } from './cli/line-chunks.js';

/** A chunk of consecutive JSONL input lines, sent to a worker thread as the bytes the main thread read. */
export interface BatchChunk extends Pick<LineChunk, 'bytes' | 'ends' | 'dropped' | 'firstLine'> {
  limits: ArticleLimits;
}

/** A chunk's output lines, already serialised and encoded, so the main thread only writes bytes. */
export interface EncodedLines {
  /** The lines in UTF-8, each ending in a line feed. */
  bytes: Uint8Array;
  /** Byte offset just past each line. */
  ends: number[];
  /** Which lines (by index) are error records. */
  failed: number[];
}

/**
 * Worker-thread entry for piscina. Decoding and encoding here rather than in the main thread spreads
 * that work over the workers: the main thread sends and receives one byte array a chunk instead of
 * a string per line, so it allocates no strings that its heap must collect. The bytes are moved
 * both ways, not copied.
 */
export default function analyzeChunk(chunk: BatchChunk): EncodedLines {
  const input: BatchLine[] = chunk.ends.map((end, i) => chunk.bytes.subarray(i === 0 ? 0 : chunk.ends[i - 1], end));
  for (const { index, bytes } of chunk.dropped) input[index] = { droppedBytes: bytes };
  const { lines, failed } = analyzeLines(input, chunk.firstLine, chunk.limits);
  const result: EncodedLines = { ...encodeLines(lines), failed };
  return move({ [transferableSymbol]: [result.bytes.buffer], [valueSymbol]: result }) as unknown as EncodedLines;
}
