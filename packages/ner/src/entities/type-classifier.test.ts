import { createDocument, encodeDeltaVarints, withLayer, type EntityType } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { afterEach, describe, expect, it } from 'vitest';
import { clustersFromNames, entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';
import { classOfType, classProbabilities, decodeTypes, documentCues, entityFeatures, isPlaceOrGroupWord, mayChangeClass, mayDrop, mayMove, mayRetype, TYPE_CLASSES, useTypeModel, type TypesFile } from './type-classifier.js';
import { mentionRoles } from './roles.js';

/** The document, its mentions and clusters when the tagger finds exactly `names`. */
function built(text: string, names: Record<string, EntityType>) {
  const parsed = createDocument(text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  return { doc, names: nameSpansOf(text, names), ...clustersFromNames(doc, nameSpansOf(text, names)) };
}

/** The features of the one cluster named `name`. */
function featuresOf(text: string, names: Record<string, EntityType>, name: string): number[] {
  const { doc, mentions, clusters } = built(text, names);
  const c = clusters.find((k) => k.name === name)!;
  return entityFeatures(doc, c, mentions, documentCues(doc, clusters));
}

/** A types file whose only rows push every feature in `features` towards class `to` by `by`. */
function modelFile(features: readonly number[], to: number, by: number, threshold = 0.5, dropThreshold = 0.5): TypesFile {
  const sorted = [...features].sort((x, y) => x - y);
  const keys = encodeDeltaVarints(sorted);
  const values: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    for (let c = 0; c < TYPE_CLASSES.length; c++) values.push(c === to ? by & 0xff : 0);
  }
  const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));
  return { bits: 16, classes: TYPE_CLASSES, scale: 0.1, threshold, dropThreshold, keys: b64(keys), values: b64(values) };
}

const TEXT = 'Leeds beat Hull 2-1 on Saturday. Fans of Leeds cheered in the rain.';
const NAMES: Record<string, EntityType> = { Leeds: 'GPE', Hull: 'GPE' };
const typesOf = () => {
  const { doc, names } = built(TEXT, NAMES);
  return entitiesFromNames(doc, names, true)
    .filter((e) => e.type !== 'DATE' && e.type !== 'CARDINAL')
    .map((e) => `${e.type} ${e.name}`);
};

describe('entity type classifier', () => {
  afterEach(() => useTypeModel(undefined));

  it('maps OntoNotes name types to the CoNLL classes it predicts, and values to none', () => {
    expect(['PERSON', 'ORG', 'GPE', 'FAC', 'NORP', 'DATE'].map((t) => classOfType(t as EntityType))).toEqual([0, 1, 2, 2, 3, -1]);
  });

  it('gives distinct features that depend on the words around the mentions', () => {
    const a = featuresOf('Leeds beat Hull.', { Leeds: 'GPE', Hull: 'GPE' }, 'Leeds');
    const b = featuresOf('She lives in Leeds.', { Leeds: 'GPE' }, 'Leeds');
    expect(a).toHaveLength(new Set(a).size);
    expect(a).not.toEqual(b);
    expect(featuresOf('Leeds beat Hull.', { Leeds: 'GPE', Hull: 'GPE' }, 'Leeds')).toEqual(a);
  });

  it('decodes a weights file into probabilities that sum to one and favour the weighted class', () => {
    const feats = featuresOf(TEXT, NAMES, 'Leeds');
    const m = decodeTypes(modelFile(feats, 1, 20));
    const p = classProbabilities(feats, m);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    expect(p.indexOf(Math.max(...p))).toBe(1);
  });

  it('retypes an entity the model is confident about, and leaves the others', () => {
    const feats = featuresOf(TEXT, NAMES, 'Leeds');
    const only = feats.filter((b) => !featuresOf(TEXT, NAMES, 'Hull').includes(b));
    useTypeModel(modelFile(only, 1, 100));
    expect(typesOf()).toEqual(['ORG Leeds', 'GPE Hull']);
  });

  it('types a name it makes a place as the tagger’s types are refined: a seat of government stays an organisation', () => {
    const text = 'The White House said the Black Sea talks would go on.';
    const names: Record<string, EntityType> = { 'White House': 'ORG', 'Black Sea': 'ORG' };
    const { doc, names: spans } = built(text, names);
    const feats = (name: string) => featuresOf(text, names, name);
    useTypeModel(modelFile([...new Set([...feats('White House'), ...feats('Black Sea')])], 2, 100));
    expect(entitiesFromNames(doc, spans, true).map((e) => `${e.type} ${e.name}`)).toEqual(['ORG White House', 'LOC Black Sea']);
  });

  it('keeps the type when the model is below its threshold', () => {
    const feats = featuresOf(TEXT, NAMES, 'Leeds');
    useTypeModel(modelFile(feats, 1, 100, 1.01));
    expect(typesOf()).toEqual(['GPE Leeds', 'GPE Hull']);
  });

  it('drops an entity the model confidently calls no name, and never touches given names without retype', () => {
    const feats = featuresOf(TEXT, NAMES, 'Hull');
    useTypeModel(modelFile(feats.filter((b) => !featuresOf(TEXT, NAMES, 'Leeds').includes(b)), 4, 100));
    expect(typesOf()).toEqual(['GPE Leeds']);
    const { doc, names } = built(TEXT, NAMES);
    expect(entitiesFromNames(doc, names).filter((e) => e.type === 'GPE')).toHaveLength(2);
  });

  it('never drops a person named by two capitalised words or more, however sure it is', () => {
    const text = 'Erling Haaland scored before Saka and Bukayo Saka Jr equalised. Smith watched.';
    const names: Record<string, EntityType> = { 'Erling Haaland': 'PERSON', Saka: 'PERSON', 'Bukayo Saka Jr': 'PERSON', Smith: 'PERSON' };
    const { doc, names: spans, mentions, clusters } = built(text, names);
    const all = clusters.flatMap((c) => entityFeatures(doc, c, mentions, documentCues(doc, clusters)));
    useTypeModel(modelFile([...new Set(all)], 4, 100));
    expect(entitiesFromNames(doc, spans, true).map((e) => e.name)).toEqual(['Erling Haaland', 'Bukayo Saka Jr']);
    expect([mayDrop(true, 'Erling Haaland'), mayDrop(true, 'Abd al-Karim Qasim'), mayDrop(true, 'Suleiman al-Amr'), mayDrop(true, 'Smith'), mayDrop(true, 'DE LOS'), mayDrop(false, 'Konrad Porsche'), mayDrop(false, 'Procter & Gamble'), mayDrop(false, 'Q&A')]).toEqual([false, false, false, true, true, true, false, true]);
    expect([mayDrop(true, 'C.L. "Butch" Otter'), mayDrop(true, 'C.L. Otter')]).toEqual([false, true]);
  });

  it('never drops an organisation whose name goes on past a link, unless it names an office or two names a possessive joins', () => {
    const kept = ['Americans for Prosperity', 'Council on Foreign Relations', 'Committee for a Responsible Federal Budget', 'Doctors Without Borders'];
    expect(kept.map((name) => mayDrop(false, name, true))).toEqual([false, false, false, false]);
    expect(mayDrop(false, 'Council on Foreign Relations')).toBe(true);
    const others = ['Secretary of State', 'Dean for Undergraduate Education', 'Department of Defense Chief', 'Republican of Minnesota', 'Council of ministers', "Acme University's Institute of Physics"];
    expect(others.map((name) => mayDrop(false, name, true))).toEqual([true, true, true, true, true, true]);
  });

  it('never drops a country’s name, but may drop a country’s code', () => {
    expect([mayDrop(false, 'France'), mayDrop(false, 'United States'), mayDrop(false, 'C.L.'), mayDrop(false, 'SA')]).toEqual([false, false, true, true]);
  });

  it('keeps a firm’s name holding " & " an organisation', () => {
    expect([mayRetype(1, 'Latham & Watkins LLP'), mayRetype(2, 'Latham & Watkins LLP'), mayRetype(3, 'Latham & Watkins LLP')]).toEqual([true, false, false]);
  });

  it('lets a group’s plural that speaks stay a group, where a place’s name that speaks may be a person', () => {
    const guarded = (text: string, names: Record<string, EntityType>, name: string) => {
      const { doc, mentions, clusters } = built(text, names);
      return isPlaceOrGroupWord(clusters.find((c) => c.name === name)!, mentions, mentionRoles(doc, mentions));
    };
    expect(guarded('Latinos said the plan failed. Many Latinos agree.', { Latinos: 'NORP' }, 'Latinos')).toBe(true);
    expect(guarded('Madison said the plan failed. Madison agrees.', { Madison: 'GPE' }, 'Madison')).toBe(false);
  });

  it('never drops one word of the clusters of groups’ names, however sure it is', () => {
    expect([mayDrop(false, 'Latino'), mayDrop(false, 'Republican'), mayDrop(false, 'Latinos'), mayDrop(false, 'Obama'), mayDrop(false, 'Guard')]).toEqual([false, false, true, true, true]);
  });

  it('never makes a person of members of a group', () => {
    const text = 'House Democrats passed the bill. Republicans objected.';
    const names: Record<string, EntityType> = { 'House Democrats': 'ORG', Republicans: 'NORP' };
    const { doc, names: spans, mentions, clusters } = built(text, names);
    const all = clusters.flatMap((c) => entityFeatures(doc, c, mentions, documentCues(doc, clusters)));
    useTypeModel(modelFile([...new Set(all)], 0, 100));
    expect(entitiesFromNames(doc, spans, true).filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.name}`)).toEqual(['ORG House Democrats', 'NORP Republicans']);
    expect([mayChangeClass(0, 3, 'John McCain', false), mayChangeClass(0, 3, 'McCain', false), mayChangeClass(0, 1, 'John McCain', false)]).toEqual([false, true, true]);
    expect([mayRetype(0, 'Senate Republicans'), mayRetype(2, 'Republicans'), mayRetype(0, 'Evans'), mayRetype(0, 'Ernst & Young'), mayRetype(0, 'James Webb Space Telescope'), mayRetype(0, 'Hurricane Katrina'), mayRetype(0, 'Katrina Hurricane'), mayRetype(0, 'Roe v. Wade')]).toEqual([false, true, true, false, false, false, true, false]);
  });

  it('never makes a person of one word the tagger took for a place or a group in every mention, unless it speaks', () => {
    const text = 'OSCEOLA, Iowa — Cruz toured Iowa with Democratic rivals behind him. Iowa Sen. Joni Ernst and Madison met. Madison said so.';
    const names: Record<string, EntityType> = { Iowa: 'GPE', Democratic: 'NORP', 'Joni Ernst': 'PERSON', Madison: 'GPE', Cruz: 'ORG' };
    const { doc, names: spans, mentions, clusters } = built(text, names);
    const all = clusters.flatMap((c) => entityFeatures(doc, c, mentions, documentCues(doc, clusters)));
    useTypeModel(modelFile([...new Set(all)], 0, 100));
    const types = entitiesFromNames(doc, spans, true).filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.name}`);
    // The tagger's place and group words keep their types, but one that speaks ("Madison said") and a
    // name it typed otherwise may still become a person.
    expect(types).toEqual(expect.arrayContaining(['GPE Iowa', 'NORP Democratic', 'PERSON Madison', 'PERSON Cruz', 'PERSON Joni Ernst']));
  });

  it('never makes a place of a person of two words or more that speaks, however sure it is', () => {
    const text = 'Izzat Rishq, a member of the bureau, said no. Maria Lopez visited. Zed Omar met Lopez.';
    const names: Record<string, EntityType> = { 'Izzat Rishq': 'PERSON', 'Maria Lopez': 'PERSON', Lopez: 'PERSON', 'Zed Omar': 'PERSON' };
    const { doc, names: spans, mentions, clusters } = built(text, names);
    const all = clusters.flatMap((c) => entityFeatures(doc, c, mentions, documentCues(doc, clusters)));
    useTypeModel(modelFile([...new Set(all)], 2, 100));
    const types = entitiesFromNames(doc, spans, true).filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.name}`);
    // The speaker stays a person; persons that say nothing may still become places.
    expect(types).toEqual(expect.arrayContaining(['PERSON Izzat Rishq', 'GPE Maria Lopez', 'GPE Zed Omar']));
  });

  it('never makes an organisation a miscellaneous name, however sure it is', () => {
    const text = 'NATO met in Brussels. Leaders of NATO and the Olympics spoke.';
    const names: Record<string, EntityType> = { NATO: 'ORG', Brussels: 'GPE', Olympics: 'EVENT' };
    const { doc, names: spans, mentions, clusters } = built(text, names);
    const all = clusters.flatMap((c) => entityFeatures(doc, c, mentions, documentCues(doc, clusters)));
    useTypeModel(modelFile([...new Set(all)], 3, 100));
    const types = entitiesFromNames(doc, spans, true).map((e) => `${e.type} ${e.name}`);
    // The place may still become a miscellaneous name; the organisation stays one.
    expect(types).toEqual(expect.arrayContaining(['ORG NATO', 'EVENT Olympics']));
    expect(types).not.toContain('GPE Brussels');
    expect([mayMove(1, 3), mayMove(1, 2), mayMove(2, 3), mayMove(3, 1)]).toEqual([false, true, true, true]);
  });
});
