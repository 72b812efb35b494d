import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument, withLayer } from '@newslens/core';
import { tagEntities } from '@newslens/ner';
import { findQuotes } from '@newslens/quotes';
import { segment } from '@newslens/segmenter';
import { scoreSentiment } from '@newslens/sentiment';
import { describe, expect, it } from 'vitest';
import { inferStance } from './infer-stance.js';

/** Stance through the whole pipeline on a hand-written article in fixtures/, as "Source > polarity > Target". */
function table(file: string): string[] {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', file), 'utf8');
  const parsed = createDocument(text);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const quoted = withLayer(tagged, 'quotes', findQuotes(tagged));
  const doc = withLayer(quoted, 'sentiment', scoreSentiment(quoted));
  const name = (id: string) => doc.layers.entities.find((e) => e.id === id)?.name;
  return inferStance(doc).map((r) => `${name(r.source)} > ${r.polarity} > ${name(r.target)}`);
}

describe('stance on hand-written articles through the pipeline', () => {
  it('a lawsuit: the plaintiff opposes the company it sues', () => {
    expect(table('court.txt')).toContain('Justice Department > oppose > Google');
  });

  it('a strike: the union supports the senator who joined it, the company blames the union leader; the city is only a setting', () => {
    const got = table('strike.txt');
    expect(got).toContain('United Auto Workers > support > Elizabeth Warren');
    expect(got).toContain('General Motors > oppose > Shawn Fain');
    expect(got.filter((r) => r.includes('Detroit'))).toEqual([]);
  });

  it('a dateline: the chancellor opposes Moscow, the prime minister who praised Putin supports him; the city the story was filed from takes no side', () => {
    const got = table('dateline.txt');
    expect(got).toContain('Olaf Scholz > oppose > Moscow');
    // "has repeatedly opposed sanctions on Russian gas and has praised President Vladimir Putin".
    expect(got).toContain('Viktor Orbán > support > Vladimir Putin');
    expect(got.filter((r) => /BRUSSELS|Brussels/.test(r))).toEqual([]);
  });

  it('a summit: France supports Poland, Minsk opposes Poland, and nobody supports Belarus', () => {
    const got = table('summit.txt');
    expect(got).toContain('France > support > Poland');
    expect(got).toContain('Minsk > oppose > Poland');
    expect(got.filter((r) => /support > (Belarus|Minsk)/.test(r))).toEqual([]);
  });

  it('a trade dispute: Canada opposes China, the EU supports Canada, and no one supports China', () => {
    const got = table('trade.txt');
    expect(got).toContain('Canada > oppose > China');
    expect(got).toContain('European Union > support > Canada');
    expect(got.filter((r) => r.endsWith('support > China'))).toEqual([]);
  });
});
