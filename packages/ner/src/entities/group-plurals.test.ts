import { describe, expect, it } from 'vitest';
import { retypedNames as types } from './test-fixtures.js';

describe('groupsByPlural', () => {
  it('makes a group of a capitalised plural the article also writes in the singular', () => {
    expect(types('Latino voters turned out. Latinos backed the plan.', { Latinos: 'PERSON' })).toEqual(['NORP Latinos']);
  });

  it('makes a group of a plural alone when its word clusters with groups\' names, not a surname\'s', () => {
    expect(types('Latinos backed the plan.', { Latinos: 'PERSON' })).toEqual(['NORP Latinos']);
    expect(types('Muslims backed the plan.', { Muslims: 'PERSON' })).toEqual(['NORP Muslims']);
    // A surname's word clusters with surnames; "Forbes" is no plural of a word.
    expect(types('Jones backed the plan.', { Jones: 'PERSON' })).toEqual(['PERSON Jones']);
    expect(types('Forbes backed the plan.', { Forbes: 'PERSON' })).toEqual(['PERSON Forbes']);
  });

  it('leaves a family, a surname formed from a given name, and an acronym’s plural as they are', () => {
    const khans = 'Khizr Khan spoke. Khans have long ties to Virginia.';
    expect(types(khans, { 'Khizr Khan': 'PERSON', Khans: 'PERSON' })).toEqual(['PERSON Khizr Khan', 'PERSON Khans']);
    expect(types('The Robert Award went out. Roberts won it.', { Roberts: 'PERSON' })).toEqual(['PERSON Roberts']);
    expect(types('The Khan name helps. The Khans came.', { Khans: 'PERSON' })).toEqual(['PERSON Khans']);
    expect(types('A PAC formed. PACs spent more.', { PACs: 'PERSON' })).toEqual(['PERSON PACs']);
  });
});
