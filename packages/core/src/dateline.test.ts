import { describe, expect, it } from 'vitest';
import { isDateline } from './dateline.js';
import { parseText } from './parse.js';

/** Whether the first occurrence of `place` in `text` opens a dateline. */
function dateline(text: string, place: string): boolean {
  const { tokens } = parseText(text);
  const words = place.split(' ').length;
  const first = tokens.value.indexOf(place.split(' ')[0]);
  return isDateline(tokens, first, first + words - 1);
}

describe('isDateline', () => {
  it('finds the place that opens a dateline, with agency, region or date before the dash', () => {
    expect(dateline('Talks stall\n\nBRUSSELS — Leaders met on Monday.', 'BRUSSELS')).toBe(true);
    expect(dateline('WASHINGTON (Reuters) - The Senate voted.', 'WASHINGTON')).toBe(true);
    expect(dateline('LAGOS, Nigeria — Officials said.', 'LAGOS')).toBe(true);
    expect(dateline('LONDON, March 3 (Reuters) -- Shares fell.', 'LONDON')).toBe(true);
  });

  it('leaves places in sentences, and a hyphen joined to a word, alone', () => {
    expect(dateline('Leaders met in Brussels — and agreed.', 'Brussels')).toBe(false);
    expect(dateline('Paris-based firms grew.', 'Paris')).toBe(false);
    expect(dateline('Berlin said on Monday — again — that it would pay.', 'Berlin')).toBe(false);
  });
});
