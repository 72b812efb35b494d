// Times the whole ner stage (tagEntities) and the tagger alone (tagNames) on a document already
// parsed and segmented, against a bare wink readDoc of the same text. Run: npm run bench -w @newslens/ner
import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { tagEntities } from '../src/tag-entities.js';
import { tagNames } from '../src/tagger/index.js';

function prepare(text: string) {
  const doc = createDocument(text);
  const prepared = withLayer(doc, 'sentences', segment(doc));
  tagEntities(prepared); // loads the model outside the timing
  return prepared;
}

await runBench('ner', [
  { name: 'tagEntities (stage)', prepare, run: tagEntities },
  { name: 'tagNames (tagger alone)', prepare, run: tagNames },
]);
