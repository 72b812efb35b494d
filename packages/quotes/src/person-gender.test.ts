import type { Entity } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { firstNameGender, honorificGender, personGender } from './person-gender.js';

const person = (name: string, ...mentions: string[]): Entity => ({
  id: 'e1',
  name,
  type: 'PERSON',
  salience: 1,
  mentions: [name, ...mentions].map((text) => ({ start: 0, end: text.length, text, sentence: 0 })),
});

describe('personGender', () => {
  it('reads a given name nearly always given to one sex, and no other', () => {
    expect(firstNameGender('Hillary')).toBe('female');
    expect(firstNameGender('Donald')).toBe('male');
    // Given to both ("Kelly", "Jordan"), a family name as well ("Kim"), or rare ("Lu"): nothing said.
    for (const name of ['Kelly', 'Jordan', 'Kim', 'Lu']) expect(firstNameGender(name)).toBeUndefined();
  });

  it('takes an honorific over the first name, and says nothing when the evidence disagrees', () => {
    expect(personGender(person('Hillary Clinton', 'Clinton'), [])).toBe('female');
    expect(personGender(person('Clinton'), [])).toBeUndefined(); // a one-word name is a family name as often as not
    expect(personGender(person('Jordan Lee'), ['female'])).toBe('female');
    expect(personGender(person('Bill Clinton', 'Hillary Clinton'), [])).toBeUndefined();
    expect(personGender(person('Clinton'), ['male', 'female'])).toBeUndefined();
  });

  it('reads honorifics with or without their full stop', () => {
    expect(['Mr.', 'Mr', 'Mrs.', 'Ms', 'Miss', 'Dr.'].map(honorificGender)).toEqual(['male', 'male', 'female', 'female', 'female', undefined]);
  });
});
