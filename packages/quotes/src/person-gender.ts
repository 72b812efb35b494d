import { fullNameGender, type Entity, type Gender } from '@newslens/core';

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
