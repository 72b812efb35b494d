import type { Entity } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { personGender } from './person-gender.js';

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
