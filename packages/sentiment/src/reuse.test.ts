import { applyStage, createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './score-sentiment.js';
import { handEntities, periodSentences } from './test-helpers.js';

const prepare = (text: string, names: string[]) =>
  applyStage(applyStage(createDocument(text), periodSentences), handEntities(names));

describe('buffers reused across calls', () => {
  it('scores an article the same before and after a longer and a shorter one', () => {
    const a = prepare('Critics blasted Smith for the scandal, but praised Jones. Smith was convicted of fraud.', ['Smith', 'Jones']);
    const long = prepare(
      'Aid workers welcomed the ceasefire in Spain. '.repeat(40) + 'Garcia praised the brilliant rescue. Miller condemned the attack.',
      ['Spain', 'Garcia', 'Miller'],
    );
    const short = prepare('Jones won.', ['Jones']);
    const before = JSON.stringify(scoreSentiment(a));
    const longFirst = JSON.stringify(scoreSentiment(long));
    scoreSentiment(short);
    // A fresh parse object of the same text, so no per-parse cache is reused.
    expect(JSON.stringify(scoreSentiment({ ...a, parse: { ...a.parse } }))).toBe(before);
    expect(JSON.stringify(scoreSentiment({ ...long, parse: { ...long.parse } }))).toBe(longFirst);
    expect(JSON.parse(before).entities.e1.label).toBe('negative');
  });
});
