import { Ajv } from 'ajv';
import { createDocument, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { buildReport, renderJson, reportSchema, type AnalysedDocument } from './index.js';
import { FIXTURE_TEXT, fixtureReport } from './report.fixture.js';

const validate = new Ajv({ allErrors: true }).compile(reportSchema);

function minimalDocument(text: string): AnalysedDocument {
  const doc = withLayer(createDocument(text), 'sentences', [{ start: 0, end: text.length }]);
  const withEntities = withLayer(doc, 'entities', []);
  const withSentiment = withLayer(withEntities, 'sentiment', {
    sentences: [{ score: 0, label: 'neutral' }],
    document: { score: 0, label: 'neutral' },
    entities: {},
  });
  return withLayer(withLayer(withSentiment, 'quotes', []), 'stance', []);
}

describe('buildReport and the JSON Schema', () => {
  it('a realistic report (entities, quotes, stance, warnings, input, timings) validates against the shipped schema', () => {
    const report = fixtureReport();
    expect(report.entities.length).toBeGreaterThan(3);
    expect(report.quotes.some((q) => q.speaker === null && q.speakerMention !== null)).toBe(true);
    expect(report.stance.map((r) => r.polarity).sort()).toEqual(['oppose', 'oppose', 'support']);
    const valid = validate(JSON.parse(renderJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('keeps every span true to the text: text.slice(start, end) is the span text', () => {
    const report = fixtureReport();
    const spans = [...report.entities.flatMap((e) => e.mentions), ...report.quotes, ...report.quotes.flatMap((q) => (q.speakerMention ? [q.speakerMention] : []))];
    for (const s of spans) expect(FIXTURE_TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('a report of a text with no entities, quotes or stance validates too', () => {
    expect(validate(JSON.parse(renderJson(buildReport(minimalDocument('Nothing happened.')))))).toBe(true);
  });

  it('compact JSON is one line (a JSONL record)', () => {
    expect(renderJson(fixtureReport(), { compact: true })).not.toContain('\n');
  });

  it('rejects a report whose sentiment is out of range', () => {
    expect(validate({ ...fixtureReport(), sentiment: { score: 2, label: 'positive' } })).toBe(false);
  });

  it('rejects an unknown field, an unknown entity type and a malformed input hash', () => {
    const report = fixtureReport();
    expect(validate({ ...report, extra: 1 })).toBe(false);
    expect(validate({ ...report, entities: [{ ...report.entities[0], type: 'PERSONA' }] })).toBe(false);
    expect(validate({ ...report, input: { chars: 3, sha256: 'XYZ' } })).toBe(false);
  });
});
