import { createDocument, withLayer, type Entity } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { findQuotes } from '@newslens/quotes';

const text =
  'The Finance Ministry said in a statement, “Rates will rise before the summer.”\n\n' +
  '“Growth will slow,” it added. The plan drew “fierce criticism” and “praise.”\n\n' +
  '“We will not wait,” said a senior official.';
const parsed = createDocument(text);
const withSentences = withLayer(parsed, 'sentences', segment(parsed));
// In the pipeline the entities come from @newslens/ner's tagEntities; here, one made by hand.
const ministry: Entity = {
  id: 'e1', name: 'Finance Ministry', type: 'ORG', salience: 1,
  mentions: [{ start: 4, end: 20, text: 'Finance Ministry', sentence: 0 }],
};
const doc = withLayer(withSentences, 'entities', [ministry]);

for (const quote of findQuotes(doc)) {
  const speaker = doc.layers.entities.find((e) => e.id === quote.speaker);
  console.log(`${quote.text} | ${speaker?.name ?? '-'} | ${quote.speakerMention?.text ?? '-'}`);
}
