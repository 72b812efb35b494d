// Error analysis of the ner stage on GUM written documents (person, place, organisation; nested
// names left out, as the eval scores them): per type, the missed names, the spurious ones and the
// type confusions, with counts. For development: run it on train documents, not on dev.
//
//   node --conditions=source --import tsx scripts/errors.ts [jsonl] [--ids ids.json] [--tagger]
//   (default jsonl: gum-written/train.jsonl; --ids keeps the documents listed, e.g. the held-out
//   tenth written by `train --holdout --held-ids`; --tagger scores tagNames instead of the stage)
//   --cv DIR K: out-of-fold predictions, documents in DIR/ids-k.json tagged with DIR/weights-k.json
//   for k < K, as written by scripts/cross-validate.sh. The entity type classifier is left out then,
//   since the committed one was trained on these documents; scripts/train-types.ts scores it out of fold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, NAME_TYPES, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { tagEntities } from '../src/tag-entities.js';
import { tagNames, type NameSpan } from '../src/tagger/index.js';
import { useWeights } from '../src/tagger/model.js';
import { useTypeModel } from '../src/entities/type-classifier.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const path = args[0] && !args[0].startsWith('--') ? args[0] : join(findDatasetsDir()!, 'gum-written', 'train.jsonl');
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const ids = option('--ids') ? new Set<string>(readJson(option('--ids')!)) : undefined;
/** With --cv: the fold of each document, whose weights tag it. */
const foldOf = new Map<string, number>();
const cvAt = args.indexOf('--cv');
const cvDir = cvAt >= 0 ? args[cvAt + 1] : '';
if (cvDir) useTypeModel(null);
if (cvDir) for (let k = 0; k < Number(args[cvAt + 2]); k++) for (const id of readJson(join(cvDir, `ids-${k}.json`))) foldOf.set(id, k);
let currentFold = -1;
const TO_GUM: Partial<Record<EntityType, string>> = { PERSON: 'person', GPE: 'place', LOC: 'place', FAC: 'place', ORG: 'organization' };
const TYPES = ['person', 'place', 'organization'];

interface Doc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string; nested?: boolean }[];
}

const stage = (doc: NewsDocument<'sentences'>): NameSpan[] =>
  tagEntities(doc).flatMap((e) => (NAME_TYPES.has(e.type) ? e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })) : []));
const tagger = args.includes('--tagger') ? tagNames : stage;

const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const lines: string[] = [];
const tp: Record<string, number> = {};
const fp: Record<string, number> = {};
const fn: Record<string, number> = {};
for (const d of readJsonl<Doc>(path)) {
  if (ids && !ids.has(d.id)) continue;
  if (cvDir) {
    const k = foldOf.get(d.id);
    if (k === undefined) continue;
    if (k !== currentFold) useWeights(readJson(join(cvDir, `weights-${k}.json`)));
    currentFold = k;
  }
  const parsed = createDocument(d.text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  const gold = d.entities.filter((e) => !e.nested && TYPES.includes(e.type));
  const pred = tagger(doc).map((s) => ({ ...s, gum: TO_GUM[s.type] ?? `(${s.type})` }));
  const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  const goldAt = new Map(gold.map((g) => [key(g), g]));
  const predAt = new Map(pred.map((p) => [key(p), p]));
  const ctx = (s: { start: number; end: number }) =>
    `${d.text.slice(Math.max(0, s.start - 30), s.start).replace(/\s+/g, ' ')}[${d.text.slice(s.start, s.end)}]${d.text.slice(s.end, s.end + 30).replace(/\s+/g, ' ')}`;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const g of gold) {
    const p = predAt.get(key(g));
    if (p && p.gum === g.type) {
      tp[g.type] = (tp[g.type] ?? 0) + 1;
      continue;
    }
    fn[g.type] = (fn[g.type] ?? 0) + 1;
    if (p) {
      bump(`type ${g.type} as ${p.type}`);
      lines.push(`TYPE ${g.type}→${p.type}\t${d.id}\t${ctx(g)}`);
    } else {
      const o = pred.find((q) => overlaps(q, g));
      bump(o ? `span ${g.type} (overlap ${o.type})` : `missed ${g.type}`);
      lines.push(`${o ? `SPAN ${g.type} pred ${o.type} "${d.text.slice(o.start, o.end)}"` : `MISS ${g.type}`}\t${d.id}\t${ctx(g)}`);
    }
  }
  for (const p of pred) {
    if (!TYPES.includes(p.gum)) continue;
    const g = goldAt.get(key(p));
    if (g && g.type === p.gum) continue;
    fp[p.gum] = (fp[p.gum] ?? 0) + 1;
    if (g) continue; // counted as a type confusion above
    const o = gold.find((q) => overlaps(q, p)) ?? d.entities.find((q) => overlaps(q, p));
    bump(o ? `spurious-span ${p.type} (gold ${o.type}${o.nested ? ' nested' : ''})` : `spurious ${p.type}`);
    lines.push(`${o ? `XSPAN ${p.type} gold ${o.type} "${d.text.slice(o.start, o.end)}"` : `FALSE ${p.type}`}\t${d.id}\t${ctx(p)}`);
  }
}
if (!quiet) {
  for (const l of lines.sort()) console.log(l);
  console.log();
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(5)}  ${k}`);
}
let all = [0, 0, 0];
for (const t of TYPES) {
  const [a, b, c] = [tp[t] ?? 0, fp[t] ?? 0, fn[t] ?? 0];
  all = [all[0] + a, all[1] + b, all[2] + c];
  console.log(`${t}: P ${(a / (a + b)).toFixed(3)} R ${(a / (a + c)).toFixed(3)} F1 ${((2 * a) / (2 * a + b + c)).toFixed(3)}`);
}
console.log(`overall: F1 ${((2 * all[0]) / (2 * all[0] + all[1] + all[2])).toFixed(3)}`);
