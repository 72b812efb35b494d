import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tables from '../model/negation.json' with { type: 'json' };
import { winkTables } from '../scripts/wink-tables.js';
import { negationFlags } from './negation.js';

/** wink's own negation pass, for comparison: the pipe newslens used before it read negation itself. */
const withNegation = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
const its = withNegation.its;

function compare(text: string): { wink: boolean[]; ours: boolean[] } {
  const doc = withNegation.readDoc(text);
  const tokens = doc.tokens();
  const normal = tokens.out(its.normal) as string[];
  const type = tokens.out(its.type) as string[];
  const sentences = (doc.sentences().out(its.span) as unknown as number[][]).map(([first, last]) => ({ first, last }));
  return {
    wink: tokens.out(its.negationFlag) as unknown as boolean[],
    ours: negationFlags({ length: normal.length, normal, type }, sentences),
  };
}

describe('model/negation.json', () => {
  it("holds the words of the installed model's negation machine (rebuild: npm run build:wink-tables)", () => {
    expect(tables.words).toEqual(winkTables().negation.words);
  });
});

describe('negationFlags', () => {
  it.each([
    'The minister did not say when the talks would resume.',
    "They didn't respond, but the company never denied it.",
    'Not only did prices rise; no one expected it.',
    'He failed to win and ruled out a second run because the party was unlikely to back him.',
    'No wonder the plan, which nobody liked, was not approved as soon as it was filed.',
    'There was no\nsign of it. Without further ado, the vote went ahead without him',
    'A go-no-go decision may not come until May. It is not certain if it will.',
    '"We will never accept it!" he said. Neither side spoke. None were hurt.',
    'It is hardly news 🙂 that she was not happy :) with the deal',
    'not',
    'Prices fell. Not',
  ])('reads "%s" as wink does', (text) => {
    const { wink, ours } = compare(text);
    expect(ours).toEqual(wink);
  });

  it('reads any mix of negators, boundaries and other words as wink does', () => {
    const words = [
      ...Object.values(tables.words), 'not only', 'fail to', 'rule out', 'as good as', 'no wonder', 'go-no-go', 'go / no go',
      'rain', 'good', 'Go', 'No', 'Not', 'say', 'wonder', 'to', 'only', "don't", "can't", 'won’t', '\n', '\n\n', ':', '—', '"', '…', '3.5',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '  ', ''), { minLength: 40, maxLength: 40 }), (picked, gaps) => {
        const text = picked.map((w, i) => w + gaps[i]).join(' ');
        const { wink, ours } = compare(text);
        expect(ours).toEqual(wink);
      }),
      { numRuns: 500 },
    );
  });
});
