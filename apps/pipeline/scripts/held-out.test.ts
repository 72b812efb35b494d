import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { seededRandom } from '@newslens/evaluation';
import type { SentimentLabel } from '@newslens/core';
import { bestThresholds, crossValidatedThresholds, entityFor, readPerSent } from './held-out.js';

describe('readPerSent', () => {
  it('reads quoted multi-line documents and both label spellings, skipping rows without a label', () => {
    const csv = [
      'DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,MASKED_DOCUMENT,TRUE_SENTIMENT,Paragraph0',
      '7,,Ann Lee,"Ann Lee won, again.\nShe thanked fans.",x,Positive,Positive',
      '8,,Bo Park,"Bo Park lost.",x,0,Negative',
      '9,,Cy Ray,"Cy Ray spoke.",x,,',
    ].join('\n');
    expect(readPerSent(csv)).toEqual([
      { id: '7', text: 'Ann Lee won, again.\nShe thanked fans.', target: 'Ann Lee', gold: 'positive' },
      { id: '8', text: 'Bo Park lost.', target: 'Bo Park', gold: 'negative' },
    ]);
  });

  it('puts the headline above the document, as the raters read it', () => {
    const csv = ['DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT', '7, Lee wins the cup ,Ann Lee,"Ann Lee won.",Positive'].join('\n');
    expect(readPerSent(csv)[0].text).toBe('Lee wins the cup\n\nAnn Lee won.');
  });

  it('reads every row where CRLF and LF row ends are mixed, LF staying inside a document', () => {
    const csv = [
      'DOCUMENT_INDEX,TITLE,TARGET_ENTITY,DOCUMENT,MASKED_DOCUMENT,TRUE_SENTIMENT\r\n',
      '7,,Ann Lee,"Ann Lee won.\nShe thanked fans.",x,Positive\r\n',
      '8,,Bo Park,"Bo Park lost.",x,Negative\n',
      '9,,Cy Ray,"Cy Ray spoke.\nHe left.",x,Neutral\n',
    ].join('');
    expect(readPerSent(csv).map((a) => [a.id, a.text])).toEqual([
      ['7', 'Ann Lee won.\nShe thanked fans.'],
      ['8', 'Bo Park lost.'],
      ['9', 'Cy Ray spoke.\nHe left.'],
    ]);
  });
});

describe('entityFor', () => {
  const report = analyze(
    'Senator Maria Gonzalez praised the plan on Monday. Gonzalez said Texas would gain. ' +
      'Her rival, Tom Gonzalez-Reyes, called it a disgrace, and Acme Corp agreed with him.',
  );
  const name = (target: string) => entityFor(report, target)?.name;

  it('finds the person by full name in any case, by surname, and with a title before it', () => {
    expect(name('Maria Gonzalez')).toBe('Maria Gonzalez');
    expect(name('maria gonzalez')).toBe('Maria Gonzalez');
    expect(name('Tom Gonzalez-Reyes')).toBe('Tom Gonzalez-Reyes');
    expect(name('Sen. Maria Gonzalez')).toBe('Maria Gonzalez');
  });

  it('finds a person by surname, but not by half of a double-barrelled one', () => {
    expect(name('Gonzalez')).toBe('Maria Gonzalez');
    expect(name('Reyes')).toBeUndefined();
  });

  it('finds a person whose full name the dataset\'s name runs on from, but not by a first name alone', () => {
    expect(name('Maria GonzalezSenator')).toBe('Maria Gonzalez');
    expect(name('Maria Gonzalez Texas')).toBe('Maria Gonzalez');
    expect(name('Mariah Carey')).toBeUndefined();
  });

  it('finds an entity of another type only by its name, and nothing for a name the article lacks', () => {
    expect(name('Acme Corp')).toBe('Acme Corp');
    expect(name('Pat Smith')).toBeUndefined();
    expect(name('')).toBeUndefined();
  });
});

describe('calibration ceilings', () => {
  const separable = (n: number) => {
    const scores: number[] = [];
    const gold: SentimentLabel[] = [];
    for (let i = 0; i < n; i++) {
      const label = (['negative', 'neutral', 'positive'] as const)[i % 3];
      scores.push((i % 3) * 0.5 - 0.5 + (i % 7) * 0.01);
      gold.push(label);
    }
    return { scores, gold };
  };

  it('bestThresholds finds the first grid pair that separates the classes', () => {
    const gold: SentimentLabel[] = ['negative', 'negative', 'neutral', 'neutral', 'positive', 'positive'];
    expect(bestThresholds([-0.9, -0.6, 0, 0.1, 0.7, 0.9], gold)).toEqual({ negative: -0.6, positive: 0.125, macroF1: 1 });
  });

  it('crossValidatedThresholds reaches the ceiling where the classes separate, and falls below it where the scores say nothing', () => {
    const { scores, gold } = separable(60);
    expect(crossValidatedThresholds(scores, gold)).toBe(1);
    const random = seededRandom(7);
    const noise = gold.map(() => random() * 2 - 1);
    expect(crossValidatedThresholds(noise, gold)).toBeLessThan(bestThresholds(noise, gold).macroF1 - 0.1);
  });
});
