import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { targetSentiment, targetSentimentInDocument } from './target-sentiment.js';

const at = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length };
};

describe('targetSentiment', () => {
  it('separates a praised target from an attacked one in the same sentence', () => {
    const text = 'The senator praised Garcia as a brilliant leader, while he condemned Miller as a corrupt liar.';
    expect(targetSentiment(text, at(text, 'Garcia')).label).toBe('positive');
    expect(targetSentiment(text, at(text, 'Miller')).label).toBe('negative');
  });

  it('ranks the praised target above the attacked one whichever comes first', () => {
    const text = 'Critics blasted Smith for the scandal, but praised Jones for her honesty.';
    expect(targetSentiment(text, at(text, 'Jones')).score).toBeGreaterThan(targetSentiment(text, at(text, 'Smith')).score + 0.4);
  });

  it('reads a target that is plainly condemned or celebrated', () => {
    const convicted = 'Miller was convicted of fraud and sentenced to prison.';
    const won = 'Garcia won the award for her heroic rescue work.';
    expect(targetSentiment(convicted, at(convicted, 'Miller')).label).toBe('negative');
    expect(targetSentiment(won, at(won, 'Garcia')).label).toBe('positive');
  });

  it('leaves a target neutral in a sentence that reports only facts', () => {
    const text = 'Garcia met Miller on Tuesday.';
    expect(targetSentiment(text, at(text, 'Garcia')).label).toBe('neutral');
  });

  it('scores in -1..1 as P(positive) − P(negative)', () => {
    const text = 'Miller was convicted of fraud and sentenced to prison.';
    const { score } = targetSentiment(text, at(text, 'Miller'));
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThan(-0.5);
  });

  it('agrees with the document variant on an existing parse', () => {
    const text = 'Garcia won the award. Critics blasted Miller for the scandal.';
    const doc = createDocument(text);
    expect(targetSentimentInDocument(doc, at(text, 'Miller')).label).toBe('negative');
    expect(targetSentimentInDocument(doc, at(text, 'Garcia')).label).toBe('positive');
  });

  it('returns neutral for an empty, reversed or out-of-range span and for empty text', () => {
    const text = 'Miller was convicted of fraud.';
    for (const span of [{ start: 3, end: 3 }, { start: 5, end: 2 }, { start: 0, end: 999 }, { start: -1, end: 4 }]) {
      expect(targetSentiment(text, span)).toEqual({ score: 0, label: 'neutral' });
    }
    expect(targetSentiment('', { start: 0, end: 0 })).toEqual({ score: 0, label: 'neutral' });
    expect(targetSentiment('   ', { start: 0, end: 2 })).toEqual({ score: 0, label: 'neutral' });
  });
});
