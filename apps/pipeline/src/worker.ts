import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ArticleLimits } from '@newslens/core';
import { analyzeLines, type BatchLine } from './batch.js';
import { encodeLines } from './batch-lines.js';
import type { LineChunk } from './cli/line-chunks.js';

/** A chunk of consecutive JSONL input lines, sent to a worker thread as the bytes the main thread read. */
export interface BatchChunk extends Pick<LineChunk, 'bytes' | 'ends' | 'dropped' | 'firstLine'> {
  limits: ArticleLimits;
  /** An output buffer the main thread has written out, moved back here to be written into again. */
  spare?: ArrayBuffer;
}

/** A chunk's output lines, already serialised and encoded, so the main thread only writes bytes. */
export interface EncodedLines {
  /** The lines in UTF-8, each ending in a line feed. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Byte offset just past each line. */
  ends: number[];
  /** Which lines (by index) are error records. */
  failed: number[];
}

/** Output buffers handed back by the main thread, largest last; a few cover the chunks under way. */
const spares: ArrayBuffer[] = [];
const SPARES_KEPT = 4;

/** Keeps a returned buffer, dropping the smallest when more than SPARES_KEPT are kept. */
function keepSpare(spare: ArrayBuffer): void {
  spares.push(spare);
  spares.sort((a, b) => a.byteLength - b.byteLength);
  if (spares.length > SPARES_KEPT) spares.shift();
}

/**
 * Worker-thread entry for piscina. Decoding and encoding here rather than in the main thread spreads
 * that work over the workers: the main thread sends and receives one byte array a chunk instead of
 * a string per line, so it allocates no strings that its heap must collect. The bytes are moved
 * both ways, not copied, and output buffers circulate: once the main thread has written one, it
 * moves it back with a later chunk. A buffer moved into the main thread and left there would be
 * freed only by that thread's rare full collections, which its small heap hardly needs: 40 MB of
 * them piled up over 6,400 articles.
 */
export default function analyzeChunk(chunk: BatchChunk): EncodedLines {
  const input: BatchLine[] = chunk.ends.map((end, i) => chunk.bytes.subarray(i === 0 ? 0 : chunk.ends[i - 1], end));
  for (const { index, bytes } of chunk.dropped) input[index] = { droppedBytes: bytes };
  const { lines, failed } = analyzeLines(input, chunk.firstLine, chunk.limits);
  if (chunk.spare) keepSpare(chunk.spare);
  const result: EncodedLines = { ...encodeLines(lines, spares.pop()), failed };
  return move({ [transferableSymbol]: [result.bytes.buffer], [valueSymbol]: result }) as unknown as EncodedLines;
}
