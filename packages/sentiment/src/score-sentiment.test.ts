import { describe, expect, it } from 'vitest';
import { analyse } from './test-helpers.js';
import { DOCUMENT_NORM } from './label.js';

const sentence = (text: string) => analyse(text).layers.sentiment.sentences[0];

describe('scoreSentiment: sentences', () => {
  it('labels a clearly hostile sentence negative and a warm one positive', () => {
    const { sentences } = analyse('The attack killed many and caused terrible suffering. The rescue was a wonderful success.').layers.sentiment;
    expect(sentences.map((s) => s.label)).toEqual(['negative', 'positive']);
  });

  it('flips a negated word: "not good" is negative', () => {
    expect(sentence('The plan is good.').label).toBe('positive');
    expect(sentence('The plan is not good.').label).toBe('negative');
  });

  it('scales a word by an intensifier and a diminisher', () => {
    const plain = sentence('The result was bad.').score;
    expect(sentence('The result was very bad.').score).toBeLessThan(plain);
    expect(sentence('The result was slightly bad.').score).toBeGreaterThan(plain);
    expect(sentence('The result was slightly bad.').score).toBeLessThan(0);
  });

  it('weighs the clause after "but" over the clause before it', () => {
    expect(sentence('The talks were friendly but they failed.').label).toBe('negative');
    expect(sentence('The talks failed but they were friendly.').label).toBe('positive');
  });

  it('reads "not only X but also Y" as adding Y to X, not weighing Y over X', () => {
    expect(sentence('He not only lied but also cheated.').score).toBeCloseTo(sentence('He lied and he also cheated.').score, 6);
    expect(sentence('It was not only slow but also wonderful.').score).toBeCloseTo(sentence('It was slow and also wonderful.').score, 6);
  });

  it('weighs a clause "although" opens at half, and one "but" or "yet" opens at a sentence start in full', () => {
    const plain = sentence('The plan failed.').score;
    expect(sentence('But the plan failed.').score).toBeCloseTo(plain, 6);
    expect(sentence('Yet the plan failed.').score).toBeCloseTo(plain, 6);
    expect(sentence('Although the talks were friendly, the plan failed.').score).toBeLessThan(sentence('The talks were friendly, the plan failed.').score);
  });

  it('weighs what "despite" concedes at half, to the clause mark, wherever it stands', () => {
    const plain = sentence('The vote was a success and the violence was terrible.').score;
    const conceded = ['The vote was a success despite the terrible violence.', 'Despite the terrible violence, the vote was a success.'];
    for (const text of [...conceded, 'In spite of the terrible violence, the vote was a success.']) {
      expect(sentence(text).score).toBeGreaterThan(plain);
    }
    expect(sentence(conceded[1]).score).toBeCloseTo(sentence(conceded[0]).score, 6);
    expect(sentence('In spite of the terrible violence, the vote was a success.').score).toBeCloseTo(sentence(conceded[1]).score, 6);
  });

  it('weighs a clause opened by "while" at half only where it opens the sentence', () => {
    const plain = sentence('The violence was terrible, the vote was a success.').score;
    expect(sentence('While the violence was terrible, the vote was a success.').score).toBeGreaterThan(plain);
    expect(sentence('"While the violence was terrible, the vote was a success."').score).toBeGreaterThan(plain);
    expect(sentence('The vote was a success, while the violence was terrible.').score).toBeCloseTo(
      sentence('The vote was a success, and the violence was terrible.').score,
      6,
    );
  });

  it('softens a hedged claim', () => {
    expect(Math.abs(sentence('It would be a disaster.').score)).toBeLessThan(Math.abs(sentence('It is a disaster.').score));
  });

  it('reads news vocabulary: aggression and sanctions are negative, a ceasefire positive', () => {
    expect(sentence('They warned against aggression.').label).toBe('negative');
    expect(sentence('The sanctions took effect.').label).toBe('negative');
    expect(sentence('The ceasefire took effect.').label).toBe('positive');
  });

  it('keeps every score finite and within -1..1, however many sentiment words pile up', () => {
    const { sentences, document } = analyse(`${'good great excellent superb '.repeat(50)}. ${'awful terrible horrible '.repeat(50)}.`).layers.sentiment;
    for (const s of [...sentences, document]) {
      expect(Number.isFinite(s.score)).toBe(true);
      expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
    }
    expect(sentences[0].score).toBeGreaterThan(0.9);
    expect(sentences[1].score).toBeLessThan(-0.9);
  });

  it('scores a document by its sentences together: opposite sentences cancel, agreeing ones add up', () => {
    const mixed = analyse('It was a wonderful day. It was a terrible day. It rained.').layers.sentiment;
    expect(mixed.sentences[0].score).toBeGreaterThan(0.3);
    expect(mixed.sentences[1].score).toBeLessThan(-0.3);
    expect(Math.abs(mixed.document.score)).toBeLessThan(0.1);
    const twice = analyse('It was a wonderful day. It was a wonderful day.').layers.sentiment;
    expect(twice.document.score).toBeGreaterThan(twice.sentences[0].score + 0.05);
  });

  it('scores a long document by its average sentence: past DOCUMENT_NORM sentences, more of the same adds nothing', () => {
    const sentence = 'It was a wonderful day. ';
    const short = analyse(sentence.repeat(DOCUMENT_NORM)).layers.sentiment.document;
    const long = analyse(sentence.repeat(50)).layers.sentiment.document;
    expect(long).toEqual(short);
    expect(long.score).toBeLessThan(0.9);
    const diluted = analyse(sentence + 'The meeting was on Tuesday. '.repeat(9)).layers.sentiment.document;
    expect(diluted.score).toBeGreaterThan(0);
    expect(diluted.score).toBeLessThan(analyse(sentence).layers.sentiment.document.score);
  });

  it('scores an empty document and one of punctuation as neutral', () => {
    expect(analyse('').layers.sentiment).toEqual({ sentences: [], document: { score: 0, label: 'neutral' }, entities: {} });
    const marks = analyse('... !!! ---').layers.sentiment;
    expect(marks.document.label).toBe('neutral');
    expect(marks.sentences.every((s) => s.score === 0)).toBe(true);
  });
});
