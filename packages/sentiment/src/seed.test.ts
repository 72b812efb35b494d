import { readdirSync, readFileSync } from 'node:fs';
import { applyStage, createDocument } from '@newslens/core';
import { nerStage } from '@newslens/ner';
import { segmenterStage } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { sentimentStage } from './score-sentiment.js';
import { handEntities } from './test-helpers.js';

const seeds = new URL('../../../seeds/', import.meta.url);
const text = readFileSync(new URL(readdirSync(seeds).find((f) => f.endsWith('.txt'))!, seeds), 'utf8');

describe('the seed article', () => {
  it('speaks of Russia worse than of Ukraine, with hand-made entities', () => {
    const segmented = applyStage(createDocument(text), segmenterStage);
    const doc = applyStage(applyStage(segmented, handEntities(['Russia', 'Ukraine'])), sentimentStage);
    const { e1: russia, e2: ukraine } = doc.layers.sentiment.entities;
    expect(russia.score).toBeLessThan(ukraine.score);
  });

  it('speaks of Russia worse than of Ukraine, end to end through segment and tagEntities', () => {
    const doc = applyStage(applyStage(applyStage(createDocument(text), segmenterStage), nerStage), sentimentStage);
    const russia = doc.layers.entities.find((e) => e.name === 'Russia');
    const ukraine = doc.layers.entities.find((e) => e.name === 'Ukraine');
    expect(russia && ukraine).toBeTruthy();
    const { entities } = doc.layers.sentiment;
    expect(entities[russia!.id].score).toBeLessThan(entities[ukraine!.id].score);
  });

  it('scores every sentence, in -1..1', () => {
    const doc = applyStage(applyStage(applyStage(createDocument(text), segmenterStage), nerStage), sentimentStage);
    expect(doc.layers.sentiment.sentences).toHaveLength(doc.layers.sentences.length);
    for (const s of doc.layers.sentiment.sentences) expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
  });
});
