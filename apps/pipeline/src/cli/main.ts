import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { EXIT, reportError } from './error-boundary.js';
import { parseArgs } from './parse-args.js';
import { fileSize, readInput } from './read-input.js';
import { ProgressBar } from './progress.js';
import { isClosedReader, OutputError } from './output-error.js';
import { runBatch } from './run-batch.js';
import type { CliRequest } from './options.js';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const VERSION = '0.1.0';

/** Runs the newslens command line and resolves to its exit status; it never throws. */
export async function main(argv: readonly string[], io: CliIO = process): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const request = parseArgs(argv, VERSION);
    if (request.command !== 'analyze') return EXIT.OK;
    debug = request.debug;
    return request.jsonl ? await analyzeBatch(request, io) : await analyzeOne(request, io);
  } catch (error) {
    return reportError(error, io.stderr, debug);
  }
}

type AnalyzeRequest = Extract<CliRequest, { command: 'analyze' }>;

async function analyzeOne(request: AnalyzeRequest, io: CliIO): Promise<number> {
  // Loaded here rather than at the top: batch mode with workers never needs the pipeline in this thread.
  const [{ analyze }, { render }] = await Promise.all([import('../analyze.js'), import('./render.js')]);
  const input = await readInput(request.file, request.maxChars, io.stdin);
  const source = input.path ?? 'standard input';
  const report = analyze(input.text, {
    maxChars: request.maxChars,
    source,
    input: { ...(input.path ? { path: input.path } : {}), sha256: input.sha256 },
  });
  const rendered = render(report, request.format);
  if (!request.out) return (await writeOut(io.stdout, rendered)) ? EXIT.OK : EXIT.OUTPUT_CLOSED;
  try {
    await writeFile(request.out, rendered);
  } catch (error) {
    throw new OutputError(request.out, error);
  }
  return EXIT.OK;
}

/**
 * Writes the report to standard output and resolves once it is written: false when the reader has
 * gone (`| head`), which ends the command quietly, as it ends any Unix tool; other write errors
 * reject. The listener stays, so a failure the stream reports later is no unhandled 'error' event.
 */
function writeOut(stdout: NodeJS.WritableStream, text: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let failure: unknown;
    stdout.on('error', (error) => (failure ??= error));
    stdout.write(text, (error) => {
      const cause = error ?? failure;
      if (cause === undefined || cause === null) resolve(true);
      else if (isClosedReader(cause)) resolve(false);
      else reject(new OutputError('standard output', cause));
    });
  });
}

/**
 * V8 lets a heap grow to several times its live data between full collections; over a batch of
 * thousands of articles that reads as a leak (600 MB for 10,000 articles on two workers). Capping
 * the growth at half the live size, with 12 MB young generations, keeps it near 400 MB for about 5%
 * more CPU; a tighter cap costs more (10%: 390 MB, +15% CPU). Set before the workers start, so it
 * holds for them too.
 */
const BATCH_HEAP_GROWTH = '--heap-growing-percent=50';

/**
 * V8 optimises hot functions on background threads, which is quicker while a core is free, but with
 * a worker on every core those threads only take turns with the workers. Then each worker compiles
 * on its own thread: on 527 news articles with two workers on two cores, 4.80 → 4.53 s and 8.9 →
 * 8.2 s of CPU (medians of five alternating runs); with one worker, background compiling stays
 * (4.3 s, against 5.7 s without it).
 */
const COMPILE_ON_WORKER_THREADS = '--no-concurrent-recompilation';

/** Opens the batch's output file before any work starts, so a path that cannot be written fails at once. */
function openOutput(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path);
  return new Promise((resolve, reject) => {
    stream.once('ready', () => resolve(stream));
    stream.once('error', (error) => reject(new OutputError(path, error)));
  });
}

/** The signals that end a batch cleanly: Ctrl-C, and the polite request to stop that `kill` and `timeout` send. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

async function analyzeBatch(request: AnalyzeRequest, io: CliIO): Promise<number> {
  setFlagsFromString(BATCH_HEAP_GROWTH);
  if (request.jobs >= availableParallelism()) setFlagsFromString(COMPILE_ON_WORKER_THREADS);
  const fromStdin = request.file === undefined || request.file === '-';
  const size = fromStdin ? undefined : await fileSize(request.file as string);
  const input = fromStdin ? io.stdin : createReadStream(request.file as string);
  const output = request.out ? await openOutput(request.out) : io.stdout;
  const stderr = io.stderr as NodeJS.WriteStream;
  const progress = !request.quiet && stderr.isTTY ? new ProgressBar(stderr, size) : undefined;
  // Ctrl-C (SIGINT), or SIGTERM from `kill` or `timeout`, stops reading; what is under way is
  // finished, so the output stays whole lines.
  const interrupt = new AbortController();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (received: NodeJS.Signals) => {
    signal ??= received;
    interrupt.abort();
  };
  for (const name of STOP_SIGNALS) process.once(name, onSignal);
  try {
    const summary = await runBatch(input, output, {
      maxChars: request.maxChars,
      failFast: request.failFast,
      jobs: request.jobs,
      progress,
      signal: interrupt.signal,
      outputName: request.out ?? 'standard output',
    });
    if (request.out) await new Promise<void>((resolve) => output.end(() => resolve()));
    progress?.clear();
    // The reader of standard output has gone (`| head`): stop quietly, as any Unix tool does.
    if (summary.outputClosed) return EXIT.OUTPUT_CLOSED;
    if (!request.quiet || summary.failed > 0 || summary.interrupted) {
      const ended = summary.interrupted ? ` (stopped by ${signal})` : '';
      stderr.write(`newslens: ${summary.records} records, ${summary.records - summary.failed} analysed, ${summary.failed} failed${ended}\n`);
    }
    if (summary.interrupted) return signal === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED;
    return request.failFast && summary.failed > 0 ? EXIT.INPUT : EXIT.OK;
  } finally {
    for (const name of STOP_SIGNALS) process.off(name, onSignal);
  }
}
