import type { Entity } from '@newslens/core';
import names from './first-names.json' with { type: 'json' };

// Whether "he" or "she" can refer back to a person, so that "His opponent, Hillary Clinton, won
// Georgia. He told the crowd …" does not give the quote to her. Used only to rule a pronoun's
// candidate out; nothing is reported about anyone.

export type Gender = 'male' | 'female';

const MALE_NAMES: ReadonlySet<string> = new Set(names.male);
const FEMALE_NAMES: ReadonlySet<string> = new Set(names.female);

/** Honorifics before a name, written with or without their full stop: "Mr. Ryan", "Mrs Clinton". */
const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'],
]);

/** The gender a given name says, from src/first-names.json (names nearly always given to one sex). */
export function firstNameGender(name: string): Gender | undefined {
  return MALE_NAMES.has(name) ? 'male' : FEMALE_NAMES.has(name) ? 'female' : undefined;
}

/** The gender an honorific says ("Mr", "Mrs.", "Ms"), or undefined. */
export function honorificGender(word: string): Gender | undefined {
  return HONORIFICS.get(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * The gender of a person entity, when the article says it: honorifics before its mentions
 * (`honorifics`, the genders of those found), else the first word of its names of two words or more
 * ("Hillary Clinton"; a one-word mention is a family name as often as not). Undefined when nothing
 * says, or when the evidence disagrees (an entity that joined "Mr. Clinton" and "Mrs. Clinton").
 */
export function personGender(entity: Entity, honorifics: readonly Gender[]): Gender | undefined {
  const said = honorifics.length > 0 ? honorifics : firstNames(entity);
  return said.length > 0 && said.every((g) => g === said[0]) ? said[0] : undefined;
}

function firstNames(entity: Entity): Gender[] {
  const found: Gender[] = [];
  for (const text of [entity.name, ...entity.mentions.map((m) => m.text)]) {
    const words = text.split(/\s+/);
    const gender = words.length > 1 ? firstNameGender(words[0]) : undefined;
    if (gender) found.push(gender);
  }
  return found;
}
