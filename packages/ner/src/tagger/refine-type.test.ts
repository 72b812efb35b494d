import { describe, expect, it } from 'vitest';
import { refineType } from './refine-type.js';

const [PER, ORG, LOC, MISC] = [0, 1, 2, 3];

describe('refineType', () => {
  it('makes a name that ends in a day of the week an event, not a person named so', () => {
    expect(refineType(ORG, ['Super', 'Tuesday'], 'on', '')).toBe('EVENT');
    expect(refineType(MISC, ['Black', 'Friday'], '', 'sales')).toBe('EVENT');
    expect(refineType(PER, ['Joe', 'Friday'], '', 'said')).toBe('PERSON');
  });

  it('types a multi-word name by its head word from the training data, before "of" or last', () => {
    expect(refineType(LOC, ['University', 'of', 'Lagos'], '', '')).toBe('ORG');
    expect(refineType(PER, ['Tamsin', 'Party'], '', '')).toBe('ORG');
    expect(refineType(ORG, ['Elm', 'Street'], '', '')).toBe('FAC');
    expect(refineType(ORG, ['Red', 'River'], '', '')).toBe('LOC');
    // Surnames such as Park or Hall head place names too: a person stays a person.
    expect(refineType(PER, ['Ji-sung', 'Park'], '', '')).toBe('PERSON');
    // No one's surname is Street or Mall: a street named after a given name is no person.
    expect(refineType(PER, ['Kirk', 'Street'], 'on', '')).toBe('FAC');
    expect(refineType(LOC, ['Mayfair', 'Mall'], 'at', '')).toBe('FAC');
    expect(refineType(PER, ['Bulgari', 'Tower'], 'the', '')).toBe('FAC');
    // A place head that ends no person's name in the training data: the tagger's person is a place.
    expect(refineType(PER, ['Drake', 'Hotel'], 'the', '')).toBe('FAC');
    expect(refineType(LOC, ['Lagos'], '', '')).toBe('GPE');
  });

  it('makes a name headed by a treaty word a law, a named storm an event and a named craft a product, whatever the tagger said', () => {
    expect(refineType(ORG, ['Paris', 'Agreement'], 'the', '')).toBe('LAW');
    expect(refineType(LOC, ['Treaty', 'of', 'Rome'], 'the', '')).toBe('LAW');
    expect(refineType(ORG, ['Constitution'], 'the', '’s')).toBe('LAW');
    expect(refineType(PER, ['Hurricane', 'Katrina'], '', '')).toBe('EVENT');
    expect(refineType(PER, ['James', 'Webb', 'Space', 'Telescope'], '', '')).toBe('PRODUCT');
    // A bill or charter word heads other names too; a person named Accord stays a person.
    expect(refineType(ORG, ['Charter', 'Communications'], '', '')).toBe('ORG');
    expect(refineType(PER, ['Maria', 'Accord'], '', '')).toBe('PERSON');
  });

  it('makes a side of a country named alone a region, not a state', () => {
    expect(refineType(LOC, ['South'], 'the', '')).toBe('LOC');
    expect(refineType(LOC, ['Midwest'], 'the', '')).toBe('LOC');
    expect(refineType(LOC, ['South', 'Carolina'], 'in', '')).toBe('GPE');
  });

  it('makes a place named by its side of the world a region only when a region follows the side', () => {
    expect(refineType(LOC, ['West', 'Africa'], 'in', '')).toBe('LOC');
    expect(refineType(LOC, ['West', 'Coast'], 'the', '')).toBe('LOC');
    expect(refineType(LOC, ['West', 'Virginia'], 'in', '')).toBe('GPE');
    expect(refineType(LOC, ['East', 'Chicago'], 'in', '')).toBe('GPE');
    expect(refineType(LOC, ['West', 'Indian'], 'a', '')).toBe('NORP');
    expect(refineType(LOC, ['West', 'Wing'], 'the', '')).toBe('FAC');
  });

  it('makes a world region the tagger took for an organisation a place', () => {
    expect(refineType(ORG, ['Eastern', 'Europe'], '', 'and')).toBe('LOC');
    expect(refineType(ORG, ['European', 'Union'], 'the', 'said')).toBe('ORG');
  });

  it('makes a region\'s adjective a group, whatever the tagger took it for ("Middle Eastern leaders")', () => {
    expect(refineType(LOC, ['Middle', 'Eastern'], '', 'leaders')).toBe('NORP');
    expect(refineType(MISC, ['Far', 'Eastern'], '', 'traders')).toBe('NORP');
    expect(refineType(PER, ['Terry', 'Southern'], '', 'wrote')).toBe('PERSON');
  });

  it('makes a compass adjective a bloc of nations ("Western governments")', () => {
    expect(refineType(MISC, ['Western'], '', 'governments')).toBe('NORP');
    expect(refineType(LOC, ['Northern', 'Ireland'], '', 'voted')).toBe('GPE');
  });

  it('makes an acronym of capitals an organisation, but not in a headline set in capitals, a time or a table', () => {
    expect(refineType(MISC, ['GOP'], 'the', 'nominee')).toBe('ORG');
    expect(refineType(MISC, ['GMT'], '1430', '')).toBe('PRODUCT');
    expect(refineType(MISC, ['RBI'], 'HOME', 'SINGLE')).toBe('PRODUCT');
    expect(refineType(MISC, ['AR-15'], 'the', 'rifle')).toBe('PRODUCT');
  });

  it('makes a capitalised plural the tagger calls MISC a group of people, not a product', () => {
    expect(refineType(MISC, ['Hispanics'], 'of', 'voted')).toBe('NORP');
    expect(refineType(MISC, ['Kurds'], 'the', 'and')).toBe('NORP');
    expect(refineType(MISC, ['Olympics'], 'the', 'began')).toBe('EVENT');
    expect(refineType(MISC, ['Medicaid'], '', 'expansion')).toBe('PRODUCT');
  });

  it('makes a word of the clusters of groups\' names a group, alone or closing the name, but not "Guard"', () => {
    expect(refineType(MISC, ['Latino'], '', 'voters')).toBe('NORP');
    expect(refineType(MISC, ['Sunni'], 'the', 'majority')).toBe('NORP');
    expect(refineType(MISC, ['American', 'Muslims'], '', 'voted')).toBe('NORP');
    expect(refineType(MISC, ['Guard'], 'the', 'arrived')).toBe('PRODUCT');
    // Taken for a person too, unless the word is a given name.
    expect(refineType(PER, ['Latino'], 'targeting', 'and')).toBe('NORP');
    expect(refineType(PER, ['Christian'], '', 'said')).toBe('PERSON');
    // And so is the plural of such a word.
    expect(refineType(PER, ['Latinos'], 'portraying', 'as')).toBe('NORP');
  });

  it('takes a name ending in "i" for a product, not a nationality, unless the gazetteer knows it', () => {
    expect(refineType(MISC, ['Nikkei'], 'the', 'index')).toBe('PRODUCT');
    expect(refineType(MISC, ['Iraqi'], '', 'officials')).toBe('NORP');
    expect(refineType(MISC, ['Punjabis'], '', 'voted')).toBe('NORP');
  });

  it('makes party members a nationality-like group, as OntoNotes does', () => {
    expect(refineType(MISC, ['Democrats'], 'with', 'or')).toBe('NORP');
    expect(refineType(MISC, ['Republicans'], 'or', 'in')).toBe('NORP');
  });

  it('makes a word with a capital inside a company, not a person or a place, but leaves prefixed surnames alone', () => {
    expect(refineType(PER, ['OpenAI'], '', 'said')).toBe('ORG');
    expect(refineType(LOC, ['ChatGPT'], 'the', 'maker')).toBe('ORG');
    expect(['McDonald', 'MacArthur', 'DeSantis', 'LeBron'].map((w) => refineType(PER, [w], '', 'said'))).toEqual(['PERSON', 'PERSON', 'PERSON', 'PERSON']);
    expect(refineType(MISC, ['iPhone'], 'the', 'sold')).toBe('PRODUCT');
  });

  it('makes a one-word name before "administration" or "presidency" a leader, unless it is a country or city', () => {
    expect(refineType(MISC, ['Obama'], 'the', 'administration')).toBe('PERSON');
    expect(refineType(ORG, ['Trump'], 'the', 'presidency')).toBe('PERSON');
    expect(refineType(LOC, ['Kenya'], 'the', 'administration')).toBe('GPE');
    expect(refineType(ORG, ['Food', 'and', 'Drug', 'Administration'], 'the', 'said')).toBe('ORG');
  });

  it('makes a group plural taken for a person a group, and leaves surnames ending in s alone', () => {
    expect(refineType(PER, ['Senate', 'Republicans'], '', 'on')).toBe('NORP');
    expect(['Palestinians', 'Islamists', 'Shiites', 'Democrats'].map((w) => refineType(PER, [w], '', 'said'))).toEqual(['NORP', 'NORP', 'NORP', 'NORP']);
    expect(['Evans', 'Williams', 'Adams'].map((w) => refineType(PER, [w], '', 'said'))).toEqual(['PERSON', 'PERSON', 'PERSON']);
  });

  it('keeps persons and organisations', () => {
    expect(refineType(PER, ['Ada', 'Lovelace'], '', '')).toBe('PERSON');
    expect(refineType(ORG, ['Reuters'], '', '')).toBe('ORG');
  });

  it('makes countries and cities GPE, regions and landforms LOC, structures FAC', () => {
    expect(refineType(LOC, ['France'], '', '')).toBe('GPE');
    expect(refineType(LOC, ['U.S.'], '', '')).toBe('GPE');
    expect(refineType(LOC, ['Europe'], '', '')).toBe('LOC');
    expect(refineType(LOC, ['Black', 'Sea'], '', '')).toBe('LOC');
    expect(refineType(LOC, ['Heathrow', 'Airport'], '', '')).toBe('FAC');
  });

  it('makes demonyms NORP, singular or plural, and a language after "in" LANGUAGE', () => {
    expect(refineType(MISC, ['Ukrainian'], '', 'officials')).toBe('NORP');
    expect(refineType(MISC, ['Americans'], '', 'said')).toBe('NORP');
    expect(refineType(PER, ['Americans'], '', 'said')).toBe('NORP');
    expect(refineType(MISC, ['French'], 'in', '.')).toBe('LANGUAGE');
  });

  it('types other names by their head word: events, laws, quoted works', () => {
    expect(refineType(MISC, ['World', 'Cup'], 'the', '')).toBe('EVENT');
    expect(refineType(MISC, ['Clean', 'Air', 'Act'], 'the', '')).toBe('LAW');
    expect(refineType(MISC, ['Hamlet'], '“', '”')).toBe('WORK_OF_ART');
    // A four-letter word ending like a demonym is no group: "Plan", "Clan".
    expect(refineType(MISC, ['Clean', 'Power', 'Plan'], 'the', 'was')).toBe('PRODUCT');
    expect(refineType(MISC, ['Texan'], 'a', 'rancher')).toBe('NORP');
  });

  it('makes a party’s convention an event and a convention of states a law, whatever the tagger said', () => {
    expect(refineType(MISC, ['Republican', 'National', 'Convention'], 'the', 'in')).toBe('EVENT');
    expect(refineType(ORG, ['GOP', 'Convention'], 'the', '')).toBe('EVENT');
    expect(refineType(LOC, ['Geneva', 'Convention'], 'the', '')).toBe('LAW');
    expect(refineType(MISC, ['Chemical', 'Weapons', 'Convention'], 'the', '')).toBe('LAW');
  });

  it('makes a MISC name headed by a place word a place', () => {
    expect(refineType(MISC, ['Gulf', 'of', 'Tonga'], 'the', '')).toBe('LOC');
    expect(refineType(MISC, ['Fisht', 'Stadium'], 'the', '')).toBe('FAC');
    expect(refineType(MISC, ['Elm', 'Street'], '', '')).toBe('FAC');
    expect(refineType(MISC, ['Acme', 'Widget'], '', '')).toBe('PRODUCT');
  });
});
