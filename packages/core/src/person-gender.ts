import names from '../model/first-names.json' with { type: 'json' };
import type { Entity } from './layers.js';

// What a name says of a person's gender, so that a stage can tell whether "he" or "she" may refer to
// them, or which of two people with one family name "Mrs. Clinton" is. No stage reports anyone's
// gender: it only rules candidates out.

export type Gender = 'male' | 'female';

const MALE_NAMES: ReadonlySet<string> = new Set(names.male);
const FEMALE_NAMES: ReadonlySet<string> = new Set(names.female);

/** Honorifics before a name, written with or without their full stop: "Mr. Ryan", "Mrs Clinton". */
const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['Mr', 'male'], ['Mrs', 'female'], ['Ms', 'female'], ['Miss', 'female'], ['MR', 'male'], ['MRS', 'female'], ['MS', 'female'], ['MISS', 'female'],
]);

/** The gender a given name says ("Hillary" → female), from model/first-names.json: names nearly always given to one sex. */
export function firstNameGender(name: string): Gender | undefined {
  return MALE_NAMES.has(name) ? 'male' : FEMALE_NAMES.has(name) ? 'female' : undefined;
}

/** The gender a full name's first word says ("Hillary Clinton" → female); a one-word name is a family name as often as not. */
export function fullNameGender(name: string): Gender | undefined {
  const space = name.search(/\s/);
  return space > 0 ? firstNameGender(name.slice(0, space)) : undefined;
}

/** The gender an honorific says ("Mr", "Mrs.", "Ms"), or undefined; capitalised, as "they miss Trump" holds none. */
export function honorificGender(word: string): Gender | undefined {
  return HONORIFICS.get(word.endsWith('.') ? word.slice(0, -1) : word);
}

/**
 * The gender an honorific right before token `t` says ("Mrs. Clinton", "Mr Ryan"), reading the
 * tokens' written forms: wink reads "Mr." as one token or as "Mr" and ".".
 */
export function honorificBefore(value: readonly string[], t: number): Gender | undefined {
  const before = t >= 2 && value[t - 1] === '.' ? t - 2 : t - 1;
  return before >= 0 ? honorificGender(value[before]) : undefined;
}

/**
 * The gender of a person entity, when the article says it: honorifics before its mentions
 * (`honorifics`, the genders of those found), else the first word of its names of two words or more
 * ("Hillary Clinton"). Undefined when nothing says, or when the evidence disagrees (an entity that
 * joined "Mr. Clinton" and "Mrs. Clinton"). Used only to rule out a pronoun's candidate.
 */
export function personGender(entity: Entity, honorifics: readonly Gender[]): Gender | undefined {
  const said = honorifics.length > 0 ? honorifics : firstNames(entity);
  return said.length > 0 && said.every((g) => g === said[0]) ? said[0] : undefined;
}

function firstNames(entity: Entity): Gender[] {
  const found: Gender[] = [];
  for (const text of [entity.name, ...entity.mentions.map((m) => m.text)]) {
    const gender = fullNameGender(text);
    if (gender) found.push(gender);
  }
  return found;
}

/**
 * Each entity's gender where the article says it (people only; `personGender`): the honorifics right
 * before its mentions' first tokens (`starts`, each an entity's index and a token), else its names.
 */
export function entityGenders(
  value: readonly string[],
  entities: readonly Entity[],
  starts: Iterable<{ readonly entity: number; readonly token: number }>,
): (Gender | undefined)[] {
  const honorifics: Gender[][] = entities.map(() => []);
  for (const { entity, token } of starts) {
    if (entities[entity].type !== 'PERSON') continue;
    const gender = honorificBefore(value, token);
    if (gender) honorifics[entity].push(gender);
  }
  return entities.map((entity, e) => (entity.type === 'PERSON' ? personGender(entity, honorifics[e]) : undefined));
}
