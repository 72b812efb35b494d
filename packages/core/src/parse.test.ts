import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import contractions from '../model/contractions.json' with { type: 'json' };
import { winkTables } from '../scripts/wink-tables.js';
import { foldExtendedLatin, parseText, textForWink } from './parse.js';

describe('parseText', () => {
  it('gives each token offsets whose slice is the token as written', () => {
    const text = 'Mr. Smith’s  dog\r\n\nU.S. officials—e.g. 😀 can’t pay $5.5m.';
    const { tokens } = parseText(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (let i = 0; i < tokens.length; i++) {
      expect(text.slice(tokens.start[i], tokens.end[i])).toBe(tokens.value[i]);
    }
  });

  it('keeps UTF-16 offsets right after astral-plane characters', () => {
    const text = '😀😀 Biden spoke.';
    const { tokens } = parseText(text);
    const i = tokens.value.indexOf('Biden');
    expect(tokens.start[i]).toBe(text.indexOf('Biden'));
  });

  it('reports wink value entities as character spans', () => {
    const text = 'It cost $5.5 million on Sunday.';
    const { winkEntities } = parseText(text);
    const money = winkEntities.find((e) => e.type === 'MONEY');
    expect(money && text.slice(money.start, money.end)).toBe('$5.5 million');
  });

  it('splits a possessive before punctuation as elsewhere, so a parse does not depend on earlier ones', () => {
    // wink alone gives "Zorbek's" one token before the full stop, then caches it and stops splitting it everywhere.
    const text = "The plan was Zorbek's. Zorbek's plan failed, and Zorbek’s, too.";
    const words = (t: string) => parseText(t).tokens.value.join(' ');
    expect(words(text)).toBe("The plan was Zorbek 's . Zorbek 's plan failed , and Zorbek ’s , too .");
    expect(words("Zorbek's plan failed.")).toBe("Zorbek 's plan failed .");
    expect(words("It was the G7's. The G7's plan.")).toBe("It was the G7 's . The G7 's plan .");
    const { tokens } = parseText(text);
    for (let i = 0; i < tokens.length; i++) expect(text.slice(tokens.start[i], tokens.end[i])).toBe(tokens.value[i]);
  });

  it('reads a word with letters beyond Latin-1 as one token, as written', () => {
    // wink alone cuts "Erdoğan" into "Erdo", "ğ", "an".
    const text = 'Erdoğan met Vučić in Łódź; Nguyễn spoke.';
    const { tokens } = parseText(text);
    expect(tokens.value.join(' ')).toBe('Erdoğan met Vučić in Łódź ; Nguyễn spoke .');
    for (let i = 0; i < tokens.length; i++) expect(text.slice(tokens.start[i], tokens.end[i])).toBe(tokens.value[i]);
    expect(tokens.normal[0]).toBe('erdogan');
    expect(foldExtendedLatin(text)).toBe('Erdogan met Vucic in Lódz; Nguyen spoke.');
    expect(foldExtendedLatin('ß đ Œ — 😀')).toBe('ß d O — 😀');
    expect(foldExtendedLatin('Ǝ ƀ')).toBe('X x');
  });

  /** parseText from a fresh copy of the module, with a wink instance of its own. */
  const freshParse = async () => {
    vi.resetModules();
    return (await import('./parse.js')).parseText;
  };

  it('reads digits split off a code as a number, whatever the wink instance met first', async () => {
    // wink types a new string where it first meets it: "96" in "24.SEP.96" was a word, alone a number.
    const text = 'MATURITY 24.SEP.96 PAY DATE 24.SEP.02';
    const alone = (await freshParse())(text);
    const after = await freshParse();
    after('The vote was 96 to 2 on 02 March.');
    expect(after(text)).toEqual(alone);
    const { value, type } = alone.tokens;
    expect(type[value.indexOf('96')]).toBe('number');
    expect(type[value.indexOf('02')]).toBe('number');
  });

  it('parses a text the same whatever the wink instance read before, lone combining marks included', async () => {
    // Mojibake with a combining diaeresis after a space: wink met alone as a word, and after the
    // second text as an unknown symbol (POS X) once that text had put it in its cache as one.
    const text = 'Ogni impedimento A\u0303\u0083A\u0302 \u0308 distrutto dal rigore.';
    const earlier = "''On espA\u0303 \u0308re,'' he said, or SA\u0303\u00a9golA\u0303 \u0308ne Royal.";
    const alone = (await freshParse())(text);
    const after = await freshParse();
    after(earlier);
    expect(after(text)).toEqual(alone);
    expect(alone.tokens.value).toContain('\u0308');
  });

  it('splits a contraction without an apostrophe before punctuation as wink does elsewhere', () => {
    // wink kept "cannot," whole, with a null lemma, or later whatever word had filled its cache slot.
    const { tokens } = parseText('They cannot, he said. We dont. Cannot!');
    expect(tokens.value.join(' ')).toBe('They can not , he said . We do nt . Can not !');
    expect(tokens.lemma.slice(1, 3)).toEqual(['can', 'not']);
    expect(textForWink('They cannot, we dont. Cannotx, cannot')).toBe('They cannot , we dont . Cannotx, cannot');
    expect(textForWink('écannot, o’cannot, 5cannot.')).toBe('écannot, o’cannot, 5cannot.');
  });

  it('holds every contraction of the model written without an apostrophe (rebuild: npm run build:wink-tables)', () => {
    expect(contractions.words).toEqual(winkTables().contractions.words);
  });

  it('leaves contractions and apostrophes inside words to wink', () => {
    expect(textForWink("It's done. Don't. O'Brien's. rock 'n' roll.")).toBe("It's done. Don't. O'Brien's . rock 'n' roll.");
  });

  it('parses the empty string to no tokens', () => {
    expect(parseText('').tokens.length).toBe(0);
  });

  it('keeps token offsets ordered and inside the text for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const { tokens } = parseText(text);
        let previousEnd = 0;
        for (let i = 0; i < tokens.length; i++) {
          const start = tokens.start[i];
          const end = tokens.end[i];
          if (start < previousEnd || end < start || end > text.length) return false;
          if (end > start && text.slice(start, end) !== tokens.value[i]) return false;
          previousEnd = end;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
