import { applyStage, createDocument, ENTITY_TYPES, NAME_TYPES, withLayer, type NewsDocument } from '@newslens/core';
import { segment, segmenterStage } from '@newslens/segmenter';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nerStage, tagEntities } from './tag-entities.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

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

  it('keeps a person with a generational suffix a person ("Jr." is no "Inc.")', () => {
    const person = entitiesOf('Dale Earnhardt Jr. won the race on Sunday. Earnhardt celebrated.').find((e) => e.name === 'Dale Earnhardt Jr.');
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Dale Earnhardt Jr.', 'Earnhardt']);
  });

  it('names an organisation by its headline name where the body gives only its head word', () => {
    const party = entitiesOf('Voters Desert the Labour Party in Leeds\n\nThe Party met on Monday.').find((e) => e.type === 'ORG');
    expect(party?.name).toBe('Labour Party');
    expect(party?.mentions.map((m) => m.text)).toEqual(['Labour Party', 'Party']);
  });

  it('finds nothing in an empty or blank document', () => {
    expect(entitiesOf('')).toEqual([]);
    expect(entitiesOf(' \n\n ')).toEqual([]);
  });

  it('finds no names in a text without any', () => {
    expect(entitiesOf('it was raining and nobody came.').filter((e) => NAME_TYPES.has(e.type))).toEqual([]);
  });

  it('works as a pipeline stage that requires sentences', () => {
    expect(nerStage.requires).toEqual(['sentences']);
    expect(nerStage.provides).toBe('entities');
    expect(() => applyStage(createDocument('Hi.') as NewsDocument<'sentences'>, nerStage)).toThrow(/sentences/);
  });
});

/** Word-like pieces that reach the trimming, title, compound and acronym rules more often than random text. */
const piece = fc.oneof(
  fc.constantFrom(
    'President', 'Mr.', 'Gen.', 'Prime Minister', 'Maria', 'Smith', 'Maria Smith', 'US', 'U.S.', 'United States',
    'Ukrainian', 'Russia-Ukraine', 'Smith-Jones', 'WHO', 'World Health Organization', 'White House', 'WH',
    '’s', "'s", '’', '“', '”', '"', '.', ',', '-', '–', ':', '\n\n', ' ', 'said', 'the', '$5', '3 km', 'on Sunday',
    '𝐀', '\u200b', 'é', '\ud800',
  ),
  fc.string({ maxLength: 6 }),
);
const article = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 40 }).map((p) => p.join(' ')));

describe('tagEntities on arbitrary text', () => {
  it('never throws and keeps every span, sentence index, type and salience valid', () => {
    fc.assert(
      fc.property(article, (text) => {
        const doc = withSentences(createDocument(text));
        const entities = tagEntities(doc);
        const sentenceCount = doc.layers.sentences.length;
        entities.forEach((e, k) => {
          expect(e.id).toBe(`e${k + 1}`);
          expect(ENTITY_TYPES).toContain(e.type);
          expect(e.salience).toBeGreaterThanOrEqual(0);
          expect(e.salience).toBeLessThanOrEqual(1);
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.end).toBeGreaterThan(m.start);
            expect(Number.isInteger(m.sentence) && m.sentence >= 0 && m.sentence < sentenceCount).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
