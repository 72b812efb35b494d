import { entityGenders, type Entity, type Gender, type Mention, type NewsDocument } from '@newslens/core';
import { tokensOf, type TokenSpan } from './locate.js';
import { PRON_FLAG, type TokenSignals } from './signals.js';

/**
 * Third-person pronouns that stand for one person, and the gender each says. The possessive and
 * reflexive ones count too: "his conviction" and "blamed herself" speak of the person as "he" does.
 */
const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** How many sentences back a pronoun looks for its person: further back, it more often means someone unnamed. */
const PRONOUN_REACH = 2;

/** A person's mention as tokens: where it is, and whose. */
interface PersonToken {
  entity: number;
  token: number;
  sentence: number;
}

/**
 * Mentions of people by "he", "she" and the like ("him", "his", "herself"), for entity sentiment:
 * an article about a person speaks of them by pronoun more often than by name ("He was accused of
 * fraud"). Each pronoun goes to the last person named before it in its own sentence, else to the
 * first one named in the nearest of the PRONOUN_REACH sentences before that names one; in each, a
 * person the article gives the pronoun's gender (`entityGenders`) comes before one it gives none. A
 * pronoun with no such person is left out. Returns, for each entity, its pronoun mentions (empty
 * for all but people).
 */
export function pronounMentions(
  doc: NewsDocument,
  s: TokenSignals,
  entities: readonly Entity[],
  sentenceRanges: readonly TokenSpan[],
): Mention[][] {
  const found: Mention[][] = entities.map(() => []);
  const { tokens } = doc.parse;
  const people: PersonToken[] = [];
  const covered = new Set<number>();
  entities.forEach((entity, e) => {
    if (entity.type !== 'PERSON') return;
    for (const m of entity.mentions) {
      if (m.sentence < 0 || m.sentence >= sentenceRanges.length) continue;
      const span = tokensOf(doc.parse, s, m, sentenceRanges[m.sentence]);
      if (span.first > span.last) continue;
      people.push({ entity: e, token: span.first, sentence: m.sentence });
      for (let t = span.first; t <= span.last; t++) covered.add(t);
    }
  });
  if (people.length === 0) return found;
  people.sort((a, b) => a.token - b.token);
  const genders = entityGenders(tokens.value, entities, people);
  const says = (e: number, gender: Gender) => genders[e] === gender;
  const allows = (e: number, gender: Gender) => genders[e] === undefined || genders[e] === gender;

  let next = 0; // people[0..next) are named before the current token
  sentenceRanges.forEach(({ first, last }, sentence) => {
    for (let t = first; t <= last; t++) {
      while (next < people.length && people[next].token < t) next++;
      const gender = (s.flags[t] & PRON_FLAG) !== 0 ? PERSON_PRONOUNS.get(tokens.normal[t]) : undefined;
      if (gender === undefined || covered.has(t)) continue;
      // Its own sentence first ("Sanders said his staff"), then the sentences before; in each, a person
      // the article gives that gender first ("Sanders ... Clinton ... her"), then one it gives none.
      let e = inOwnSentence(people, next, sentence, gender, says);
      if (e < 0) e = inOwnSentence(people, next, sentence, gender, allows);
      if (e < 0) e = inSentencesBefore(people, next, sentence, gender, says);
      if (e < 0) e = inSentencesBefore(people, next, sentence, gender, allows);
      if (e < 0) continue;
      const start = tokens.start[t];
      const end = tokens.end[t];
      found[e].push({ start, end, text: doc.text.slice(start, end), sentence });
    }
  });
  return found;
}

/** The last person named before a pronoun in its own sentence (`people[0..before)`) who fits, or -1: "Smith said he would go". */
function inOwnSentence(
  people: readonly PersonToken[],
  before: number,
  sentence: number,
  gender: Gender,
  fits: (e: number, gender: Gender) => boolean,
): number {
  for (let i = before - 1; i >= 0 && people[i].sentence === sentence; i--) if (fits(people[i].entity, gender)) return people[i].entity;
  return -1;
}

/** The first person named in the nearest of the PRONOUN_REACH sentences before the pronoun's that names one who fits, or -1. */
function inSentencesBefore(
  people: readonly PersonToken[],
  before: number,
  sentence: number,
  gender: Gender,
  fits: (e: number, gender: Gender) => boolean,
): number {
  let i = before - 1;
  while (i >= 0 && people[i].sentence === sentence) i--;
  while (i >= 0 && people[i].sentence >= sentence - PRONOUN_REACH) {
    const at = people[i].sentence;
    let chosen = -1;
    for (; i >= 0 && people[i].sentence === at; i--) if (fits(people[i].entity, gender)) chosen = people[i].entity;
    if (chosen >= 0) return chosen;
  }
  return -1;
}
