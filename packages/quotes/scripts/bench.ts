import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuotes } from '../src/index.js';

/** The layers findQuotes reads, made outside the timing. */
function prepare(text: string) {
  const parsed = createDocument(text);
  const withSentences = withLayer(parsed, 'sentences', segment(parsed));
  return withLayer(withSentences, 'entities', tagEntities(withSentences));
}

await runBench('quotes', [{ name: 'findQuotes', prepare, run: findQuotes }]);
