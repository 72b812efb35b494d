import { entityGenders, subjectToken, type Entity, type Gender, type Mention, type NewsDocument, type Quote } from '@newslens/core';
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

/**
 * A pronoun that may stand for a person: its token, sentence and gender, how many people are named
 * before it, and the speaker of the quotation it is in (an entity index, or -1).
 */
interface Pronoun {
  token: number;
  sentence: number;
  gender: Gender;
  before: number;
  speaker: number;
}

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
 * person the article gives the pronoun's gender (by honorific or first name, `entityGenders`, or by
 * two of its pronouns, `withPronounGenders`) comes before one it gives none. Where the document has
 * its quotations (`quotes`), a pronoun inside one never goes to the quotation's speaker: speakers say
 * "I" of themselves, so "He is a very hostile judge" is not about the one who said it. A pronoun with
 * no such person is left out. Returns, for each entity, its pronoun mentions (empty for all but people).
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
  // The pronouns that may stand for a person, each with the people named before it (people[0..before)).
  const pronouns: Pronoun[] = [];
  const speakerAt = quoteSpeakers(doc.layers.quotes, entities);
  let next = 0;
  sentenceRanges.forEach(({ first, last }, sentence) => {
    for (let t = first; t <= last; t++) {
      while (next < people.length && people[next].token < t) next++;
      const gender = (s.flags[t] & PRON_FLAG) !== 0 ? PERSON_PRONOUNS.get(tokens.normal[t]) : undefined;
      if (gender !== undefined && !covered.has(t)) pronouns.push({ token: t, sentence, gender, before: next, speaker: speakerAt(tokens.start[t]) });
    }
  });
  const said = entityGenders(tokens.value, entities, people);
  const genders = withPronounGenders(said, people, pronouns);
  // The person each sentence's subject pronoun ("He has faced ...") was given, once resolved.
  const leadToken = sentenceRanges.map(({ first, last }) => subjectPronoun(doc, s, first, last));
  const leadEntity = new Int32Array(sentenceRanges.length).fill(-1);
  // The person the first pronoun of each gender in the current sentence went to.
  const firstOfGender = { sentence: -1, male: -1, female: -1 };
  for (const { token, sentence, gender, before, speaker } of pronouns) {
    // Its own sentence first ("Sanders said his staff"), then the sentences before; in each, a person
    // the article gives that gender first ("Sanders ... Clinton ... her"), then one it gives none.
    // Never the speaker of the quotation the pronoun is in.
    const says = (e: number) => e !== speaker && genders[e] === gender;
    const allows = (e: number) => e !== speaker && (genders[e] === undefined || genders[e] === gender);
    // The person a sentence's subject pronoun of this gender went to, or -1 for none. Not the
    // speaker: "He endorsed Clinton but said Sanders would win. “He's a protest voice,” Rice said"
    // is of someone he named.
    const lead = (at: number) => {
      if (leadToken[at] < 0 || PERSON_PRONOUNS.get(tokens.normal[leadToken[at]]) !== gender) return -1;
      return leadEntity[at] === speaker ? -1 : leadEntity[at];
    };
    // A subject pronoun after one of its gender in an opening clause is that one's person: "Though
    // he did not name Rubio or Kasich, he made it clear".
    const isLead = token === leadToken[sentence];
    let e = isLead && firstOfGender.sentence === sentence && firstOfGender[gender] !== speaker ? firstOfGender[gender] : -1;
    if (e < 0) e = inOwnSentence(people, before, sentence, says);
    if (e < 0) e = inOwnSentence(people, before, sentence, allows);
    if (e < 0 && leadToken[sentence] < token) e = lead(sentence);
    if (e < 0) e = inSentencesBefore(people, before, sentence, lead, says);
    if (e < 0) e = inSentencesBefore(people, before, sentence, lead, allows);
    if (isLead) leadEntity[sentence] = e;
    if (firstOfGender.sentence !== sentence) Object.assign(firstOfGender, { sentence, male: -1, female: -1 });
    if (firstOfGender[gender] < 0) firstOfGender[gender] = e;
    if (e < 0) continue;
    const start = tokens.start[token];
    const end = tokens.end[token];
    found[e].push({ start, end, text: doc.text.slice(start, end), sentence });
  }
  return found;
}

/**
 * For a character offset, the entity index of the speaker of the quotation around it, or -1. Reads
 * offsets in rising order, as `pronounMentions` asks for them; quotations do not overlap.
 */
function quoteSpeakers(quotes: readonly Quote[] | undefined, entities: readonly Entity[]): (offset: number) => number {
  const index = new Map(entities.map((entity, e) => [entity.id, e]));
  const spoken = (quotes ?? []).filter((q) => q.speaker !== null && index.has(q.speaker)).sort((a, b) => a.start - b.start);
  let next = 0;
  return (offset) => {
    while (next < spoken.length && spoken[next].end <= offset) next++;
    const quote = spoken[next];
    return quote !== undefined && quote.start <= offset ? (index.get(quote.speaker as string) as number) : -1;
  };
}

/**
 * The genders the article's pronouns give people it gives none: a pronoun whose sentence names one
 * person before it, of no known gender, votes for that person ("Sanders says he would"), unless that
 * person is the speaker of the quotation the pronoun is in. Two votes and none against settle it;
 * one vote may be a pronoun for someone else ("Clinton said he ...").
 */
function withPronounGenders(said: readonly (Gender | undefined)[], people: readonly PersonToken[], pronouns: readonly Pronoun[]): (Gender | undefined)[] {
  const votes = new Map<number, Record<Gender, number>>();
  for (const { sentence, gender, before, speaker } of pronouns) {
    let only = -1;
    for (let i = before - 1; i >= 0 && people[i].sentence === sentence; i--) {
      if (only >= 0 && people[i].entity !== only) {
        only = -2;
        break;
      }
      only = people[i].entity;
    }
    if (only < 0 || only === speaker || said[only] !== undefined) continue;
    const count = votes.get(only) ?? { male: 0, female: 0 };
    count[gender]++;
    votes.set(only, count);
  }
  const genders = [...said];
  for (const [e, count] of votes) {
    if (count.male >= 2 && count.female === 0) genders[e] = 'male';
    else if (count.female >= 2 && count.male === 0) genders[e] = 'female';
  }
  return genders;
}

/** The last person named before a pronoun in its own sentence (`people[0..before)`) who fits, or -1: "Smith said he would go". */
function inOwnSentence(
  people: readonly PersonToken[],
  before: number,
  sentence: number,
  fits: (e: number) => boolean,
): number {
  for (let i = before - 1; i >= 0 && people[i].sentence === sentence; i--) if (fits(people[i].entity)) return people[i].entity;
  return -1;
}

/**
 * The first person named in the nearest of the PRONOUN_REACH sentences before the pronoun's that
 * names one who fits, or -1. A sentence whose subject is a pronoun of the same gender that went to
 * a person (`lead` gives that person, else -1) is that person's: it gives that person if they fit,
 * and none of the names it goes on to give ("Lee spoke. She has met Hillary Clinton. Her remarks"
 * are Lee's).
 */
function inSentencesBefore(
  people: readonly PersonToken[],
  before: number,
  sentence: number,
  lead: (sentence: number) => number,
  fits: (e: number) => boolean,
): number {
  let i = before - 1;
  while (i >= 0 && people[i].sentence === sentence) i--;
  for (let at = sentence - 1; at >= sentence - PRONOUN_REACH && at >= 0; at--) {
    const led = lead(at);
    if (led >= 0 && fits(led)) return led;
    let chosen = -1;
    for (; i >= 0 && people[i].sentence === at; i--) if (led < 0 && fits(people[i].entity)) chosen = people[i].entity;
    if (chosen >= 0) return chosen;
  }
  return -1;
}

/** The token of "he" or "she" when it is the subject of a sentence (tokens first..last; `subjectToken`), else -1. */
function subjectPronoun(doc: NewsDocument, s: TokenSignals, first: number, last: number): number {
  const t = subjectToken(doc.parse.tokens, first, last);
  if (t < 0 || (s.flags[t] & PRON_FLAG) === 0) return -1;
  const word = doc.parse.tokens.normal[t];
  return word === 'he' || word === 'she' ? t : -1;
}
