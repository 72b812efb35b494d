import { describe, expect, it } from 'vitest';
import { firstNameGender, fullNameGender, honorificBefore, honorificGender } from './person-gender.js';

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
