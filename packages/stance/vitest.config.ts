import { defineConfig } from 'vitest/config';

// Resolve sibling workspace packages to their TypeScript source, so tests need no build.
const conditions = ['source', 'import', 'module', 'default'];
// Tests that start a process or a browser need headroom on a loaded two-core CI machine.
export default defineConfig({ resolve: { conditions }, ssr: { resolve: { conditions } }, test: { testTimeout: 30_000 } });
