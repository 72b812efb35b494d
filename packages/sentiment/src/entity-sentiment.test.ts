import { applyStage, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { aggregateMentions, ENTITY_THRESHOLDS } from './entity-sentiment.js';
import { toSentiment } from './label.js';
import { sentimentStage } from './score-sentiment.js';
import { targetSentimentInDocument } from './target-sentiment.js';
import { analyse } from './test-helpers.js';

describe('aggregateMentions', () => {
  it('weighs each mention by how much its sentence is about the entity', () => {
    // One sentence about the entity (weight 2) and one passing mention (weight 0.25).
    const score = aggregateMentions([
      { sentence: 0, score: -0.8, weight: 2 },
      { sentence: 1, score: 0.9, weight: 0.25 },
    ]);
    expect(score).toBeCloseTo((-0.8 * 2 + 0.9 * 0.25) / 2.25, 5);
    expect(score).toBeLessThan(-0.5);
  });

  it('counts a sentence once, through its heaviest mention', () => {
    const repeated = aggregateMentions([
      { sentence: 0, score: 0.9, weight: 0.1 },
      { sentence: 0, score: 0.9, weight: 0.1 },
      { sentence: 0, score: 0.9, weight: 0.1 },
      { sentence: 1, score: -0.6, weight: 0.3 },
    ]);
    expect(repeated).toBeCloseTo((0.9 * 0.1 - 0.6 * 0.3) / 0.4, 5);
  });

  it('is 0 for an entity without scored mentions', () => {
    expect(aggregateMentions([])).toBe(0);
  });
});

describe('entity sentiment in the stage', () => {
  it('lets the sentence about an entity outweigh two passing mentions', () => {
    const text =
      'Miller was convicted of fraud and sentenced to prison. ' +
      'The Miller family foundation, a wonderful and generous charity, won a great award. ' +
      'The Miller prize for heroic service was a wonderful success.';
    const doc = analyse(text, ['Miller']);
    // Unweighted, the two glowing sentences that merely name the family and the prize would win.
    const plain = doc.layers.entities[0].mentions.map((m) => targetSentimentInDocument(doc, m).score);
    expect(plain.reduce((a, b) => a + b, 0) / plain.length).toBeGreaterThan(0);
    expect(doc.layers.sentiment.entities.e1.label).toBe('negative');
  });

  it('gives an entity praised throughout a positive score and one attacked throughout a negative one', () => {
    const text = 'Voters praised Garcia for her honesty. Garcia won the election. Critics blasted Miller for the scandal. Miller was convicted of fraud.';
    const { entities } = analyse(text, ['Garcia', 'Miller']).layers.sentiment;
    expect(entities.e1.label).toBe('positive');
    expect(entities.e2.label).toBe('negative');
  });

  it('labels an entity where target scores are best labelled, which lean negative: neutral from above -0.35 to below 0.2', () => {
    const labels = [-0.36, -0.35, -0.3, 0.19, 0.2].map((score) => toSentiment(score, ENTITY_THRESHOLDS).label);
    expect(labels).toEqual(['negative', 'negative', 'neutral', 'neutral', 'positive']);
    // A sentence's own label keeps VADER's band around zero.
    expect(toSentiment(-0.3).label).toBe('negative');
  });

  it('calls a plain report of a person neutral, though its sentences lean slightly positive', () => {
    // Each sentence leans a little positive (the entity scores about 0.14); a reader, like PerSenT's
    // raters, hears no sentiment in it.
    const text = 'Garcia was named head of the agency in March. Garcia previously ran a regional office. Garcia starts the new job on Monday.';
    const { e1 } = analyse(text, ['Garcia'], 'PERSON').layers.sentiment.entities;
    expect(e1.score).toBeGreaterThan(0);
    expect(e1.label).toBe('neutral');
  });

  it('leaves value entities (a date, an amount) neutral, however the sentence sounds', () => {
    const doc = analyse('Miller was convicted of fraud on Monday.', ['Miller', 'Monday']);
    const dated = doc.layers.entities.map((e) => (e.name === 'Monday' ? { ...e, type: 'DATE' as const } : e));
    const { entities } = applyStage(withLayer(doc, 'entities', dated), sentimentStage).layers.sentiment;
    expect(entities.e1.label).toBe('negative');
    expect(entities.e2).toEqual({ score: 0, label: 'neutral' });
  });

  it('scores an entity whose mentions fall outside every sentence as neutral', () => {
    const doc = analyse('Garcia.', ['Nobody']);
    expect(doc.layers.sentiment.entities.e1).toEqual({ score: 0, label: 'neutral' });
  });
});
