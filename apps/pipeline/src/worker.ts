import type { ArticleLimits } from '@newslens/core';
import { analyzeLines, type AnalysedLines } from './batch.js';

/** A chunk of consecutive JSONL input lines, sent to a worker thread. */
export interface BatchChunk {
  lines: string[];
  firstLine: number;
  limits: ArticleLimits;
}

/** Worker-thread entry for piscina: returns the chunk's output lines, already serialised. */
export default function analyzeChunk(chunk: BatchChunk): AnalysedLines {
  return analyzeLines(chunk.lines, chunk.firstLine, chunk.limits);
}
