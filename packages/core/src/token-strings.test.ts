import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenStrings, type TokenStrings } from './token-strings.js';
import { createWink } from './wink.js';

type WinkNLP = ReturnType<typeof createWink>;

/** What wink itself gives, one `out` per string, as the parse read it before. */
function winkStrings(nlp: WinkNLP, text: string): TokenStrings {
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  return {
    value: tokens.out(its.value),
    normal: tokens.out(its.normal),
    type: tokens.out(its.type),
    lemma: tokens.out(its.lemma as typeof its.value),
    pos: tokens.out(its.pos),
  };
}

const TEXTS = [
  // A lexeme under two POS tags, and so two lemmas.
  'She left the party. The left wing of the party left it. He saw the saw.',
  // Contractions, whose parts have normal forms and lemmas of their own ("ca" is "can").
  "I can't and won't go. It's John's car; they're sure he'd have gone. Y'all gonna come?",
  'The U.S. sold $3.5bn of bonds on 3 May 2021, at 5 p.m., #trade @user :-) https://example.com',
  '"Yes," he said. \u201cNo.\u201d\n\nErdogan met the CEO of ACME Corp. in Paris.',
  '',
];

describe('tokenStrings', () => {
  it.each(TEXTS)('gives what wink gives for %j, met first and met again', (text) => {
    const nlp = createWink();
    for (const other of TEXTS) tokenStrings(nlp, nlp.readDoc(other));
    expect(tokenStrings(nlp, nlp.readDoc(text))).toEqual(winkStrings(nlp, text));
    const fresh = createWink();
    expect(tokenStrings(fresh, fresh.readDoc(text))).toEqual(winkStrings(fresh, text));
  });

  it('gives what wink gives for generated texts, in any order, with one wink instance', () => {
    const nlp = createWink();
    const word = fc.constantFrom(
      'left', 'saw', 'can\'t', 'it\'s', 'John\'s', 'Smith', 'running', 'runs', 'better', 'U.S.', 'don\'t', 'gonna',
      'said', 'says', '3.5', 'May', 'may', 'fly', 'flies', 'zorbly', 'Zorbly', 'ZORBLY', ',', '.', '"', '\u2019', '\n',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(tokenStrings(nlp, nlp.readDoc(text))).toEqual(winkStrings(nlp, text));
      }),
      { numRuns: 300 },
    );
  });
});
