import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ArticleLimits } from '@newslens/core';
import { analyzeLines } from './batch.js';

/** A chunk of consecutive JSONL input lines, sent to a worker thread. */
export interface BatchChunk {
  lines: string[];
  firstLine: number;
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

const encoder = new TextEncoder();

/**
 * Worker-thread entry for piscina. Encoding here rather than in the main thread spreads that work
 * over the workers: the main thread receives one byte array a chunk instead of a string per line,
 * so it neither encodes nor allocates strings that its heap must collect. The bytes are moved to
 * the main thread, not copied.
 */
export default function analyzeChunk(chunk: BatchChunk): EncodedLines {
  const { lines, failed } = analyzeLines(chunk.lines, chunk.firstLine, chunk.limits);
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  const bytes = new Uint8Array(lines.reduce((n, line) => n + 3 * line.length + 1, 0));
  const ends: number[] = [];
  let at = 0;
  for (const line of lines) {
    at += encoder.encodeInto(line, bytes.subarray(at)).written;
    bytes[at++] = 0x0a;
    ends.push(at);
  }
  const result: EncodedLines = { bytes: bytes.slice(0, at), ends, failed };
  return move({ [transferableSymbol]: [result.bytes.buffer], [valueSymbol]: result }) as unknown as EncodedLines;
}
