import { readdirSync, readFileSync } from 'node:fs';
import { createDocument, withLayer, type Quote } from '@newslens/core';
import { tagEntities } from '@newslens/ner';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';
import { docOf } from './test-fixtures.js';

// The seed article the project was built for; its sentences are the fixtures here.
const seeds = new URL('../../../seeds/', import.meta.url);
const text = readFileSync(new URL(readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()[0], seeds), 'utf8');

/** Each quote as [its first words, its speaker mention]. */
const table = (quotes: Quote[]) => quotes.map((q) => [q.text.slice(0, 24), q.speakerMention?.text ?? null]);

const expected = [
  ['“respond swiftly and deci', 'an official release by the White House'],
  ['“President Biden reaffirm', 'White House'],
  ['“The two leaders agreed o', 'it'],
  ['“professional and substan', null],
  ['“put ideas on the table t', 'a senior White House official'],
  ['“unclear”', 'the senior administration official'],
  ['“through the use of force', 'the senior administration official'],
  ['“remain committed to keep', 'an official White House release'],
  ['“The stakes of this are t', 'the senior Biden administration’s official'],
].map(([quote, mention]) => [quote!.slice(0, 24), mention]);

const statementSpeakers = ['“respond swiftly', '“President Biden reaffirmed', '“The two leaders agreed', '“remain committed'];

describe('the seed article, with a hand-made entity layer', () => {
  const doc = docOf(text, [
    { type: 'ORG', names: ['White House', 'WH'] },
    { type: 'PERSON', names: ['Joe Biden', 'President Biden', 'Biden'] },
    { type: 'PERSON', names: ['Volodymyr Zelensky', 'Zelensky'] },
    { type: 'PERSON', names: ['Vladimir Putin', 'Putin'] },
    { type: 'GPE', names: ['United States', 'US', 'Washington'] },
    { type: 'GPE', names: ['Ukraine'] },
    { type: 'GPE', names: ['Russia'] },
    { type: 'ORG', names: ['NATO'] },
  ]);
  const quotes = findQuotes(doc);

  it('finds every statement quote with the phrase that names its speaker', () => {
    expect(table(quotes)).toEqual(expected);
  });

  it('reports none of the scare quotes', () => {
    const texts = quotes.map((q) => q.text);
    for (const scare of ['“deterrence”', '“fundamental change”', "'Unclear'"]) expect(texts).not.toContain(scare);
  });

  it('attributes the statement, “…,” it added and the release to the White House', () => {
    for (const start of statementSpeakers) expect(quotes.find((q) => q.text.startsWith(start))?.speaker).toBe('e1');
  });

  it('keeps the officials apart from the White House and from the president', () => {
    const officials = quotes.filter((q) => q.speakerMention?.text.endsWith('official'));
    expect(officials).toHaveLength(4);
    for (const q of officials) expect(q.speaker).toBeNull();
  });
});

describe('the seed article, end to end with segment and tagEntities', () => {
  const parsed = createDocument(text);
  const withSentences = withLayer(parsed, 'sentences', segment(parsed));
  const doc = withLayer(withSentences, 'entities', tagEntities(withSentences));
  const quotes = findQuotes(doc);

  it('finds the same quotes and speaker phrases', () => {
    expect(table(quotes)).toEqual(expected);
  });

  it('attributes the statement quotes to the entity the tagger made of the White House', () => {
    const whiteHouse = doc.layers.entities.find((e) => e.mentions.some((m) => m.text === 'White House'));
    expect(whiteHouse).toBeDefined();
    for (const start of statementSpeakers) expect(quotes.find((q) => q.text.startsWith(start))?.speaker).toBe(whiteHouse?.id);
  });
});
