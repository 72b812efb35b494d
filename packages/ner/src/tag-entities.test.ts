import { applyStage, createDocument } from '@newslens/core';
import { segmenterStage } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { nerStage } from './tag-entities.js';

function entitiesOf(text: string) {
  return applyStage(applyStage(createDocument(text), segmenterStage), nerStage).layers.entities;
}

describe('tagEntities', () => {
  it('maps wink value entities onto OntoNotes types with exact spans', () => {
    const text = 'The deal, worth $5.5 million, closed on Sunday.';
    const entities = entitiesOf(text);
    const money = entities.find((e) => e.type === 'MONEY');
    expect(money?.mentions[0].text).toBe('$5.5 million');
    expect(text.slice(money!.mentions[0].start, money!.mentions[0].end)).toBe('$5.5 million');
    expect(entities.some((e) => e.type === 'DATE' && e.name === 'Sunday')).toBe(true);
  });

  it('finds nothing in an empty document', () => {
    expect(entitiesOf('')).toEqual([]);
  });
});
