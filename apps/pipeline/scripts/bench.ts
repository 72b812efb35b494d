// Benchmarks the whole pipeline against a bare wink readDoc and compromise, then batch mode:
// --jobs 1 against --jobs 2 through the CLI (process start included), and peak memory for 100
// against 10,000 articles. Figures go to bench-results/pipeline.json and bench-results/batch.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { formatTable, type Row } from '@newslens/evaluation';
import { runBench } from '@newslens/evaluation/node';
import { renderJson } from '@newslens/report';
import { analyze } from '../src/analyze.js';
import { runBatch } from '../src/cli/run-batch.js';
import { articlesJsonl } from './articles.js';

await runBench('pipeline', [
  { name: 'pipeline + JSON', prepare: (text: string) => text, run: (text: string) => renderJson(analyze(text)), includesParse: true },
  { name: 'compromise full parse', prepare: (text: string) => text, run: (text: string) => nlp(text).json(), includesParse: true },
]);

const BIN = fileURLToPath(new URL('../bin/newslens.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
const wink = winkNLP(model);

function corpus(count: number): { path: string; tokens: number } {
  const jsonl = articlesJsonl(count);
  const path = join(dir, `articles-${count}.jsonl`);
  writeFileSync(path, jsonl);
  let tokens = 0;
  for (const line of jsonl.trim().split('\n')) tokens += wink.readDoc(JSON.parse(line).text).tokens().length();
  return { path, tokens };
}

/** Seconds for the CLI to analyse a file, process start included. */
function timeCli(path: string, jobs: number): number {
  const started = performance.now();
  execFileSync(process.execPath, [BIN, 'analyze', '--jsonl', '--quiet', '--jobs', String(jobs), '--out', join(dir, 'out.jsonl'), path]);
  return (performance.now() - started) / 1000;
}

/** Seconds for a bare readDoc over every article of a corpus, in this process. */
function timeReadDoc(path: string): number {
  const texts = execFileSync('cat', [path], { encoding: 'utf8', maxBuffer: 1 << 30 }).trim().split('\n').map((l) => JSON.parse(l).text);
  for (const t of texts.slice(0, 50)) wink.readDoc(t);
  const started = performance.now();
  for (const t of texts) wink.readDoc(t);
  return (performance.now() - started) / 1000;
}

/** Peak resident memory (MB) while batch mode runs over a corpus in this process. */
async function peakRss(path: string, jobs: number): Promise<{ peak: number; records: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  // Workers run the built code: worker threads do not inherit the TypeScript loader this script runs under.
  const workerUrl = new URL('../dist/worker.js', import.meta.url);
  const summary = await runBatch(createReadStream(path), sink, { failFast: false, jobs, workerUrl });
  clearInterval(timer);
  return { peak: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, records: summary.records };
}

const batch = corpus(2000);
const readDocSeconds = timeReadDoc(batch.path);
const jobs1 = timeCli(batch.path, 1);
const jobs2 = timeCli(batch.path, 2);
const rows: Row[] = [
  { measure: 'bare readDoc, in process', articles: 2000, tokens: batch.tokens, seconds: readDocSeconds, 'tokens/s': Math.round(batch.tokens / readDocSeconds) },
  { measure: 'newslens --jsonl --jobs 1', articles: 2000, tokens: batch.tokens, seconds: jobs1, 'tokens/s': Math.round(batch.tokens / jobs1), 'vs readDoc': readDocSeconds / jobs1 },
  { measure: 'newslens --jsonl --jobs 2', articles: 2000, tokens: batch.tokens, seconds: jobs2, 'tokens/s': Math.round(batch.tokens / jobs2), 'vs readDoc': readDocSeconds / jobs2, 'vs jobs 1': jobs1 / jobs2 },
];
const small = corpus(100);
const large = corpus(10_000);
const memSmall = await peakRss(small.path, 2);
const memLarge = await peakRss(large.path, 2);
const memory: Row[] = [
  { articles: 100, records: memSmall.records, 'peak RSS MB': memSmall.peak },
  { articles: 10_000, records: memLarge.records, 'peak RSS MB': memLarge.peak, 'vs 100': memLarge.peak / memSmall.peak },
];
console.log(`\n## batch mode\n\n${formatTable(rows)}\n\n## memory, --jobs 2\n\n${formatTable(memory)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/batch.json', `${JSON.stringify({ date: new Date().toISOString(), rows, memory }, null, 2)}\n`);
console.log('\nfigures written to bench-results/batch.json');
