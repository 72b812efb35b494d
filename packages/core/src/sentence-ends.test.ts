import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import tables from '../model/sentence-ends.json' with { type: 'json' };
import { abbreviationsAgainst, winkTables } from '../scripts/wink-tables.js';
import { foldExtendedLatin, parseText, textForWink } from './parse.js';

/** wink's own sentence-boundary pass, for comparison: the pipe newslens used before it found sentences itself. */
const withSentences = winkNLP(model, ['sbd', 'pos']);

/** wink's sentences of a text as parseText gives it to wink, and parseText's own. */
function compare(text: string): { wink: number[][]; ours: number[][] } {
  const doc = withSentences.readDoc(textForWink(foldExtendedLatin(text)));
  return {
    wink: doc.sentences().out(withSentences.its.span) as unknown as number[][],
    ours: parseText(text).winkSentences.map((s) => [s.first, s.last]),
  };
}

describe('model/sentence-ends.json', () => {
  it('holds the words and sentence-boundary hints of the installed model (rebuild: npm run build:wink-tables)', () => {
    const { words, hints } = winkTables().sentenceEnds;
    expect(tables.words).toEqual(words);
    expect(tables.hints).toEqual(hints);
  });

  it("matches the lexicon's abbreviation marks with the rule sentenceEnds applies to every word", () => {
    expect(abbreviationsAgainst(/[a-z].*\.$/i)).toEqual([]);
  });
});

describe('sentenceEnds, through parseText', () => {
  it.each([
    'The U.S. Corp. shares rose. Mr. Smith left at 5 p.m. on Friday.',
    '"Yes," he said. "No." Then: \'Maybe\' - or not! Really? Yes.',
    'He called it "a disgrace". The vote is on.\n\nNew paragraph here — and more.\nAnother line',
    "Trump's\" quote ends. O'Brien's. It's done.",
    'Dr. A. B. Jones (left) met Gov. Smith. They spoke (briefly.) Then they left...',
    'Erdoğan said so. Vučić did not.',
    '',
    '   Leading spaces. ',
  ])('finds wink\'s sentences in "%s"', (text) => {
    const { wink, ours } = compare(text);
    expect(ours).toEqual(wink);
  });

  it("finds wink's sentences in any mix of hinted words, quotes, abbreviations and line breaks", () => {
    const words = [
      ...Object.keys(tables.hints).slice(0, 80), ...Object.values(tables.words),
      'said', 'the', 'vote', 'Smith', 'U.', 'Corp.', 'etc.', 'e.g.', '"', "'", '“', '”', '(', ')', '.', '!', '?', '...', '\n', '\n\n', "'s", '5', 'May',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 30, maxLength: 30 }), (picked, gaps) => {
        const { wink, ours } = compare(picked.map((w, i) => w + gaps[i]).join(''));
        expect(ours).toEqual(wink);
      }),
      { numRuns: 400 },
    );
  });
});
