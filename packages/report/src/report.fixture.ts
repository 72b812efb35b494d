// A hand-made, fully analysed article for the tests: every layer filled, offsets computed from the
// text so they stay right when the text changes. Invented names; no pipeline involved.
import { createDocument, withLayer, type EntityType, type Mention, type Sentiment } from '@newslens/core';
import { buildReport, type AnalysedDocument, type Report } from './report.js';

const SENTENCES = [
  'Mayor Ana Torres of Riverton on Monday praised the new flood barrier built by Delta Works.',
  '“This wall will protect thousands of families,” Torres said.',
  'The Riverton Council opposed the project for years, calling it “a costly mistake that Riverton cannot afford.”',
  'Delta Works said it was “proud to finish ahead of schedule.”',
  'A spokesperson for the council said: “We still have concerns. The cost overruns were never explained.”',
  'Torres backs Delta Works and has clashed with the Riverton Council over the cost.',
];
export const FIXTURE_TEXT = `${SENTENCES.slice(0, 3).join(' ')}\n\n${SENTENCES.slice(3).join(' ')}`;

const sentenceSpans = SENTENCES.map((s) => {
  const start = FIXTURE_TEXT.indexOf(s);
  return { start, end: start + s.length };
});

/** The `n`th occurrence (from 0) of `needle` after `from`, as a span with its text. */
function find(needle: string, from = 0, n = 0) {
  let start = FIXTURE_TEXT.indexOf(needle, from);
  for (let i = 0; i < n; i++) start = FIXTURE_TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length, text: needle };
}

function mention(needle: string, sentence: number, n = 0): Mention {
  return { ...find(needle, sentenceSpans[sentence].start, n), sentence };
}

const sentiment = (score: number): Sentiment => ({ score, label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral' });

const ENTITIES: Array<{ name: string; type: EntityType; salience: number; mentions: Mention[]; sentiment: number }> = [
  { name: 'Ana Torres', type: 'PERSON', salience: 0.9, sentiment: 0.5, mentions: [mention('Ana Torres', 0), mention('Torres', 1), mention('Torres', 5)] },
  { name: 'Riverton', type: 'GPE', salience: 0.3, sentiment: -0.2, mentions: [mention('Riverton', 0), mention('Riverton', 2, 1)] },
  { name: 'Monday', type: 'DATE', salience: 0, sentiment: 0.6, mentions: [mention('Monday', 0)] },
  { name: 'Delta Works', type: 'ORG', salience: 0.7, sentiment: 0.45, mentions: [mention('Delta Works', 0), mention('Delta Works', 3), mention('Delta Works', 5)] },
  { name: 'Riverton Council', type: 'ORG', salience: 0.6, sentiment: -0.55, mentions: [mention('Riverton Council', 2), mention('Riverton Council', 5)] },
];

/** The fixture as an analysed document, ready for `buildReport`. */
export function fixtureDocument(): AnalysedDocument {
  const entities = ENTITIES.map((e, i) => ({ id: `e${i + 1}`, name: e.name, type: e.type, salience: e.salience, mentions: e.mentions }));
  const doc = withLayer(createDocument(FIXTURE_TEXT), 'sentences', sentenceSpans);
  const withEntities = withLayer(doc, 'entities', entities);
  const withSentiment = withLayer(withEntities, 'sentiment', {
    sentences: [0.6, 0.5, -0.6, 0.7, -0.3, 0.1].map(sentiment),
    document: sentiment(0.17),
    entities: Object.fromEntries(ENTITIES.map((e, i) => [`e${i + 1}`, sentiment(e.sentiment)])),
  });
  const withQuotes = withLayer(withSentiment, 'quotes', [
    { ...find('“This wall will protect thousands of families,”'), speaker: 'e1', speakerMention: find('Torres', sentenceSpans[1].start) },
    { ...find('“a costly mistake that Riverton cannot afford.”'), speaker: 'e5', speakerMention: null },
    { ...find('“proud to finish ahead of schedule.”'), speaker: 'e4', speakerMention: null },
    {
      ...find('“We still have concerns. The cost overruns were never explained.”'),
      speaker: null,
      speakerMention: find('A spokesperson for the council'),
    },
  ]);
  return withLayer(withQuotes, 'stance', [
    { source: 'e1', target: 'e4', polarity: 'support', score: 0.8, evidence: [0, 5] },
    { source: 'e5', target: 'e4', polarity: 'oppose', score: 0.65, evidence: [2] },
    { source: 'e1', target: 'e5', polarity: 'oppose', score: 0.5, evidence: [5] },
  ]);
}

/** The fixture's report, with an input record, a warning and timings. */
export function fixtureReport(): Report {
  return buildReport(fixtureDocument(), {
    input: { path: 'articles/riverton-flood-barrier.txt', chars: FIXTURE_TEXT.length, sha256: 'c0ffee'.padEnd(64, '0') },
    warnings: [{ code: 'INPUT_LOOKS_LIKE_HTML', message: 'the text contains HTML tags; they are analysed as text' }],
    timings: { parse: 1.2, segmenter: 0.3, ner: 0.8, sentiment: 0.2, quotes: 0.1, stance: 0.1, report: 0.05 },
  });
}
