// Benchmarks the whole pipeline against a bare wink readDoc and compromise, then batch mode:
// --jobs 1 against --jobs 2 through the CLI (process start included), beside a bare readDoc both
// in this process and in a process of its own, and the CLI's peak resident memory for 100 against
// 10,000 articles, and, when the datasets are beside the repo, --jobs 1 and 2 on about 500k tokens of
// real news beside a bare readDoc of them, warm and in a process of its own. Each CLI run is given
// as a ratio to both readDocs. Figures go to bench-results/pipeline.json and bench-results/batch.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { formatTable, type Row } from '@newslens/evaluation';
import { findDatasetsDir, runBench } from '@newslens/evaluation/node';
import { renderJson } from '@newslens/report';
import { analyze } from '../src/analyze.js';
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
  const texts = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l).text);
  for (const t of texts.slice(0, 50)) wink.readDoc(t);
  const started = performance.now();
  for (const t of texts) wink.readDoc(t);
  return (performance.now() - started) / 1000;
}

/**
 * Seconds for a bare readDoc over every article of a corpus in `parts` fresh processes running at
 * once, each reading every parts-th article: node's start, wink's model load and its first, cold
 * parses included, as they are in the CLI's time. Two processes against one tell how much a second
 * core gives wink alone on this machine, the ceiling for --jobs 2 against --jobs 1.
 */
async function timeReadDocProcesses(path: string, parts: number): Promise<number> {
  const script = (part: number) => `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; import { readFileSync } from 'node:fs';
    const nlp = winkNLP(model); const lines = readFileSync(${JSON.stringify(path)}, 'utf8').trim().split('\\n');
    for (let i = ${part}; i < lines.length; i += ${parts}) nlp.readDoc(JSON.parse(lines[i]).text);`;
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parts }, (_, part) => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script(part)], { cwd, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bare readDoc process exited with ${code}`))));
    })),
  );
  return (performance.now() - started) / 1000;
}

/**
 * The CLI's peak resident memory (MB, Linux's VmHWM: all threads) over a batch run with the default
 * --jobs, and how many lines it wrote.
 */
function peakRss(path: string): Promise<{ peak: number; lines: number }> {
  const output = join(dir, 'out.jsonl');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'analyze', '--jsonl', '--quiet', '--out', output, path], { stdio: 'ignore' });
    let peakKb = 0;
    const timer = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // The process has just ended.
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ peak: peakKb / 1024, lines: readFileSync(output, 'utf8').trim().split('\n').length });
      else reject(new Error(`newslens exited with ${code} on ${path}`));
    });
  });
}

/**
 * About 500k tokens of real news for the end-to-end figure: the first PolNeAR train articles
 * (longer than the synthetic ones, with a vocabulary that keeps growing), when the datasets are
 * beside the repo. Copied to the bench's temporary folder only, never into the repo.
 */
function newsCorpus(tokenTarget = 500_000): { path: string; tokens: number; articles: number } | undefined {
  const datasets = findDatasetsDir();
  const source = datasets && join(datasets, 'polnear-quotes', 'train.jsonl');
  if (!source || !existsSync(source)) return undefined;
  const lines: string[] = [];
  let tokens = 0;
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (tokens >= tokenTarget) break;
    if (line.trim() === '') continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    tokens += wink.readDoc(text).tokens().length();
    lines.push(JSON.stringify({ id, text }));
  }
  const path = join(dir, 'news.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, tokens, articles: lines.length };
}

const batch = corpus(2000);
const readDocSeconds = timeReadDoc(batch.path);
const readDocProcessSeconds = await timeReadDocProcesses(batch.path, 1);
const readDocTwoProcessesSeconds = await timeReadDocProcesses(batch.path, 2);
const jobs1 = timeCli(batch.path, 1);
const jobs2 = timeCli(batch.path, 2);
const rows: Row[] = [
  { measure: 'bare readDoc, in process', articles: 2000, tokens: batch.tokens, seconds: readDocSeconds, 'tokens/s': Math.round(batch.tokens / readDocSeconds) },
  { measure: 'bare readDoc, own process', articles: 2000, tokens: batch.tokens, seconds: readDocProcessSeconds, 'tokens/s': Math.round(batch.tokens / readDocProcessSeconds), 'vs readDoc': readDocSeconds / readDocProcessSeconds },
  { measure: 'bare readDoc, two processes at once', articles: 2000, tokens: batch.tokens, seconds: readDocTwoProcessesSeconds, 'tokens/s': Math.round(batch.tokens / readDocTwoProcessesSeconds), 'vs readDoc': readDocSeconds / readDocTwoProcessesSeconds, 'two vs one': readDocProcessSeconds / readDocTwoProcessesSeconds },
  { measure: 'newslens --jsonl --jobs 1', articles: 2000, tokens: batch.tokens, seconds: jobs1, 'tokens/s': Math.round(batch.tokens / jobs1), 'vs readDoc': readDocSeconds / jobs1, 'vs own process': readDocProcessSeconds / jobs1 },
  { measure: 'newslens --jsonl --jobs 2', articles: 2000, tokens: batch.tokens, seconds: jobs2, 'tokens/s': Math.round(batch.tokens / jobs2), 'vs readDoc': readDocSeconds / jobs2, 'vs own process': readDocProcessSeconds / jobs2, 'two vs one': jobs1 / jobs2 },
];
const news = newsCorpus();
if (news) {
  const readDocNews = timeReadDoc(news.path);
  const readDocNewsProcess = await timeReadDocProcesses(news.path, 1);
  const newsJobs1 = timeCli(news.path, 1);
  const newsJobs2 = timeCli(news.path, 2);
  const base = { articles: news.articles, tokens: news.tokens };
  // Beside the ratio to a warm readDoc, the ratio to a readDoc in a process of its own: both then
  // pay node's start, the model's load and cold first parses, as the issue's "process start
  // included" reads for the CLI.
  const vsOwnProcess = (seconds: number) => readDocNewsProcess / seconds;
  rows.push(
    { measure: 'bare readDoc, PolNeAR news, in process', ...base, seconds: readDocNews, 'tokens/s': Math.round(news.tokens / readDocNews) },
    { measure: 'bare readDoc, PolNeAR news, own process', ...base, seconds: readDocNewsProcess, 'tokens/s': Math.round(news.tokens / readDocNewsProcess), 'vs readDoc': readDocNews / readDocNewsProcess },
    { measure: 'newslens --jsonl --jobs 1, PolNeAR news', ...base, seconds: newsJobs1, 'tokens/s': Math.round(news.tokens / newsJobs1), 'vs readDoc': readDocNews / newsJobs1, 'vs own process': vsOwnProcess(newsJobs1) },
    { measure: 'newslens --jsonl --jobs 2, PolNeAR news', ...base, seconds: newsJobs2, 'tokens/s': Math.round(news.tokens / newsJobs2), 'vs readDoc': readDocNews / newsJobs2, 'vs own process': vsOwnProcess(newsJobs2), 'two vs one': newsJobs1 / newsJobs2 },
  );
}
const small = corpus(100);
const large = corpus(10_000);
const memSmall = await peakRss(small.path);
const memLarge = await peakRss(large.path);
const memory: Row[] = [
  { articles: 100, 'output lines': memSmall.lines, 'peak RSS MB': memSmall.peak },
  { articles: 10_000, 'output lines': memLarge.lines, 'peak RSS MB': memLarge.peak, 'vs 100': memLarge.peak / memSmall.peak },
];
console.log(`\n## batch mode\n\n${formatTable(rows)}\n\n## memory, newslens --jsonl (default --jobs)\n\n${formatTable(memory)}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/batch.json', `${JSON.stringify({ date: new Date().toISOString(), rows, memory }, null, 2)}\n`);
console.log('\nfigures written to bench-results/batch.json');
