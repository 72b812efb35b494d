import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, type StanceRelation } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { inferStance } from './infer-stance.js';
import { sketchDocument } from './test-helpers.js';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const seedFile = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0];
const seed = readFileSync(join(seedsDir, seedFile), 'utf8');

/** The quote that starts with `opening`, marks included, up to its closing mark. */
function quoteFrom(opening: string): string {
  const start = seed.indexOf(opening);
  const end = seed.indexOf('”', start + 1);
  return seed.slice(start, end + 1);
}

function find(relations: StanceRelation[], sources: string[], target: string, polarity: 'support' | 'oppose') {
  return relations.filter((r) => sources.includes(r.source) && r.target === target && r.polarity === polarity);
}

describe('stance on the seed article, hand-made entity and quote layers', () => {
  const doc = sketchDocument(
    seed,
    [
      { id: 'us', type: 'GPE', mentions: ['United States', 'US', 'Washington'] },
      { id: 'biden', mentions: ['Joe Biden', 'Biden'] },
      { id: 'wh', type: 'ORG', mentions: ['White House', 'WH'] },
      { id: 'ukraine', type: 'GPE', mentions: ['Ukraine', 'Kyiv'] },
      { id: 'russia', type: 'GPE', mentions: ['Russia'] },
      { id: 'russian', type: 'NORP', mentions: ['Russian'] },
      { id: 'zelensky', mentions: ['Volodymyr Zelensky', 'Zelensky'] },
      { id: 'putin', mentions: ['Vladimir Putin', 'Putin'] },
      { id: 'nato', type: 'ORG', mentions: ['NATO'] },
    ],
    [
      [quoteFrom('“President Biden reaffirmed'), 'wh'],
      [quoteFrom('“The two leaders'), 'wh'],
      [quoteFrom('“remain committed'), 'us'],
    ],
    segment(createDocument(seed)),
  );
  const relations = inferStance(doc);
  const usSide = ['us', 'wh', 'biden'];

  it('has the US side support Ukraine, with evidence sentences', () => {
    const support = find(relations, usSide, 'ukraine', 'support');
    expect(support.length).toBeGreaterThan(0);
    expect(support.flatMap((r) => r.evidence).length).toBeGreaterThan(0);
  });

  it('has the US side oppose Russia, with evidence sentences', () => {
    const oppose = find(relations, usSide, 'russia', 'oppose');
    expect(oppose.length).toBeGreaterThan(0);
    expect(oppose.flatMap((r) => r.evidence).length).toBeGreaterThan(0);
  });

  it('does not relate the US side to itself, nor Putin against the US', () => {
    const pairs = relations.map((r) => `${r.source}>${r.target}`);
    for (const [x, y] of [['biden', 'us'], ['wh', 'us'], ['us', 'wh'], ['wh', 'biden'], ['us', 'biden'], ['putin', 'us'], ['putin', 'biden']]) {
      expect(pairs).not.toContain(`${x}>${y}`);
    }
  });

  it('has no one oppose Ukraine but Russia and Russians', () => {
    const against = relations.filter((r) => r.target === 'ukraine' && r.polarity === 'oppose');
    expect(against.every((r) => r.source === 'russia' || r.source === 'russian')).toBe(true);
  });

  it('does not have the US side oppose Ukraine more strongly than it supports it', () => {
    const best = (rs: StanceRelation[]) => Math.max(0, ...rs.map((r) => r.score));
    expect(best(find(relations, usSide, 'ukraine', 'support'))).toBeGreaterThan(best(find(relations, usSide, 'ukraine', 'oppose')));
  });
});

