/**
 * Runs scoreSentiment many times on a prepared 100k-token synthetic document, for a CPU profile:
 *   node --cpu-prof --cpu-prof-dir=/tmp/sprof --conditions=source --import tsx scripts/profile.ts [runs=200]
 * A fresh parse object each run, so the per-parse work is inside the loop, as in the bench.
 */
import { applyStage, createDocument, type NewsDocument } from '@newslens/core';
import { syntheticCorpus } from '@newslens/evaluation';
import { nerStage } from '@newslens/ner';
import { segmenterStage } from '@newslens/segmenter';
import { scoreSentiment } from '../src/index.js';

const doc = applyStage(applyStage(createDocument(syntheticCorpus(100_000)), segmenterStage), nerStage) as NewsDocument<'sentences' | 'entities'>;
let mentions = 0;
for (const e of doc.layers.entities) mentions += e.mentions.length;
console.log('tokens', doc.parse.tokens.length, 'entities', doc.layers.entities.length, 'mentions', mentions, 'sentences', doc.layers.sentences.length);
const runs = Number(process.argv[2] ?? 200);
const t = performance.now();
for (let i = 0; i < runs; i++) scoreSentiment({ ...doc, parse: { ...doc.parse } });
console.log('ms/run', ((performance.now() - t) / runs).toFixed(2));
