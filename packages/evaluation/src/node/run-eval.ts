import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable, type Row } from '../table.js';
import { findDatasetsDir } from './datasets.js';

/** What one evaluation task reports: rows for the printed table, and headline figures for the JSON file. */
export interface EvalResult {
  rows: Row[];
  figures: Record<string, number>;
}

/** One dataset scored one way. `files` are paths relative to the datasets folder that must all exist. */
export interface EvalTask {
  name: string;
  files: string[];
  run(paths: string[]): EvalResult | Promise<EvalResult>;
}

/**
 * Runs a stage's evaluation tasks, prints a table for each and writes every figure to
 * `eval-results/<stage>.json` in the working directory. Missing data is reported on one line
 * and skipped, so the eval task succeeds on a machine without the datasets.
 */
export async function runEval(stage: string, tasks: readonly EvalTask[]): Promise<void> {
  const root = findDatasetsDir();
  if (!root) {
    console.log(`${stage} eval: datasets not found (looked for shared/datasets beside the repo, or $NEWSLENS_DATASETS); skipped`);
    return;
  }
  const results: Record<string, EvalResult['figures']> = {};
  for (const task of tasks) {
    const paths = task.files.map((f) => join(root, f));
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      console.log(`${stage} eval: ${task.name}: ${missing.join(', ')} not found; skipped`);
      continue;
    }
    const started = performance.now();
    const result = await task.run(paths);
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n## ${stage}: ${task.name} (${seconds.toFixed(1)} s)\n\n${formatTable(result.rows)}`);
    results[task.name] = result.figures;
  }
  mkdirSync('eval-results', { recursive: true });
  const out = join('eval-results', `${stage}.json`);
  writeFileSync(out, `${JSON.stringify({ stage, date: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`\nfigures written to ${out}`);
}
