import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps a package README's example true: the README's first ```ts block must be the file
 * `examples/readme.ts` verbatim, and running that file must print exactly the README's first
 * ```text block. Returns a description of the first difference, or undefined when both hold.
 */
export function checkReadmeExample(packageDir: string): string | undefined {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const code = fencedBlock(readme, 'ts');
  const expected = fencedBlock(readme, 'text');
  if (code === undefined || expected === undefined) return 'README.md needs a ```ts example and a ```text block with its output';
  const file = readFileSync(join(packageDir, 'examples', 'readme.ts'), 'utf8');
  if (file.trim() !== code.trim()) return 'the README ```ts block differs from examples/readme.ts';
  const printed = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'examples/readme.ts'], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  if (printed.trim() !== expected.trim()) return `examples/readme.ts printed:\n${printed}\nbut the README shows:\n${expected}`;
  return undefined;
}

function fencedBlock(markdown: string, lang: string): string | undefined {
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(markdown);
  return match?.[1];
}
