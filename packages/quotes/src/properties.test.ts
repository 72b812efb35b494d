import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';
import { docOf } from './test-fixtures.js';

/** Text made of words, names, speech verbs, every kind of quotation mark, punctuation and line breaks. */
const newsLike = fc
  .array(
    fc.constantFrom(
      'said', 'Chen', 'the official', 'told reporters', 'according to', 'it added', 'we', 'win', 'don’t', "it's",
      '“', '”', '"', "'", '‘', '’', "''", '«', '»', ',', '.', ':', '?', ' — ', '(', ')', ' ', ' ', '\n', '\n\n', '=',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

const MARKS = /^(?:["“”„‟«»'‘’‚‹›]|'')/;

describe('findQuotes on arbitrary text', () => {
  it('returns true, ordered, non-overlapping spans that start and end with a quotation mark', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const quotes = findQuotes(docOf(text, [{ type: 'PERSON', names: ['Chen'] }]));
        let previousEnd = 0;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text).toMatch(MARKS);
          expect(q.text.at(-1)).toMatch(/["“”„‟«»'‘’‚‹›]/);
          if (q.speakerMention) expect(text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
          expect(q.speaker === null || q.speaker === 'e1').toBe(true);
          previousEnd = q.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findQuotes with empty tokens', () => {
  // wink leaves an empty word in some runs of full stops; a title-case check and a capital check
  // once read the first letter of that word and threw.
  it.each(['"e"cd..w', '“e”é1..n', '“We Will Win,” cd..w said Chen.'])('reads %j', (text) => {
    const doc = docOf(text, [{ type: 'PERSON', names: ['Chen'] }]);
    const { tokens } = doc.parse;
    expect(Array.from({ length: tokens.length }, (_, i) => tokens.value[i]).some((v) => v === '')).toBe(true);
    for (const q of findQuotes(doc)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('findQuotes with a speech verb right after a quote and no word before it', () => {
  // The phrase before "spoke" holds no head ("”ll-spoke"); it made a speaker phrase headed by token -1.
  it('reads "e”ll-spoke', () => {
    const text = '"e”ll-spoke';
    expect(() => findQuotes(docOf(text, [{ type: 'PERSON', names: ['Chen'] }]))).not.toThrow();
  });
});
