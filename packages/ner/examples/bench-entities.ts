// Times the whole ner stage, the tagger alone and the entity layer alone (mentions, clusters,
// salience from the tagger's spans), each on a document already parsed and segmented, against a
// bare wink readDoc of the same text in the same run.
// Run from packages/ner: node --conditions=source --import tsx examples/bench-entities.ts
import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { entitiesFromNames, tagEntities, tagNames } from '@newslens/ner';

const prepare = (text: string) => {
  const parsed = createDocument(text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  return { doc, names: tagNames(doc) }; // also loads the model outside the timing
};

await runBench('ner-entities', [
  { name: 'tagEntities (whole stage)', prepare, run: (p) => tagEntities(p.doc) },
  { name: 'tagNames (tagger)', prepare, run: (p) => tagNames(p.doc) },
  { name: 'entitiesFromNames (entity layer)', prepare, run: (p) => entitiesFromNames(p.doc, p.names) },
]);
