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
 * Times each subject against a bare wink `readDoc` of the same text in the same process and run,
 * so machine noise cancels out of the ratios. Prints a table and writes `bench-results/<stage>.json`.
 * For a stage, `added` is its time as a share of readDoc's; for a whole pipeline, `vs readDoc` is
 * its throughput as a multiple of readDoc's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subject has a prepared type of its own
export async function runBench(stage: string, subjects: readonly BenchSubject<any>[], time = 1500): Promise<void> {
  // A bare wink instance of its own, as a user of wink alone would have it.
  const nlp = winkNLP(model);
  const rows: Row[] = [];
  for (const input of benchInputs()) {
    const tokens = nlp.readDoc(input.text).tokens().length();
    const bench = new Bench({ time, warmupTime: 300 });
    bench.add('readDoc', () => nlp.readDoc(input.text));
    for (const subject of subjects) {
      const prepared = subject.prepare(input.text);
      bench.add(subject.name, () => subject.run(prepared));
    }
    await bench.run();
    const period = (name: string) => {
      const result = bench.getTask(name)?.result as { period?: number } | undefined;
      if (!result?.period) throw new Error(`bench task ${name} did not finish`);
      return result.period;
    };
    const base = period('readDoc');
    rows.push({ input: input.name, subject: 'readDoc', tokens, 'tokens/s': Math.round((tokens / base) * 1000), 'ms/run': base });
    for (const subject of subjects) {
      const ms = period(subject.name);
      rows.push({
        input: input.name,
        subject: subject.name,
        tokens,
        'tokens/s': Math.round((tokens / ms) * 1000),
        'ms/run': ms,
        ...(subject.includesParse ? { 'vs readDoc': base / ms } : { added: `${((ms / base) * 100).toFixed(1)}%` }),
      });
    }
  }
  console.log(`\n## ${stage} bench\n\n${formatTable(rows)}`);
  mkdirSync('bench-results', { recursive: true });
  const out = join('bench-results', `${stage}.json`);
  writeFileSync(out, `${JSON.stringify({ stage, date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  console.log(`\nfigures written to ${out}`);
}
