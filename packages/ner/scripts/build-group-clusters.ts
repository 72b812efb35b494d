// Derives which word clusters hold the plural names of groups of people ("Kurds", "Catholics",
// "Palestinians") rather than surnames ("Davis") or teams ("Yankees"): for every one-word gold name
// of CoNLL-2003 train that is a capitalised plural, the coarse cluster of its lower-cased word
// (model/clusters.json) counts it as a group (MISC) or as something else (PER, ORG, LOC). A cluster
// is kept when at least MIN_WORDS distinct group words fall in it and they are at least SHARE of its
// distinct words. Writes src/tagger/group-clusters.json with the words behind each cluster.
//   npm run build:groups -w @newslens/ner
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { wordCluster } from '../src/tagger/clusters.js';
import { CAPITALISED_PLURAL } from '../src/tagger/refine-type.js';

const MIN_WORDS = 2;
const SHARE = 2 / 3;
const root = findDatasetsDir();
if (!root) throw new Error('datasets not found: set NEWSLENS_DATASETS or put shared/datasets beside the repo');

interface Doc {
  text: string;
  entities: { start: number; end: number; type: string }[];
}
const groups = new Map<number, Set<string>>();
const others = new Map<number, Set<string>>();
for (const d of readJsonl<Doc>(join(root, 'conll2003/train.jsonl'))) {
  for (const e of d.entities) {
    const word = d.text.slice(e.start, e.end);
    if (!CAPITALISED_PLURAL.test(word)) continue;
    const cluster = wordCluster(word.toLowerCase());
    if (!cluster) continue;
    const into = e.type === 'MISC' ? groups : others;
    const words = into.get(cluster.coarse) ?? new Set<string>();
    words.add(word);
    into.set(cluster.coarse, words);
  }
}
const clusters: Record<string, { groups: string[]; others: string[] }> = {};
for (const [coarse, words] of [...groups].sort((a, b) => a[0] - b[0])) {
  const other = others.get(coarse) ?? new Set<string>();
  if (words.size >= MIN_WORDS && words.size >= SHARE * (words.size + other.size)) {
    clusters[coarse] = { groups: [...words].sort(), others: [...other].sort() };
  }
}
const out = new URL('../src/tagger/group-clusters.json', import.meta.url).pathname;
writeFileSync(out, JSON.stringify({ source: 'CoNLL-2003 train, scripts/build-group-clusters.ts', minWords: MIN_WORDS, share: Math.round(SHARE * 100) / 100, clusters }, null, 0) + '\n');
console.log(`wrote ${out}: ${Object.keys(clusters).length} clusters`);
for (const [coarse, c] of Object.entries(clusters)) console.log(`${coarse}: ${c.groups.join(', ')}${c.others.length ? ` | others: ${c.others.join(', ')}` : ''}`);
