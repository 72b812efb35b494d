/**
 * Writes model/value-entities.json, model/sentence-ends.json, model/negation.json and
 * model/contractions.json: what `valueEntities`, `sentenceEnds`, `negationFlags` and `textForWink`
 * need of wink-eng-lite-web-model beyond its machines (see scripts/wink-tables.ts). Run after upgrading the model:
 * `npm run build:wink-tables -w @newslens/core`. Their tests check the files against the installed model.
 */
import { writeFileSync } from 'node:fs';
import { winkTables } from './wink-tables.js';

const about = 'Derived from wink-eng-lite-web-model by scripts/build-wink-tables.ts (MIT, as the model).';
const tables = winkTables();
for (const [name, table] of [
  ['value-entities', tables.valueEntities],
  ['sentence-ends', tables.sentenceEnds],
  ['negation', tables.negation],
  ['contractions', tables.contractions],
] as const) {
  writeFileSync(new URL(`../model/${name}.json`, import.meta.url), `${JSON.stringify({ about, ...table })}\n`);
  console.log(name, Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Object.keys(v).length])));
}
