import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDocument, NAME_TYPES, withLayer, type Entity, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { tagEntities } from '../tag-entities.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

// End to end on the article the project was built for, with the real tagger: what issue 3 asks.
const seeds = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const text = readFileSync(seeds + readdirSync(seeds).filter((f) => f.endsWith('.txt'))[0], 'utf8');
const doc = withSentences(createDocument(text));
const entities = tagEntities(doc);

function entity(name: string): Entity {
  const found = entities.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no entity named ${name}; found ${entities.map((e) => e.name).join(', ')}`);
  return found;
}

/** Mentions as "text@sentence". */
const mentions = (e: Entity) => e.mentions.map((m) => `${m.text}@${m.sentence}`);

describe('the seed article', () => {
  it('lists the three people under their full names with every surname and titled mention', () => {
    const biden = entity('Joe Biden');
    expect(biden.type).toBe('PERSON');
    expect(mentions(biden)).toEqual([
      'Joe Biden@0', 'Biden@1', 'Biden@2', 'Biden@3', 'Biden@4', 'Biden@6', 'Biden@7', 'Biden@8', 'Biden@13',
    ]);
    const zelensky = entity('Volodymyr Zelensky');
    expect(zelensky.type).toBe('PERSON');
    expect(mentions(zelensky)).toEqual(['Volodymyr Zelensky@0', 'Zelensky@2', 'Zelensky@6']);
    const putin = entity('Vladimir Putin');
    expect(putin.type).toBe('PERSON');
    expect(mentions(putin)).toEqual(['Vladimir Putin@6', 'Vladimir Putin@7', 'Putin@8']);
  });

  it('clusters "US" with the United States', () => {
    const us = entity('United States');
    expect(us.type).toBe('GPE');
    expect(mentions(us)).toEqual(['United States@0', 'US@1', 'United States@3', 'United States@4', 'US@6', 'US@8', 'US@10', 'US@11']);
  });

  it('keeps Washington, the capital standing for the government, as its own place', () => {
    expect(entity('Washington').type).toBe('GPE');
    expect(mentions(entity('Washington'))).toEqual(['Washington@0']);
  });

  it('finds Russia, Ukraine and Kyiv as places, without their possessives', () => {
    expect(entity('Russia').type).toBe('GPE');
    expect(entity('Russia').mentions).toHaveLength(8);
    expect(entity('Ukraine').type).toBe('GPE');
    expect(entity('Ukraine').mentions).toHaveLength(6);
    expect(entity('Kyiv').type).toBe('GPE');
    expect(mentions(entity('Kyiv'))).toEqual(['Kyiv@0']);
  });

  it('finds the White House as an organisation, with "WH" in the headline', () => {
    const wh = entity('White House');
    expect(wh.type).toBe('ORG');
    expect(mentions(wh)).toEqual(['White House@1', 'White House@3', 'White House@8', 'WH@9', 'White House@11']);
  });

  it('finds NATO as an organisation', () => {
    expect(entity('NATO').type).toBe('ORG');
  });

  it('keeps the nationality adjectives as NORP entities of their own', () => {
    expect(entity('Ukrainian').type).toBe('NORP');
    expect(entity('Russian').type).toBe('NORP');
    expect(mentions(entity('Russian'))).toEqual(['Russian@4', 'Russian@6', 'Russian@7']);
  });

  it('finds the date', () => {
    expect(entity('Sunday').type).toBe('DATE');
  });

  it('leaves titles and possessives out of every mention', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        expect(m.text).not.toMatch(/^(President|Mr\.|Senator)\b|[’']s?$/);
      }
    }
  });

  it('names exactly the entities a careful reader would', () => {
    expect(entities.filter((e) => NAME_TYPES.has(e.type)).map((e) => `${e.type} ${e.name}`)).toEqual([
      'GPE United States',
      'PERSON Joe Biden',
      'NORP Ukrainian',
      'PERSON Volodymyr Zelensky',
      'GPE Washington',
      'GPE Kyiv',
      'ORG White House',
      'GPE Russia',
      'GPE Ukraine',
      'NORP Russian',
      'PERSON Vladimir Putin',
      'LOC Europe',
      'ORG NATO',
    ]);
  });

  it('ranks the president first and the countries above a one-off place', () => {
    const byName = Object.fromEntries(entities.map((e) => [e.name, e.salience]));
    expect(byName['Joe Biden']).toBe(1);
    for (const name of ['United States', 'Russia', 'Ukraine']) expect(byName[name]).toBeGreaterThan(byName.Kyiv);
    for (const e of entities) if (!NAME_TYPES.has(e.type)) expect(e.salience).toBeLessThanOrEqual(0.2);
  });
});
