import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the benchmark datasets live: $NEWSLENS_DATASETS, or the first `shared/datasets` found
 * beside the working directory or one of its ancestors (the repo sits next to `shared/`).
 */
export function findDatasetsDir(from = process.cwd()): string | undefined {
  const fromEnv = process.env.NEWSLENS_DATASETS;
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : undefined;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'datasets');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads a JSON Lines file into an array of parsed records. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
