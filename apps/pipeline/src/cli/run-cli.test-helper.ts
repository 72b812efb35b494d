import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI: tests run it as a user does, in a child process. */
export const BIN = fileURLToPath(new URL('../../bin/newslens.mjs', import.meta.url));

export function runCli(args: string[], input?: string | Buffer, timeout = 60_000) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout, maxBuffer: 1 << 30 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** Writes content to a fresh temporary file and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newslens-')), name);
  writeFileSync(path, content);
  return path;
}
