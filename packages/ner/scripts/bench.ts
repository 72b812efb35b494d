// Times tagNames on a document already parsed and segmented, against a bare wink readDoc of the
// same text. Run: npm run bench -w @newslens/ner
import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { tagNames } from '../src/tagger/index.js';

await runBench('ner-tagger', [
  {
    name: 'tagNames',
    prepare: (text: string) => {
      const doc = createDocument(text);
      const prepared = withLayer(doc, 'sentences', segment(doc));
      tagNames(prepared); // loads the model outside the timing
      return prepared;
    },
    run: tagNames,
  },
]);
