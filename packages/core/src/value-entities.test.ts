import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tables from '../model/value-entities.json' with { type: 'json' };
import { winkTables } from '../scripts/wink-tables.js';
import { valueEntities } from './value-entities.js';

/** wink's own value-entity pass, for comparison: the pipe newslens used before it read entities itself. */
const withEntities = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = withEntities.its;

function compare(text: string): { wink: string[]; ours: string[] } {
  const doc = withEntities.readDoc(text);
  const tokens = doc.tokens();
  const normal = tokens.out(its.normal) as string[];
  const type = tokens.out(its.type) as string[];
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const types = doc.entities().out(its.type) as string[];
  return {
    wink: spans.map(([first, last], i) => `${first}-${last} ${types[i]}`),
    ours: valueEntities({ length: normal.length, normal, type }).map((e) => `${e.first}-${e.last} ${e.type}`),
  };
}

describe('model/value-entities.json', () => {
  it('holds the words and NER hints of the installed model (rebuild: npm run build:wink-tables)', () => {
    const { words, hints } = winkTables().valueEntities;
    expect(tables.words).toEqual(words);
    expect(tables.hints).toEqual(hints);
  });
});

describe('valueEntities', () => {
  it.each([
    'On Monday, 3 March 2025, the fund raised $4.5 million, up 12% from 1999.',
    'The vote is at 10:30 a.m. on 03/15/2024; about two-thirds of 1,200 members, or 800, will attend.',
    'She was born circa 1950 and spent the last three years, from 2019 to 2022, in Paris.',
    'The charter of 1215 was sealed in June 1215, some 1199 days before the 2101st day.',
    'Write to press@example.org or see https://example.org/report #budget @treasury 🙂 :)',
    'The 2nd and 21st floors cost €3bn and 40 per cent more than in the 1990s, early next week.',
    'Between 5 and 10 percent of the $200,000 was spent in the first half of the year.',
    'It took 45 minutes.\nThe next day it took\n\n2 hours and 30 seconds.',
    'Shares rose 3.5 per cent to A$12.40; the 12-month high was 2,100.5 points in Q3 2023.',
    '',
  ])('finds what wink finds in "%s"', (text) => {
    const { wink, ours } = compare(text);
    expect(ours).toEqual(wink);
  });

  it('finds what wink finds in any mix of the words and numbers its machines read', () => {
    const words = [
      ...Object.values(tables.words), ...Object.keys(tables.hints).slice(0, 120),
      '1999', '2024', '1215', '1199', '2100', '2101', '12', '3.5', '1,200', '03/15/2024', '2024-03-15', '10:30', '1/2', '45%', '$', '€', 'the', 'report', 'Monday', 'May',
      '\n', '\n\n', '.', ',', 'km', 'Jan.', 'a.m.', "'90s", '#tag', '@name', 'x@y.org', 'http://a.io',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
        const { wink, ours } = compare(picked.join(' '));
        expect(ours).toEqual(wink);
      }),
      { numRuns: 400 },
    );
  });
});
