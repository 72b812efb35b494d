/**
 * Writes model/value-entities.json: what `valueEntities` needs of wink-eng-lite-web-model beyond
 * its value-entity machines (which it reads from the model at run time), so that it need not load
 * the model's whole lexicon again:
 *   words  the lexicon word of each word id the machines use;
 *   hints  the lexicon words with an NER hint ("january" → the month hint), with the hint.
 * Run after upgrading the model: `npm run build:value-entities -w @newslens/core`.
 * `value-entities.test.ts` checks the file against the installed model.
 */
import { writeFileSync } from 'node:fs';
import { modelTables } from './value-entity-tables.js';

const tables = modelTables();
writeFileSync(
  new URL('../model/value-entities.json', import.meta.url),
  `${JSON.stringify({ about: 'Derived from wink-eng-lite-web-model by scripts/build-value-entities.ts (MIT, as the model).', ...tables })}\n`,
);
console.log(`${Object.keys(tables.words).length} machine words, ${Object.keys(tables.hints).length} hinted words`);
