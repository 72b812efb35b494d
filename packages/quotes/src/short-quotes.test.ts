import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';
import { shortQuoteScore } from './short-quotes.js';
import { docOf } from './test-fixtures.js';

// The learned model (src/short-quotes-model.json) over the scare-quote and title rules: it may keep
// a short quote the rules leave out, where the words around it show someone holds the words.

/** The quotes findQuotes reports, with the model (default) or the rules alone. */
const texts = (text: string, shortQuotes: 'model' | 'rules') => findQuotes(docOf(text), { shortQuotes }).map((q) => q.text);

/** Each quote the model decides, and whether it keeps it. */
function decided(text: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  findQuotes(docOf(text), { onShortQuote: (span, _features, kept) => out.push([text.slice(span.start, span.end), kept]) });
  return out;
}

describe('short quotes: the learned model', () => {
  it('keeps a short quote that the sentence attributes, which the rules alone leave out', () => {
    const defended = 'She later defended the remark as “sarcastic.”';
    expect(texts(defended, 'rules')).toEqual([]);
    expect(texts(defended, 'model')).toEqual(['“sarcastic.”']);
    const concerns = 'The senator made clear she has “serious concerns” about the bill.';
    expect(texts(concerns, 'rules')).toEqual([]);
    expect(texts(concerns, 'model')).toEqual(['“serious concerns”']);
  });

  it('is asked about a scare quote nothing attributes, and leaves it out', () => {
    const text = 'The call failed to produce any “fundamental change” in the dynamic.';
    expect(decided(text)).toEqual([['“fundamental change”', false]]);
    expect(texts(text, 'model')).toEqual([]);
  });

  it('is not asked about a quote the rules keep, a "so-called" label or a typewriter quote', () => {
    expect(decided('The official noted that it remains “unclear” if talks go on.')).toEqual([]);
    expect(decided('Chen said the plan would arm the so-called “moderate rebels” in the north.')).toEqual([]);
    expect(decided("She later defended the remark as ''sarcastic.''")).toEqual([]);
  });

  it('scores features by their weights: a known cue raises the score, unknown features add nothing', () => {
    const base = shortQuoteScore(['rule=scare quote', 'partial']);
    expect(shortQuoteScore(['rule=scare quote', 'partial', 'no such feature'])).toBe(base);
    expect(shortQuoteScore(['rule=scare quote', 'partial', 'speech verb before near'])).toBeGreaterThan(base);
  });
});
