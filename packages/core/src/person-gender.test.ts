import type { Entity } from './layers.js';
import { describe, expect, it } from 'vitest';
import { entityGenders, firstNameGender, fullNameGender, honorificBefore, honorificGender, personGender } from './person-gender.js';

describe('person-gender', () => {
  it('reads a given name nearly always given to one sex, and no other', () => {
    expect(firstNameGender('Hillary')).toBe('female');
    expect(firstNameGender('Donald')).toBe('male');
    // Given to both ("Kelly", "Jordan"), a family name as well ("Kim"), or rare ("Lu"): nothing said.
    for (const name of ['Kelly', 'Jordan', 'Kim', 'Lu']) expect(firstNameGender(name)).toBeUndefined();
  });

  it('reads the first word of a full name only', () => {
    expect(fullNameGender('Hillary Rodham Clinton')).toBe('female');
    expect(fullNameGender('Warren')).toBeUndefined(); // "Warren" alone is Elizabeth Warren as often as a man
  });

  it('reads honorifics with or without their full stop', () => {
    expect(['Mr.', 'Mr', 'Mrs.', 'Ms', 'Miss', 'MRS.', 'Dr.'].map(honorificGender)).toEqual(['male', 'male', 'female', 'female', 'female', 'female', undefined]);
    // Only capitalised: "they miss Trump" holds no honorific.
    expect(honorificGender('miss')).toBeUndefined();
  });

  it('reads the honorific before a token, written as one token or as a word and its full stop', () => {
    expect(honorificBefore(['Mrs.', 'Clinton'], 1)).toBe('female');
    expect(honorificBefore(['Mr', '.', 'Ryan'], 2)).toBe('male');
    expect(honorificBefore(['Clinton'], 0)).toBeUndefined();
  });
});

const person = (name: string, ...mentions: string[]): Entity => ({
  id: 'e1',
  name,
  type: 'PERSON',
  salience: 1,
  mentions: [name, ...mentions].map((text) => ({ start: 0, end: text.length, text, sentence: 0 })),
});

describe('personGender', () => {
  it('takes an honorific over the first name, and says nothing when the evidence disagrees', () => {
    expect(personGender(person('Hillary Clinton', 'Clinton'), [])).toBe('female');
    expect(personGender(person('Clinton'), [])).toBeUndefined();
    expect(personGender(person('Jordan Lee'), ['female'])).toBe('female');
    expect(personGender(person('Bill Clinton', 'Hillary Clinton'), [])).toBeUndefined();
    expect(personGender(person('Clinton'), ['male', 'female'])).toBeUndefined();
  });
});

describe('entityGenders', () => {
  it('reads the honorific before each mention start, and says nothing of entities that are not people', () => {
    const value = ['Mrs.', 'Lee', 'met', 'Acme', '.'];
    const entities: Entity[] = [
      { ...person('Jordan Lee', 'Lee'), id: 'e1' },
      { id: 'e2', name: 'Acme', type: 'ORG', salience: 1, mentions: [{ start: 0, end: 4, text: 'Acme', sentence: 0 }] },
    ];
    expect(entityGenders(value, entities, [{ entity: 0, token: 1 }, { entity: 1, token: 3 }])).toEqual(['female', undefined]);
  });
});
