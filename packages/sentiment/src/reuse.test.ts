import { applyStage, createDocument } from '@newslens/core';
import { describe, expect, it, vi } from 'vitest';
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

describe('word types shared across calls', () => {
  /** scoreSentiment from a fresh copy of the package, as a new process would have it. */
  async function freshScorer(): Promise<typeof scoreSentiment> {
    vi.resetModules();
    return (await import('./score-sentiment.js')).scoreSentiment;
  }

  it('scores a text the same whatever texts were scored before it', async () => {
    // wink lemmatises "shot" as "shoot" (negative in AFINN) as a verb, as "shot" (no valence) as a noun.
    const verb = prepare('Three protesters were shot by the police on Monday.', []);
    const noun = prepare('Smith took a shot at the title on Monday.', ['Smith']);
    expect(lemmaOf(verb, 'shot')).toBe('shoot');
    expect(lemmaOf(noun, 'shot')).toBe('shot');
    const alone = (await freshScorer())(verb);
    const afterNoun = await freshScorer();
    afterNoun(noun);
    // A cache keyed by the written form alone gave the verb the noun's lemma, and so no valence.
    expect(afterNoun(verb)).toEqual(alone);
  });
});

function lemmaOf(doc: ReturnType<typeof prepare>, normal: string): string {
  const { tokens } = doc.parse;
  return tokens.lemma[tokens.normal.indexOf(normal)];
}
