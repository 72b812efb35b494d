import { createDocument, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../tagger/index.js';
import { collectMentions } from './mentions.js';
import { nameSpansOf } from './name-spans.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

function docOf(text: string) {
  return withSentences(createDocument(text));
}

/** Mentions as "TYPE text@sentence", with "+t" when a title stood before. */
function mentions(text: string, names: Record<string, EntityType> | NameSpan[]): string[] {
  const spans = Array.isArray(names) ? names : nameSpansOf(text, names);
  return collectMentions(docOf(text), spans).map((m) => `${m.type} ${m.text}@${m.sentence}${m.titled ? '+t' : ''}`);
}

describe('collectMentions', () => {
  it('gives each mention the index of its sentence', () => {
    expect(mentions('Ann Lee spoke. Then Bo Kim did.\n\nParis slept.', { 'Ann Lee': 'PERSON', 'Bo Kim': 'PERSON', Paris: 'GPE' })).toEqual([
      'PERSON Ann Lee@0',
      'PERSON Bo Kim@1',
      'GPE Paris@2',
    ]);
  });

  it("takes in a person's generational suffix, which taggers leave out, but not a next name's words", () => {
    expect(mentions('Dale Earnhardt Jr. won. Pope John Paul II prayed.', { 'Dale Earnhardt': 'PERSON', 'John Paul': 'PERSON' })).toEqual([
      'PERSON Dale Earnhardt Jr.@0',
      'PERSON John Paul II@1+t',
    ]);
    // Only a person's: "World War II" is whatever the tagger made it; and never into the next name.
    expect(mentions('World War II ended.', { 'World War': 'EVENT' })).toEqual(['EVENT World War@0']);
    expect(mentions('Ann Lee III', [{ start: 0, end: 7, type: 'PERSON' }, { start: 8, end: 11, type: 'ORG' }])).toEqual(['PERSON Ann Lee@0', 'ORG III@0']);
  });

  it('cuts a person at any lower-case word but a connector, where another name keeps a noun', () => {
    expect(mentions('Cruz tops Trump in Iowa race.', { 'Cruz tops Trump': 'PERSON' })).toEqual(['PERSON Cruz@0', 'PERSON Trump@0']);
    expect(mentions('Vincent van Gogh painted.', { 'Vincent van Gogh': 'PERSON' })).toEqual(['PERSON Vincent van Gogh@0']);
    expect(mentions('The Palestinian self-rule Authority met.', { 'Palestinian self-rule Authority': 'ORG' })).toEqual(['ORG Palestinian self-rule Authority@0']);
  });

  it('trims possessives and punctuation off tagged spans', () => {
    const text = 'We saw Kyiv’s walls and “Putin.”';
    const spans: NameSpan[] = [
      { start: text.indexOf('Kyiv'), end: text.indexOf(' walls'), type: 'GPE' },
      { start: text.indexOf('“Putin'), end: text.length, type: 'PERSON' },
    ];
    expect(mentions(text, spans)).toEqual(['GPE Kyiv@0', 'PERSON Putin@0']);
  });

  it('notes a title standing before a name the tagger left it out of', () => {
    expect(mentions('President Lee spoke with Gen. Kim and the general public.', { Lee: 'PERSON', Kim: 'ORG' })).toEqual([
      'PERSON Lee@0+t',
      'PERSON Kim@0+t',
    ]);
  });

  it('splits a hyphenated compound into names the article uses elsewhere', () => {
    const text = 'Russia and Ukraine met. The Russia-Ukraine talks and the Smith-Jones deal went on. Coca-Cola rose.';
    const spans = nameSpansOf(text, { Russia: 'GPE', Ukraine: 'GPE', 'Russia-Ukraine': 'NORP', 'Smith-Jones': 'PERSON', 'Coca-Cola': 'ORG' });
    expect(mentions(text, spans)).toEqual([
      'GPE Russia@0',
      'GPE Ukraine@0',
      'GPE Russia@1',
      'GPE Ukraine@1',
      'PERSON Smith-Jones@1',
      'ORG Coca-Cola@2',
    ]);
  });

  it('splits a compound whose parts are surnames of people the article names', () => {
    const text = 'Ann Smith met Bo Jones. The Smith-Jones deal held.';
    expect(mentions(text, { 'Ann Smith': 'PERSON', 'Bo Jones': 'PERSON', 'Smith-Jones': 'ORG' })).toEqual([
      'PERSON Ann Smith@0',
      'PERSON Bo Jones@0',
      'PERSON Smith@1',
      'PERSON Jones@1',
    ]);
  });

  it('adds the half of a compound the tagger left out when the article uses it', () => {
    const text = 'Lee met Kim. The Lee-Kim call was long.';
    const spans = nameSpansOf(text, { Lee: 'PERSON', Kim: 'PERSON' }).slice(0, 3);
    expect(mentions(text, spans)).toEqual(['PERSON Lee@0', 'PERSON Kim@0', 'PERSON Lee@1', 'PERSON Kim@1']);
  });

  it('keeps nationalities joined by a hyphen whole', () => {
    expect(mentions('Israeli and Arab leaders met. Arab-Israeli talks began.', { Israeli: 'NORP', Arab: 'NORP', 'Arab-Israeli': 'NORP' })).toEqual([
      'NORP Israeli@0',
      'NORP Arab@0',
      'NORP Arab-Israeli@1',
    ]);
  });

  it('keeps a hyphenated country whole', () => {
    expect(mentions('Guinea and Guinea-Bissau met.', { Guinea: 'GPE', 'Guinea-Bissau': 'GPE' })).toEqual(['GPE Guinea@0', 'GPE Guinea-Bissau@0']);
  });

  it('lets the name win a tie with an amount', () => {
    const text = 'He starred at Euro 96 in June.';
    const spans: NameSpan[] = [{ start: text.indexOf('Euro'), end: text.indexOf(' in'), type: 'EVENT' }];
    expect(mentions(text, spans)).toEqual(['EVENT Euro 96@0', 'DATE June@0']);
  });

  it('lets the longer of a name and an overlapping value win, a date on a tie', () => {
    expect(mentions('The Sunday Times wrote on Sunday.', { 'Sunday Times': 'ORG', Sunday: 'PERSON' })).toEqual([
      'ORG Sunday Times@0',
      'DATE Sunday@0',
    ]);
  });

  it('keeps a name that ties with a value when it is part of a person’s full name', () => {
    expect(mentions('Ann Sunday spoke. Sunday agreed.', { 'Ann Sunday': 'PERSON', Sunday: 'PERSON' })).toEqual([
      'PERSON Ann Sunday@0',
      'PERSON Sunday@1',
    ]);
  });

  it('ignores spans of value types or of nothing but punctuation from the tagger', () => {
    const text = 'It cost 5 -- said Lee.';
    const spans: NameSpan[] = [
      { start: text.indexOf('5'), end: text.indexOf('5') + 1, type: 'CARDINAL' },
      { start: text.indexOf('--'), end: text.indexOf('--') + 2, type: 'PERSON' },
    ];
    expect(mentions(text, spans)).toEqual(['CARDINAL 5@0']);
  });

  it('finds nothing in an empty document', () => {
    expect(mentions('', [])).toEqual([]);
  });
});
