import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** Static imports of values (not `import type`, not dynamic `import()`), as written. */
const STATIC_IMPORT = /^import\s+(?!type\b)[^'"]*from\s+'([^']+)';/gm;

/** Every package a module loads before it runs, following the repo's own modules. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(join(SRC, entry));
  return packages;
}

describe("batch mode's main thread", () => {
  it('loads no language model: only the input part of @newslens/core, the CLI parser and the worker pool', () => {
    // main.ts loads the pipeline (analyze.ts) by dynamic import, for single-article mode only.
    const loaded = [...packagesLoadedBy('cli/main.ts')].filter((p) => !p.startsWith('node:')).sort();
    expect(loaded).toEqual(['@newslens/core/input', 'cac', 'piscina']);
  });
});
