/**
 * Times inferStance, and findQuotes + inferStance together, on a document whose earlier layers are
 * ready, against a bare wink readDoc of the same text.
 *
 *   npm run bench
 */
import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { tagEntities } from '@newslens/ner';
import { findQuotes } from '@newslens/quotes';
import { segment } from '@newslens/segmenter';
import { scoreSentiment } from '@newslens/sentiment';
import { inferStance } from '../src/index.js';

function prepare(text: string) {
  const parsed = createDocument(text);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const quoted = withLayer(tagged, 'quotes', findQuotes(tagged));
  return withLayer(quoted, 'sentiment', scoreSentiment(quoted));
}

await runBench('stance', [
  { name: 'inferStance', prepare, run: inferStance },
  {
    name: 'findQuotes + inferStance',
    prepare,
    run: (doc) => inferStance(withLayer(doc, 'quotes', findQuotes(doc))),
  },
]);
