import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { valueMentions } from './value-mentions.js';

function values(text: string): string[] {
  return valueMentions(createDocument(text)).map((v) => `${v.type} ${text.slice(v.start, v.end)}`);
}

describe('valueMentions', () => {
  it('maps wink dates, cardinals, ordinals, money and percentages onto OntoNotes', () => {
    expect(values('On 12 March 2021 the 3rd bidder paid $5 for 12% of 40 shares.')).toEqual([
      'DATE 12 March 2021',
      'ORDINAL 3rd',
      'MONEY $5',
      'PERCENT 12%',
      'CARDINAL 40',
    ]);
  });

  it('leaves a preposition wink takes into a date out of it, but not words that qualify the amount', () => {
    expect(values('Prices have risen since 1976 and will fall by 2030, from 2009 to 2013 they held.')).toEqual([
      'DATE 1976',
      'DATE 2030',
      'DATE 2009 to 2013',
    ]);
    expect(values('It took over two years, between 2010 and 2013.')).toEqual(['DATE over two years', 'DATE between 2010 and 2013']);
  });

  it('leaves out "following" as a preposition ("Following Monday\'s debate"), not after a determiner', () => {
    expect(values("Following Monday's debate, the vote came following Tuesday's talks.")).toEqual(['DATE Monday', 'DATE Tuesday']);
    expect(values('They met again the following Monday.')).toEqual(['DATE following Monday']);
  });

  it('makes a number joined to a period by a hyphen, and an age, one DATE (TIME for hours)', () => {
    expect(values('A 24-year-old man, aged 31 years old, saw a two-day summit, a 10-year bond and a 12-hour shift.')).toEqual([
      'DATE 24-year-old',
      'DATE 31 years old',
      'DATE two-day',
      'DATE 10-year',
      'TIME 12-hour',
    ]);
  });

  it('makes an ordinal before a unit one point in time', () => {
    expect(values('He scored in the 12th minute of his third year.')).toEqual(['TIME 12th minute', 'DATE third year']);
  });

  it('makes light-years a distance, not a date', () => {
    expect(values('The star is 97 light-years away, and another 4.2 light years.')).toEqual(['QUANTITY 97 light-years', 'QUANTITY 4.2 light years']);
  });

  it('makes a number with a currency sign or word MONEY', () => {
    expect(values('He paid €3 million and 7 million dollars.')).toEqual(['MONEY €3 million', 'MONEY 7 million dollars']);
  });

  it('keeps a magnitude written onto an amount of money, not the full stop after it', () => {
    expect(values('It cost £240m, then $3bn and $2.5tn, and later $40k.')).toEqual(['MONEY £240m', 'MONEY $3bn', 'MONEY $2.5tn', 'MONEY $40k']);
    expect(values('The track is 240m long.')).toEqual(['CARDINAL 240']);
  });

  it('finds the ranges wink keeps in one token, and reads the dash of a range as no minus sign', () => {
    expect(values('Profits rose 10-15 percent in 2019-2020 and in the 2019-20 season.')).toEqual(['PERCENT 10-15 percent', 'DATE 2019-2020', 'DATE 2019-20']);
    expect(values('The rate is 5.25%-5.5%, after falling -3%.')).toEqual(['PERCENT 5.25%', 'PERCENT 5.5%', 'PERCENT -3%']);
  });

  it('makes a number followed by "percent" or "per cent" a PERCENT', () => {
    expect(values('Prices rose 4 percent after a 12 per cent fall.')).toEqual(['PERCENT 4 percent', 'PERCENT 12 per cent']);
  });

  it('makes a number with a unit of measure a QUANTITY', () => {
    expect(values('The pipe is 20 km long and carries 300 barrels over 10 square kilometres.')).toEqual([
      'QUANTITY 20 km',
      'QUANTITY 300 barrels',
      'QUANTITY 10 square kilometres',
    ]);
  });

  it('makes a duration in hours a TIME and one in days or years a DATE', () => {
    expect(values('The talks lasted two hours; the war lasted three years.')).toEqual(['TIME two hours', 'DATE three years']);
  });

  it('takes the article of a bare duration along', () => {
    expect(values('A day later, talks lasted an hour.')).toEqual(['DATE A day', 'TIME an hour']);
  });

  it('drops web-text types that name nothing', () => {
    expect(values('Mail a@b.com or see https://x.com #news')).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(values('')).toEqual([]);
  });
});
