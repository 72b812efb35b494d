/**
 * Prints the stance table of articles through the pipeline (segment, tagEntities, findQuotes,
 * scoreSentiment, inferStance), one line per relation:
 *
 *   node --conditions=source --import tsx scripts/show.ts ../../seeds/*.txt
 */
import { readFileSync } from 'node:fs';
import { createDocument, withLayer } from '@newslens/core';
import { tagEntities } from '@newslens/ner';
import { findQuotes } from '@newslens/quotes';
import { segment } from '@newslens/segmenter';
import { scoreSentiment } from '@newslens/sentiment';
import { inferStance } from '../src/index.js';

for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  const parsed = createDocument(text);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const quoted = withLayer(tagged, 'quotes', findQuotes(tagged));
  const doc = withLayer(quoted, 'sentiment', scoreSentiment(quoted));
  const name = new Map(doc.layers.entities.map((e) => [e.id, e.name]));
  console.log(`## ${path}`);
  for (const r of inferStance(doc)) {
    console.log(`${name.get(r.source)} → ${r.polarity === 'support' ? 'supports' : 'opposes'} → ${name.get(r.target)}  ${r.score.toFixed(2)}  [${r.evidence.join(', ')}]`);
  }
}
