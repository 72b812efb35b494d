import { Piscina } from 'piscina';
import type { ArticleLimits } from '@newslens/core/input';
import { encodeLines, failedLines, MAX_SPARE_BYTES, maxLineBytes } from '../batch-lines.js';
import type { BatchChunk, EncodedLines } from '../worker.js';
import { lineChunks } from './line-chunks.js';
import { isClosedReader, OutputError } from './output-error.js';
import type { ProgressBar } from './progress.js';

export interface BatchOptions extends ArticleLimits {
  failFast: boolean;
  /** Worker threads that analyse the articles. */
  jobs: number;
  /** The worker-thread entry; defaults to the built worker beside this module. */
  workerUrl?: URL;
  progress?: ProgressBar;
  /** Aborting stops reading input; records already under way are finished and written. */
  signal?: AbortSignal;
  /** Names the output in the error a failed write gives ("out.jsonl", "standard output"). */
  outputName?: string;
}

export interface BatchSummary {
  records: number;
  failed: number;
  interrupted: boolean;
  /** The output's reader went away (EPIPE, as after `| head`): writing and reading stopped there. */
  outputClosed: boolean;
}

/** Lines sent to a worker at once: enough to amortise the message cost, few enough to keep order cheap. */
const CHUNK_LINES = 8;
/** A chunk closes early past this many bytes, so one huge article does not hold back a whole chunk. */
const CHUNK_BYTES = 200_000;
/** Chunks under way per worker: keeps workers busy while bounding memory, however long the input. */
const IN_FLIGHT_PER_JOB = 4;
/** Young-generation limit of each worker, in MB. */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Resolves when `output` can take more, or has failed or closed (the caller then checks why). */
function drained(output: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('error', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('error', done);
    output.on('close', done);
  });
}

/** An INTERNAL_ERROR record for each line of a chunk whose worker failed, so the batch still has one output line per input line. */
function failedChunk(chunk: BatchChunk, error: unknown): EncodedLines {
  const last = chunk.firstLine + chunk.ends.length - 1;
  const reason = `the worker analysing lines ${chunk.firstLine}-${last} failed: ${error instanceof Error ? error.message : String(error)}`;
  return { ...encodeLines(failedLines(chunk.firstLine, chunk.ends.length, reason)), failed: chunk.ends.map((_, i) => i) };
}

/**
 * Streams JSONL records from `input` to `output`. Every input line yields exactly one output line,
 * in input order, and memory stays flat: input is read only as fast as results are written.
 */
export async function runBatch(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: BatchOptions,
): Promise<BatchSummary> {
  // The main thread only reads, orders and writes; articles are analysed in worker threads, so this
  // thread never loads the pipeline's models, and --jobs 1 and --jobs 2 run the same code.
  const pool = new Piscina({
    filename: (options.workerUrl ?? new URL('../worker.js', import.meta.url)).href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    // A small young generation (V8's default grows to 48 MB a worker): with it, and the heap growth
    // the CLI sets for batch mode, a worker's memory stays near its models' size over any number of
    // articles instead of swelling between full collections.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const limits: ArticleLimits = options.maxChars === undefined ? {} : { maxChars: options.maxChars };
  // Output buffers already written, to move back to a worker with the next chunk (see worker.ts).
  const spares: ArrayBuffer[] = [];
  // The chunk's bytes are moved to the worker, not copied. A worker that fails (it died, or threw
  // past analyzeChunk's own guard) costs its chunk's records, not the batch: piscina starts another.
  const analyse = (chunk: BatchChunk): Promise<EncodedLines> => {
    const spare = spares.pop();
    const task = spare ? { ...chunk, spare } : chunk;
    const transferList = spare ? [chunk.bytes.buffer, spare] : [chunk.bytes.buffer];
    return pool.run(task, { transferList }).catch((error: unknown) => failedChunk(chunk, error));
  };
  const summary: BatchSummary = { records: 0, failed: 0, interrupted: false, outputClosed: false };
  const pending: Promise<EncodedLines>[] = [];
  const maxInFlight = Math.max(1, options.jobs * IN_FLIGHT_PER_JOB);
  let stop = false;
  let bytesRead = 0;
  // A failed output stops the batch: nothing more is read or written. Listening also keeps the
  // failure from being an unhandled 'error' event, which would end the process with a stack trace.
  let outputError: unknown;
  /** Settles once the last write so far is done: the batch ends only then, so any failure of it is seen here. */
  let lastWrite: Promise<void> = Promise.resolve();
  const onOutputError = (error: unknown) => {
    outputError ??= error;
    stop = true;
  };
  output.on('error', onOutputError);

  const writeNext = async (): Promise<void> => {
    const result = await (pending.shift() as Promise<EncodedLines>);
    if (stop) return;
    const count = result.ends.length;
    const cut = options.failFast && result.failed.length > 0 ? result.failed[0] + 1 : count;
    const buffer = result.bytes.buffer;
    let written = false;
    lastWrite = new Promise((resolve) => {
      written = output.write(result.bytes.subarray(0, result.ends[cut - 1]), (error) => {
        if (error) onOutputError(error);
        else if (buffer.byteLength <= MAX_SPARE_BYTES && spares.length < maxInFlight) spares.push(buffer);
        resolve();
      });
    });
    if (!written && !stop) await drained(output);
    summary.records += cut;
    summary.failed += result.failed.filter((i) => i < cut).length;
    options.progress?.update(summary.records, bytesRead);
    if (cut < count || (options.failFast && result.failed.length > 0)) stop = true;
  };

  try {
    const chunkLimits = { maxLines: CHUNK_LINES, maxBytes: CHUNK_BYTES, maxLineBytes: maxLineBytes(limits) };
    for await (const chunk of lineChunks(input as AsyncIterable<Uint8Array | string>, chunkLimits)) {
      if (stop || options.signal?.aborted) break;
      bytesRead += chunk.inputBytes;
      const { bytes, ends, dropped, firstLine } = chunk;
      pending.push(analyse({ bytes, ends, dropped, firstLine, limits }));
      while (pending.length >= maxInFlight && !stop) await writeNext();
    }
    while (pending.length > 0) await writeNext();
    await lastWrite;
  } finally {
    output.off('error', onOutputError);
    await pool.destroy();
  }
  if (outputError !== undefined && !isClosedReader(outputError)) throw new OutputError(options.outputName ?? 'the output', outputError);
  summary.outputClosed = outputError !== undefined;
  summary.interrupted = Boolean(options.signal?.aborted);
  return summary;
}
