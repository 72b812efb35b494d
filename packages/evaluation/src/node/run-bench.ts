import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Bench } from 'tinybench';
import { syntheticCorpus } from '../synthetic-corpus.js';
import { formatTable, type Row } from '../table.js';

/**
 * One thing to time. `prepare` runs outside the timing (parse, earlier stages); `run` is timed.
 * Set `includesParse` when `run` parses the text itself, as the whole pipeline does.
 */
export interface BenchSubject<P = unknown> {
  name: string;
  prepare(text: string): P;
  run(prepared: P): unknown;
  includesParse?: boolean;
}

interface BenchInput {
  name: string;
  text: string;
}

/** The seed article(s) and a synthetic corpus of about 100k tokens. */
function benchInputs(): BenchInput[] {
  const inputs: BenchInput[] = [];
  const seeds = findSeedsDir();
  if (seeds) {
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      inputs.push({ name: `seed ${file}`, text: readFileSync(join(seeds, file), 'utf8') });
    }
  }
  inputs.push({ name: 'synthetic 100k tokens', text: syntheticCorpus(100_000) });
  return inputs;
}

function findSeedsDir(): string | undefined {
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'seeds')) && existsSync(join(dir, 'turbo.json'))) return join(dir, 'seeds');
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Rounds per input: every task runs once in each, so a slow spell of the machine falls on all of
 * them. This machine has spells, seconds long, in which everything runs about 1.7 times slower
 * (a bare readDoc of the seed article: 1.6 ms for some seconds, then 0.9 ms).
 */
const ROUNDS = 9;

/**
 * Times each subject against a bare wink `readDoc` of the same text in the same process and run,
 * so machine noise cancels out of the ratios. Prints a table and writes `bench-results/<stage>.json`.
 * For a stage, `added` is its time as a share of readDoc's; for a whole pipeline, `vs readDoc` is
 * its throughput as a multiple of readDoc's.
 *
 * The time is split into ROUNDS rounds, each timing readDoc and then every subject (mean time per
 * run, so a subject's garbage collection counts against it); a subject's figure is the median over
 * the rounds of its ratio to readDoc in the same round, and `ms/run` the median of its rounds.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subject has a prepared type of its own
export async function runBench(stage: string, subjects: readonly BenchSubject<any>[], time = 1500): Promise<void> {
  // A bare wink instance of its own, as a user of wink alone would have it.
  const nlp = winkNLP(model);
  const rows: Row[] = [];
  for (const input of benchInputs()) {
    const tokens = nlp.readDoc(input.text).tokens().length();
    const prepared = subjects.map((subject) => subject.prepare(input.text));
    const baseTimes: number[] = [];
    const times: number[][] = subjects.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      // tinybench's minimum of 64 runs per task is shared out over the rounds (16 warm up in the
      // first), so a slow subject on the long input takes about as long as it would in one round.
      const bench = new Bench({
        time: time / ROUNDS,
        iterations: Math.ceil(64 / ROUNDS),
        warmupTime: round === 0 ? 300 : 20,
        warmupIterations: round === 0 ? 16 : 1,
      });
      bench.add('readDoc', () => nlp.readDoc(input.text));
      subjects.forEach((subject, k) => bench.add(subject.name, () => subject.run(prepared[k])));
      await bench.run();
      baseTimes.push(period(bench, 'readDoc'));
      subjects.forEach((subject, k) => times[k].push(period(bench, subject.name)));
    }
    const base = median(baseTimes);
    rows.push({ input: input.name, subject: 'readDoc', tokens, 'tokens/s': Math.round((tokens / base) * 1000), 'ms/run': base });
    subjects.forEach((subject, k) => {
      const ms = median(times[k]);
      const ratio = median(times[k].map((t, round) => t / baseTimes[round]));
      rows.push({
        input: input.name,
        subject: subject.name,
        tokens,
        'tokens/s': Math.round((tokens / ms) * 1000),
        'ms/run': ms,
        ...(subject.includesParse ? { 'vs readDoc': 1 / ratio } : { added: `${(ratio * 100).toFixed(1)}%` }),
      });
    });
  }
  console.log(`\n## ${stage} bench\n\n${formatTable(rows)}`);
  mkdirSync('bench-results', { recursive: true });
  const out = join('bench-results', `${stage}.json`);
  writeFileSync(out, `${JSON.stringify({ stage, date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  console.log(`\nfigures written to ${out}`);
}

/** Mean time per run of a finished task, in ms. */
function period(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result as { period?: number } | undefined;
  if (!result?.period) throw new Error(`bench task ${name} did not finish`);
  return result.period;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
