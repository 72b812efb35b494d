import { createDocument, withLayer } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { tagEntities } from '@newslens/ner';

const text = 'President Maria Chen of Brazil met Tom Hill in Paris on Monday. Chen said the U.S. had agreed.';
const parsed = createDocument(text);
const doc = withLayer(parsed, 'sentences', segment(parsed));
for (const e of tagEntities(doc)) {
  const mentions = e.mentions.map((m) => `${m.text}@${m.start}`).join(', ');
  console.log(e.id, e.type, e.name, e.salience, '|', mentions);
}
