import { createDocument, withLayer, type Sentiment } from '@newslens/core';
import { buildReport, renderMarkdown } from '@newslens/report';

// A hand-made analysis; in the pipeline, the stages fill these layers.
const text = 'Mayor Ana Torres praised Delta Works on Monday. “The wall will hold,” Torres said.';
const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const good: Sentiment = { score: 0.6, label: 'positive' };

const doc = withLayer(createDocument(text), 'sentences', [span('Mayor Ana Torres praised Delta Works on Monday.'), span('“The wall will hold,” Torres said.')]);
const withEntities = withLayer(doc, 'entities', [
  { id: 'e1', name: 'Ana Torres', type: 'PERSON', salience: 0.9, mentions: [{ ...span('Ana Torres'), sentence: 0 }, { ...span('Torres', 48), sentence: 1 }] },
  { id: 'e2', name: 'Delta Works', type: 'ORG', salience: 0.6, mentions: [{ ...span('Delta Works'), sentence: 0 }] },
]);
const analysed = withLayer(
  withLayer(
    withLayer(withEntities, 'sentiment', { sentences: [good, good], document: good, entities: { e1: good, e2: good } }),
    'quotes',
    [{ ...span('“The wall will hold,”'), speaker: 'e1', speakerMention: null }],
  ),
  'stance',
  [{ source: 'e1', target: 'e2', polarity: 'support', score: 0.8, evidence: [0] }],
);

console.log(renderMarkdown(buildReport(analysed, { input: { path: 'torres.txt', chars: text.length } })));
