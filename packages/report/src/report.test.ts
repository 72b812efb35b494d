import { Ajv } from 'ajv';
import { createDocument, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderJson, renderMarkdown, reportSchema, type AnalysedDocument } from './index.js';

const text = 'Alice Smith praised <script>alert(1)</script> “the plan”.';

function sampleDocument(): AnalysedDocument {
  const start = 0;
  const end = 11;
  const doc = withLayer(createDocument(text), 'sentences', [{ start: 0, end: text.length }]);
  const entities = [
    { id: 'e1', name: 'Alice Smith', type: 'PERSON' as const, salience: 1, mentions: [{ start, end, text: 'Alice Smith', sentence: 0 }] },
  ];
  const withEntities = withLayer(doc, 'entities', entities);
  const quoteStart = text.indexOf('“');
  const withQuotes = withLayer(withEntities, 'quotes', [
    { start: quoteStart, end: quoteStart + 10, text: text.slice(quoteStart, quoteStart + 10), speaker: 'e1', speakerMention: null },
  ]);
  const withSentiment = withLayer(withQuotes, 'sentiment', {
    sentences: [{ score: 0.4, label: 'positive' }],
    document: { score: 0.4, label: 'positive' },
    entities: { e1: { score: 0.4, label: 'positive' } },
  });
  return withLayer(withSentiment, 'stance', []);
}

describe('report', () => {
  const report = buildReport(sampleDocument(), { input: { path: 'a.txt', chars: text.length, sha256: 'a'.repeat(64) } });

  it('builds a report that validates against the shipped JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    const valid = validate(JSON.parse(renderJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a report whose sentiment is out of range', () => {
    const validate = new Ajv().compile(reportSchema);
    expect(validate({ ...report, sentiment: { score: 2, label: 'positive' } })).toBe(false);
  });

  it('names entities, quotes and their speakers in Markdown', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| Alice Smith | PERSON | 1 |');
    expect(md).toContain('“the plan” — Alice Smith');
  });

  it('escapes article text in HTML so no markup from the article survives', () => {
    const html = renderHtml(report);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<mark data-entity="e1" data-type="PERSON"');
  });
});
