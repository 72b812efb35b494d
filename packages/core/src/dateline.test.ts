import { describe, expect, it } from 'vitest';
import { inDateline } from './dateline.js';
import { parseText } from './parse.js';

/** Whether the first occurrence of `place` in `text` stands in a dateline. */
function dateline(text: string, place: string): boolean {
  const { tokens } = parseText(text);
  const words = place.split(' ').length;
  const first = tokens.value.indexOf(place.split(' ')[0]);
  return inDateline(tokens, first, first + words - 1);
}

describe('inDateline', () => {
  it('finds the place that opens a dateline, with agency, region or date before the dash', () => {
    expect(dateline('Talks stall\n\nBRUSSELS — Leaders met on Monday.', 'BRUSSELS')).toBe(true);
    expect(dateline('WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON')).toBe(true);
    expect(dateline('LAGOS, Nigeria — Officials said.', 'LAGOS')).toBe(true);
    expect(dateline('LONDON, March 3 (Reuters) -- Shares fell.', 'LONDON')).toBe(true);
  });

  it('finds the region and the agency inside a dateline', () => {
    expect(dateline('LAGOS, Nigeria — Officials said.', 'Nigeria')).toBe(true);
    expect(dateline('Talks stall\n\nBERLIN (Reuters) - Germany said no.', 'Reuters')).toBe(true);
    expect(dateline('BERLIN (Reuters) - Germany said no.', 'Germany')).toBe(false);
    expect(dateline('Shares fell, Reuters said - and rose again.', 'Reuters')).toBe(false);
  });

  it('leaves places in sentences, and a hyphen joined to a word, alone', () => {
    expect(dateline('Leaders met in Brussels — and agreed.', 'Brussels')).toBe(false);
    expect(dateline('Paris-based firms grew.', 'Paris')).toBe(false);
    expect(dateline('Berlin said on Monday — again — that it would pay.', 'Berlin')).toBe(false);
  });
});
