import { defineConfig } from 'vitest/config';

// Resolve sibling workspace packages to their TypeScript source, so tests need no build.
const conditions = ['source', 'import', 'module', 'default'];
export default defineConfig({ resolve: { conditions }, ssr: { resolve: { conditions } } });
