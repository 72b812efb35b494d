import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, withLayer, type StanceRelation } from '@newslens/core';
import { tagEntities } from '@newslens/ner';
import { findQuotes } from '@newslens/quotes';
import { segment } from '@newslens/segmenter';
import { scoreSentiment } from '@newslens/sentiment';
import { describe, expect, it } from 'vitest';
import { inferStance } from './infer-stance.js';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seedFile = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0];
const seed = readFileSync(join(seedsDir, seedFile), 'utf8');

function find(relations: StanceRelation[], sources: string[], target: string, polarity: 'support' | 'oppose') {
  return relations.filter((r) => sources.includes(r.source) && r.target === target && r.polarity === polarity);
}

describe('stance on the seed article through segment, tagEntities, scoreSentiment and findQuotes', () => {
  const parsed = createDocument(seed);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const scored = withLayer(tagged, 'sentiment', scoreSentiment(tagged));
  const doc = withLayer(scored, 'quotes', findQuotes(scored));
  const relations = inferStance(doc);
  const idsNamed = (...names: string[]) => doc.layers.entities.filter((e) => names.includes(e.name)).map((e) => e.id);
  const usSide = idsNamed('United States', 'US', 'White House', 'Joe Biden');
  const [ukraine] = idsNamed('Ukraine');
  const [russia] = idsNamed('Russia');

  it('has the US side support Ukraine, with evidence sentences', () => {
    const support = find(relations, usSide, ukraine, 'support');
    expect(support.length).toBeGreaterThan(0);
    expect(support[0].evidence.length).toBeGreaterThan(0);
  });

  it('has the US side oppose Russia, with evidence sentences', () => {
    const oppose = find(relations, usSide, russia, 'oppose');
    expect(oppose.length).toBeGreaterThan(0);
    expect(oppose[0].evidence.length).toBeGreaterThan(0);
  });
});
