// @ts-check
// One flat config for the whole monorepo: each workspace's `lint` script runs `eslint .` and finds it here.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, tool caches, measured results and the trained models (JSON, never linted anyway).
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/.turbo/**',
    '**/coverage/**',
    '**/bench-results/**',
    '**/eval-results/**',
    '**/test-output/**',
    '**/model/*.json',
  ]),
  eslint.configs.recommended,
  // The syntax-only rules: `npm run typecheck` already runs tsc, so no type-checked variants here.
  tseslint.configs.recommended,
  {
    // The CLI entry point and this config run in Node.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // `const { timings: _, ...rest } = x` is how this code drops a field from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Character classes that list combining marks on purpose (report's text-layout) write them as \u escapes.
      'no-misleading-character-class': ['error', { allowEscape: true }],
      // src/*.d.ts declare the untyped `sentiment` package; a path reference carries them to the packages that compile this source.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always' }],
    },
  },
);
