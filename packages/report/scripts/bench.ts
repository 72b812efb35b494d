// Times the three renderers on the seed article and on a synthetic 100k-token text, against a bare
// wink readDoc of the same text. The report is made from wink's own sentences and value entities,
// so the bench needs no other stage: it measures rendering alone.
import { createDocument, withLayer } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { buildReport, renderHtml, renderJson, renderMarkdown, type Report } from '../src/index.js';

function reportOf(text: string): Report {
  const doc = createDocument(text);
  const { start, end } = doc.parse.tokens;
  const sentences = doc.parse.winkSentences.map((s) => ({ start: start[s.first], end: end[s.last] }));
  // Entities come in text order, so one forward cursor finds each one's sentence.
  let cursor = 0;
  const sentenceAt = (offset: number) => {
    while (cursor + 1 < sentences.length && sentences[cursor + 1].start <= offset) cursor++;
    return cursor;
  };
  const entities = doc.parse.winkEntities.map((e, i) => ({
    id: `e${i + 1}`,
    name: text.slice(e.start, e.end),
    type: 'CARDINAL' as const,
    salience: 0,
    mentions: [{ start: e.start, end: e.end, text: text.slice(e.start, e.end), sentence: sentenceAt(e.start) }],
  }));
  const neutral = { score: 0, label: 'neutral' as const };
  const analysed = withLayer(
    withLayer(
      withLayer(
        withLayer(withLayer(doc, 'sentences', sentences), 'entities', entities),
        'sentiment',
        { sentences: sentences.map(() => neutral), document: neutral, entities: {} },
      ),
      'quotes',
      [],
    ),
    'stance',
    [],
  );
  return buildReport(analysed);
}

await runBench('report', [
  { name: 'renderJson', prepare: reportOf, run: renderJson },
  { name: 'renderMarkdown', prepare: reportOf, run: renderMarkdown },
  { name: 'renderHtml', prepare: reportOf, run: renderHtml },
]);
