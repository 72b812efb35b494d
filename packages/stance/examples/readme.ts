import { createDocument, withLayer, type Entity } from '@newslens/core';
import { classifyPair, inferStance } from '@newslens/stance';

const text = 'Maria Chen condemned Acme Corp over the spill. Acme Corp was praised by Tom Reyes.';
const doc = createDocument(text);

// One pair of spans, whatever tagged them: p is the span read first.
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
console.log(classifyPair(doc, at('Maria Chen'), at('Acme Corp'))?.label);

// A whole article: the layers usually come from the segmenter, NER, sentiment and quote stages.
const entity = (id: string, name: string, ...spans: [number, number, number][]): Entity => ({
  id, name, type: 'PERSON', salience: 0.5,
  mentions: spans.map(([start, end, sentence]) => ({ start, end, sentence, text: text.slice(start, end) })),
});
const acme = text.indexOf('Acme Corp');
const acme2 = text.indexOf('Acme Corp', acme + 1);
const chen = at('Maria Chen');
const reyes = at('Tom Reyes');
const neutral = { score: 0, label: 'neutral' as const };
const full = withLayer(
  withLayer(
    withLayer(
      withLayer(doc, 'sentences', [{ start: 0, end: 46 }, { start: 47, end: text.length }]),
      'entities',
      [
        entity('e1', 'Maria Chen', [chen.start, chen.end, 0]),
        { ...entity('e2', 'Acme Corp', [acme, acme + 9, 0], [acme2, acme2 + 9, 1]), type: 'ORG' },
        entity('e3', 'Tom Reyes', [reyes.start, reyes.end, 1]),
      ],
    ),
    'sentiment',
    { sentences: [neutral, neutral], document: neutral, entities: {} },
  ),
  'quotes',
  [],
);
for (const r of inferStance(full)) console.log(r.source, r.polarity, r.target, r.score.toFixed(1), r.evidence);
