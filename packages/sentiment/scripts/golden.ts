/**
 * Golden check for optimisations: records scoreSentiment's output, the raw sentence sums and the
 * raw target-model probabilities (every entity mention and every word token as a target) on the
 * seed articles and synthetic corpora, then on later runs asserts they are identical.
 *   node --conditions=source --import tsx scripts/golden.ts [record|check] [file]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { applyStage, createDocument, type NewsDocument } from '@newslens/core';
import { syntheticCorpus } from '@newslens/evaluation';
import { nerStage } from '@newslens/ner';
import { segmenterStage } from '@newslens/segmenter';
import { scoreSentiment } from '../src/index.js';
import { sentenceTokens, tokensOf } from '../src/locate.js';
import { targetModel } from '../src/model.js';
import { weightedSum } from '../src/score-tokens.js';
import { SKIP_FLAG, tokenSignals } from '../src/signals.js';

const mode = process.argv[2] ?? 'check';
const file = process.argv[3] ?? '/tmp/sgold/golden.json';
const seedsDir = new URL('../../../seeds/', import.meta.url);
const texts: [string, string][] = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(new URL(f, seedsDir), 'utf8')]);
texts.push(['synthetic-100k', syntheticCorpus(100_000)], ['synthetic-20k-s7', syntheticCorpus(20_000, 7)]);

const out: Record<string, unknown> = {};
const p = new Float64Array(3);
for (const [name, text] of texts) {
  const doc = applyStage(applyStage(createDocument(text), segmenterStage), nerStage) as NewsDocument<'sentences' | 'entities'>;
  const layer = scoreSentiment(doc);
  const s = tokenSignals(doc.parse);
  const ranges = sentenceTokens(doc.parse, doc.layers.sentences);
  const sums = ranges.map((r) => weightedSum(s, r.first, r.last));
  const model = targetModel();
  const mentions: number[][] = [];
  for (const e of doc.layers.entities) for (const m of e.mentions) {
    const ctx = ranges[m.sentence];
    const t = tokensOf(doc.parse, s, m);
    if (!ctx || t.first > t.last) continue;
    model.predict(doc.parse, s, ctx.first, ctx.last, t.first, t.last, p);
    mentions.push([p[0], p[1], p[2]]);
  }
  const tokens: number[][] = [];
  ranges.forEach((r, k) => {
    for (let i = r.first; i <= r.last; i++) {
      if ((s.flags[i] & SKIP_FLAG) !== 0) continue;
      model.predict(doc.parse, s, r.first, r.last, i, i, p, k % 2 === 0 ? sums[k] : undefined);
      tokens.push([p[0], p[1], p[2]]);
    }
  });
  out[name] = { layer, sums, mentions, tokens };
}
const json = JSON.stringify(out);
if (mode === 'record') {
  writeFileSync(file, json);
  console.log('recorded', file, json.length);
} else {
  const want = readFileSync(file, 'utf8');
  if (want === json) console.log('IDENTICAL', json.length);
  else {
    // Not byte-identical: the layer and sentence sums must still be; probabilities within 1e-9.
    const a = JSON.parse(want);
    const b = JSON.parse(json);
    let ok = true;
    let worst = 0;
    for (const k of Object.keys(a)) {
      for (const part of ['layer', 'sums']) {
        if (JSON.stringify(a[k][part]) !== JSON.stringify(b[k][part])) {
          ok = false;
          console.log('DIFF', k, part);
        }
      }
      for (const part of ['mentions', 'tokens']) {
        const x: number[][] = a[k][part];
        const y: number[][] = b[k][part];
        if (x.length !== y.length) ok = false;
        x.forEach((row, i) => row.forEach((v, c) => (worst = Math.max(worst, Math.abs(v - y[i][c]) || (Number.isNaN(y[i][c]) ? Infinity : 0)))));
      }
    }
    console.log(ok && worst <= 1e-9 ? 'SAME (layer identical; probabilities within' : 'DIFFERENT (max probability difference', worst, ')');
    if (!ok || worst > 1e-9) process.exit(1);
  }
}
