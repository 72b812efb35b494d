import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { ArticleLimits } from '@newslens/core';
import { analyzeRecord } from '../batch.js';

export interface BatchOptions extends ArticleLimits {
  failFast: boolean;
  quiet: boolean;
}

export interface BatchSummary {
  records: number;
  failed: number;
}

/**
 * Streams JSONL records from `input` to `output` one line at a time, so memory stays flat however
 * long the input is. Every input line yields exactly one output line, in input order.
 */
export async function runBatch(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: BatchOptions,
): Promise<BatchSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const summary: BatchSummary = { records: 0, failed: 0 };
  for await (const line of lines) {
    summary.records++;
    const result = analyzeRecord(line, summary.records, options);
    if ('error' in result) summary.failed++;
    if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
    if ('error' in result && options.failFast) break;
  }
  lines.close();
  return summary;
}
