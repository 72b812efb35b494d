import { createDocument, withLayer } from '@newslens/core';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { findQuotes } from '@newslens/quotes';

const text =
  'The Finance Ministry said in a statement, “Rates will rise before the summer.”\n\n' +
  '“Growth will slow,” it added. The plan drew “fierce criticism” and “praise.”\n\n' +
  '“We will not wait,” said a senior official.';
const parsed = createDocument(text);
const withSentences = withLayer(parsed, 'sentences', segment(parsed));
const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));

for (const quote of findQuotes(doc)) {
  const speaker = doc.layers.entities.find((e) => e.id === quote.speaker);
  console.log(`${quote.text} | ${speaker?.name ?? '-'} | ${quote.speakerMention?.text ?? '-'}`);
}
