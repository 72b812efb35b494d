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

describe('stance on the seed article through segment, tagEntities, findQuotes and scoreSentiment', () => {
  const parsed = createDocument(seed);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const quoted = withLayer(tagged, 'quotes', findQuotes(tagged));
  const doc = withLayer(quoted, 'sentiment', scoreSentiment(quoted));
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

  const named = (r: StanceRelation) => {
    const name = (id: string) => doc.layers.entities.find((e) => e.id === id)?.name;
    return `${name(r.source)} > ${name(r.target)}`;
  };

  it('does not relate the US side to itself ("Biden made it clear that the US would respond …")', () => {
    const pairs = relations.map(named);
    for (const x of ['Joe Biden', 'White House', 'United States', 'Washington']) {
      for (const y of ['Joe Biden', 'White House', 'United States', 'Washington']) expect(pairs).not.toContain(`${x} > ${y}`);
    }
  });

  it('has no US-side relation against the US, and no Ukrainian side against Washington or for Kyiv', () => {
    const pairs = relations.map(named);
    for (const unwanted of ['Vladimir Putin > United States', 'Ukrainian > Washington', 'Ukrainian > Kyiv', 'Volodymyr Zelensky > Kyiv']) {
      expect(pairs).not.toContain(unwanted);
    }
  });

  it('keeps the table short: every relation involves Ukraine, Kyiv, Russia or Russian as a target', () => {
    expect(relations.length).toBeLessThanOrEqual(12);
    const targets = new Set(idsNamed('Ukraine', 'Kyiv', 'Russia', 'Russian'));
    expect(relations.filter((r) => !targets.has(r.target))).toEqual([]);
  });
});
