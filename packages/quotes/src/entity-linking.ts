import type { TextSpan } from '@newslens/core';
import { isAbbreviationDot, isCapitalised, isSentenceEnd, type Cue, type QuoteContext } from './context.js';
import { isNameGlue, isNpToken } from './noun-phrases.js';
import type { Gender } from '@newslens/core';
import { isSpeechVerb, SOURCE_NOUNS, SPEAKER_PRONOUNS } from './speech-verbs.js';

// From the phrase that names a speaker to its mention and its entity.

function hasOpenBracket(c: QuoteContext, first: number, last: number): boolean {
  const { value } = c;
  for (let t = first; t < last; t++) if (value[t] === '(') return true;
  return false;
}

export function mentionOf(c: QuoteContext, cue: Cue): TextSpan {
  const { text, tokens, value, pos } = c;
  let last = cue.last;
  while (last > cue.first && (pos[last] === 'PUNCT' || pos[last] === 'SPACE') && !(value[last] === ')' && hasOpenBracket(c, cue.first, last))) last--;
  const start = tokens.start[cue.first];
  const end = tokens.end[last];
  return { start, end, text: text.slice(start, end) };
}

/**
 * The entity the speaker phrase names: its head word's, or for a pronoun the one it refers back to:
 * the subject of the nearest sentence that names someone fitting (`subjectFitting`) between the
 * previous quote (its last token `previousQuoteEnd`) and this quote (its first token `quoteFirst`)
 * or the pronoun ("Lee said …. “…,” she said"), else the previous quote's speaker, else the subject
 * of the nearest sentence naming someone fitting among its own and the two before.
 */
export function entityOf(c: QuoteContext, cue: Cue, previousSpeaker: string | null, previousQuoteEnd = -1, quoteFirst = cue.first): string | null {
  const { pos, lemma, normal, entities, tokenEntity, entityById } = c;
  const head = cue.head;
  if (tokenEntity[head] >= 0) return entities[tokenEntity[head]].id;
  const pronoun = pos[head] === 'PRON' ? SPEAKER_PRONOUNS.get(normal[head]) : undefined;
  if (pronoun) {
    const fit = (e: number) => fits(c, e, pronoun, PRONOUN_GENDERS.get(normal[head]));
    // Names inside the quote itself are what it speaks of, not who speaks it.
    const before = Math.min(cue.first, quoteFirst) - 1;
    if (previousQuoteEnd >= 0) {
      const since = subjectFitting(c, before, previousQuoteEnd + 1, fit);
      if (since >= 0) return entities[tokenEntity[since]].id;
    }
    const previous = previousSpeaker ? entityById().get(previousSpeaker) : undefined;
    if (previous && fit(entities.indexOf(previous))) return previous.id;
    // With no quote before to anchor it, a pronoun reaches back two sentences before its own: further
    // back, the person it means is more often one the article never names ("I met a man there. He told me").
    const nearest = subjectFitting(c, before, Math.max(0, cue.first - 399, referenceReach(c, cue.first)), fit);
    return nearest >= 0 ? entities[tokenEntity[nearest]].id : null;
  }
  const titled = titledPersonAtEnd(c, cue);
  if (titled >= 0) return entities[titled].id;
  if (SOURCE_NOUNS.has(lemma[head]) || SOURCE_NOUNS.has(normal[head])) {
    for (let t = cue.first; t <= cue.last; t++) if (tokenEntity[t] >= 0) return entities[tokenEntity[t]].id;
  }
  // "The company said": a definite description of an organisation stands for the one named last.
  if (normal[cue.first] === 'the' && ORGANISATION_NOUNS.has(lemma[head])) {
    const named = nearestFitting(c, cue.first - 1, referenceReach(c, cue.first), (e) => entities[e].type === 'ORG');
    if (named >= 0) return entities[tokenEntity[named]].id;
  }
  const described = describedPerson(c, cue);
  if (described >= 0) return entities[described].id;
  // "his lawyer, John Carman": a person named in apposition to the head noun is the speaker.
  if (pos[head] === 'NOUN') {
    for (let t = head + 1; t < cue.last; t++) {
      if (c.value[t] !== ',') continue;
      const e = tokenEntity[t + 1];
      if (e >= 0 && entities[e].type === 'PERSON') return entities[e].id;
    }
  }
  return null;
}

/**
 * The person named after a title that holds a preposition, "Former Secretary of State Madeleine
 * Albright", "Speaker of the House Rep. Paul Ryan (R-WI)": the phrase's head is the title's first
 * noun, which names nobody; the name that ends the phrase does. Only where the head is capitalised,
 * as a title before a name is ("a spokesman for Senate Majority Leader Mitch McConnell" is the
 * spokesman), every word up to the name is part of the title, and the preposition has an object
 * of its own before the name ("Friends of Bernie Sanders" is a group). The entity's index, or -1.
 */
function titledPersonAtEnd(c: QuoteContext, cue: Cue): number {
  const { value, pos, entities, tokenEntity } = c;
  if (!isCapitalised(c, cue.head)) return -1;
  let objectWords = -1; // -1 until a preposition, then the capitalised words after the last one
  for (let t = cue.head + 1; t <= cue.last; t++) {
    const e = tokenEntity[t];
    if (e >= 0 && entities[e].type === 'PERSON') {
      if (objectWords < 1) return -1;
      let after = t;
      while (after <= cue.last && tokenEntity[after] === e) after++;
      // The name ends the phrase, but for a bracketed party tag ("(R-WI)") and closing punctuation.
      for (; after <= cue.last && value[after] !== '('; after++) if (pos[after] !== 'PUNCT') return -1;
      return e;
    }
    if (pos[t] === 'ADP') objectWords = 0;
    else if (isCapitalised(c, t)) objectWords += objectWords >= 0 ? 1 : 0;
    else if (pos[t] !== 'DET' && !isNameGlue(c, t) && !isAbbreviationDot(c, t)) return -1;
  }
  return -1;
}

/** Abbreviated titles and the role nouns they stand for: "Sen. Marco Rubio" is the senator. */
const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']], ['gov', ['governor']],
  ['pres', ['president']], ['sec', ['secretary']], ['gen', ['general']], ['lt', ['lieutenant']], ['col', ['colonel']],
  ['sgt', ['sergeant']], ['supt', ['superintendent']], ['atty', ['attorney']], ['amb', ['ambassador']],
]);
/** How far before or after a person's mention the words that introduced it may stand, in tokens. */
const ROLE_REACH = 6;
/** How far back a description looks for the person it stands for, in tokens: a long article's worth, and a bound on the work. */
const DESCRIPTION_REACH = 3000;

/** True when token `k` is the word `word` of a description, or an abbreviated title for it ("Sen." for "senator"). */
function saysWord(c: QuoteContext, k: number, word: string): boolean {
  return c.lemma[k] === word || c.normal[k] === word || (TITLE_ROLES.get(c.normal[k].replace(/\.$/, ''))?.includes(word) ?? false);
}

/** True when every word of `words` is said by a token in [from, to). */
function saysAll(c: QuoteContext, words: readonly string[], from: number, to: number): boolean {
  return words.every((word) => {
    for (let k = from; k < to; k++) if (saysWord(c, k, word)) return true;
    return false;
  });
}

/**
 * The person a definite description stands for: "the former president" is the person the article
 * introduced as "former President Bill Clinton", "the retired neurosurgeon" the one it called "Ben
 * Carson, a retired neurosurgeon". The nearest person before the phrase with a mention that has
 * every word of the description (its head noun also by its abbreviated title, "Sen.") among the few
 * words before it in its sentence, or in an appositive after it. A description no named person was
 * introduced by ("the official", "the Florida senator" after "Sen. Marco Rubio (R-Fla.)") stays
 * unresolved: nearness alone would give it whoever was named last, and so does a plural ("the
 * senators"). The entity's index, or -1.
 */
function describedPerson(c: QuoteContext, cue: Cue): number {
  const { pos, normal, lemma, value, entities, tokenEntity, sentenceStart, n } = c;
  const head = cue.head;
  // A plural ("the senators") stands for a group, not one person.
  if (normal[cue.first] !== 'the' || pos[head] !== 'NOUN' || normal[head] !== lemma[head] || SOURCE_NOUNS.has(lemma[head])) return -1;
  const words: string[] = [];
  for (let t = cue.first + 1; t <= head; t++) {
    if (tokenEntity[t] >= 0 && entities[tokenEntity[t]].type === 'PERSON') return -1;
    if (pos[t] === 'NOUN' || pos[t] === 'ADJ' || pos[t] === 'PROPN' || pos[t] === 'NUM') words.push(t === head ? lemma[t] : normal[t]);
  }
  for (let t = cue.first - 1; t >= Math.max(0, cue.first - DESCRIPTION_REACH); t--) {
    const e = tokenEntity[t];
    // Each mention is read once, at its first token.
    if (e < 0 || entities[e].type !== 'PERSON' || (t > 0 && tokenEntity[t - 1] === e)) continue;
    // The words right before the name that qualify it ("former President", "Florida Sen."), up to another name.
    let from = t;
    while (from > Math.max(sentenceStart[t], t - ROLE_REACH) && isNpToken(c, from - 1) && pos[from - 1] !== 'PRON' && tokenEntity[from - 1] < 0) from--;
    if (saysAll(c, words, from, t)) return e;
    // Or an appositive after it: "Ben Carson, a retired neurosurgeon,".
    let after = t;
    while (after < n && tokenEntity[after] === e) after++;
    if (after < n && value[after] === ',') {
      let end = after + 1;
      while (end < Math.min(n, after + 1 + ROLE_REACH) && (isNpToken(c, end) || pos[end] === 'ADP') && pos[end] !== 'PRON' && tokenEntity[end] < 0) end++;
      // Closed by a comma or the sentence's end: ", the rally denounced" is a clause's subject, no appositive.
      if (end < n && (value[end] === ',' || isSentenceEnd(c, end)) && saysAll(c, words, after + 1, end)) return e;
    }
  }
  return -1;
}

/** Nouns for an organisation that "the" makes stand for one the article named: "The company said". */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'agency', 'group', 'organisation', 'organization', 'union', 'party', 'carmaker',
  'automaker', 'drugmaker', 'retailer', 'airline', 'insurer', 'lender', 'ministry', 'department', 'club', 'team',
]);

/** How many sentences before its own an unanchored pronoun or description looks back for the name it stands for. */
const REFERENCE_SENTENCES = 2;

/** The first token of the sentence REFERENCE_SENTENCES before token `t`'s own (or of the text). */
function referenceReach(c: QuoteContext, t: number): number {
  let reach = c.sentenceStart[t];
  for (let k = 0; k < REFERENCE_SENTENCES && reach > 0; k++) reach = c.sentenceStart[reach - 1];
  return reach;
}

/** The last token from `from` back to `to` that belongs to an entity (by index) `fit` accepts, or -1. */
function nearestFitting(c: QuoteContext, from: number, to: number, fit: (e: number) => boolean): number {
  const { tokenEntity } = c;
  for (let t = from; t >= to; t--) {
    const e = tokenEntity[t];
    if (e >= 0 && fit(e)) return t;
  }
  return -1;
}

/**
 * The name a pronoun refers back to between token `from` and token `to` (from > to): in the nearest
 * sentence that names someone `fit` accepts, the first such name, its subject more often than not
 * ("Whitman told the paper she would rather vote for Clinton. “…,” she said" is Whitman's). -1 if none.
 */
function subjectFitting(c: QuoteContext, from: number, to: number, fit: (e: number) => boolean): number {
  const nearest = nearestFitting(c, from, to, fit);
  if (nearest < 0) return -1;
  const { tokenEntity, sentenceStart, n } = c;
  let subject = -1;
  for (let t = Math.max(to, subjectStart(c, sentenceStart[nearest], nearest)); t <= nearest; t++) {
    const e = tokenEntity[t];
    if (e < 0 || !fit(e) || (t > 0 && tokenEntity[t - 1] === e)) continue;
    let last = t;
    while (last + 1 < n && tokenEntity[last + 1] === e) last++;
    // The name that says the sentence speaks it ("…, Biden said"), whatever other names come first;
    // not a participle ("… results in Kasich claiming the nomination").
    if (last + 1 < n && isSpeechVerb(c, last + 1) && !c.value[last + 1].endsWith('ing')) return t;
    // A name that qualifies a noun ("Obama consultant Cornell Belcher", "Trump's campaign") is no subject.
    if (subject < 0 && !qualifiesNoun(c, last)) subject = t;
  }
  return subject >= 0 ? subject : nearest;
}

/**
 * Where the subject of the sentence starting at token `first` may begin, before token `limit`: after
 * an opening phrase set off by a comma that starts with a preposition ("With a vote for Trump ruled
 * out, Cross said", "For Chait, Williamson is"), which holds no subject. A clause opened by a
 * subordinator has one, often the person the sentence goes on about ("While Ramos said …, he").
 */
function subjectStart(c: QuoteContext, first: number, limit: number): number {
  const { pos, value } = c;
  let t = first;
  // "Soon after the murder of …, Trump asserted": an adverb may lead the phrase.
  while (t < limit && (pos[t] === 'PUNCT' || pos[t] === 'SPACE' || pos[t] === 'ADV')) t++;
  if (pos[t] !== 'ADP') return first;
  for (; t < limit; t++) if (value[t] === ',') return t + 1;
  return first;
}

/** True when the name ending at token `last` qualifies the noun after it: "Obama consultant", "Trump’s campaign". */
function qualifiesNoun(c: QuoteContext, last: number): boolean {
  const next = last + 1;
  if (next >= c.n) return false;
  return c.pos[next] === 'NOUN' || c.pos[next] === 'PART' || c.value[next] === '’s' || c.value[next] === "'s";
}

/** The gender "he" and "she" refer to. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);

/**
 * True when a pronoun of the kind and gender given may refer to entity `e`: "she" not to a person
 * the article calls "Mr." or names "Donald Trump" (`QuoteContext.genderOf`); a person whose gender
 * the article does not say fits either.
 */
function fits(c: QuoteContext, e: number, pronoun: 'person' | 'thing' | 'any', gender: Gender | undefined): boolean {
  const type = c.entities[e].type;
  if (pronoun === 'thing') return type !== 'PERSON';
  if (pronoun === 'any') return true;
  if (type !== 'PERSON') return false;
  const own = gender && c.genderOf(e);
  return !own || own === gender;
}
