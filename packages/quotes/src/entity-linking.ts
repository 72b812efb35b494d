import { subjectToken, type Gender, type TextSpan } from '@newslens/core';
import type { Cue, QuoteContext } from './context.js';
import { describedPerson, titledPersonAtEnd } from './descriptions.js';
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
    const fit = (e: number, t: number) => fits(c, e, t, pronoun, PRONOUN_GENDERS.get(normal[head]));
    // "He" and "she" carry one person through the sentences they lead.
    const chain = PRONOUN_GENDERS.has(normal[head]) ? normal[head] : undefined;
    // Names inside the quote itself are what it speaks of, not who speaks it.
    const before = Math.min(cue.first, quoteFirst) - 1;
    if (previousQuoteEnd >= 0) {
      const since = subjectFitting(c, before, previousQuoteEnd + 1, fit, chain);
      if (since >= 0) return entities[tokenEntity[since]].id;
    }
    const previous = previousSpeaker ? entityById().get(previousSpeaker) : undefined;
    if (previous && fit(entities.indexOf(previous), -1)) return previous.id;
    // With no quote before to anchor it, a pronoun reaches back two sentences before its own: further
    // back, the person it means is more often one the article never names ("I met a man there. He told me").
    const nearest = subjectFitting(c, before, Math.max(0, cue.first - REFERENCE_TOKENS, referenceReach(c, cue.first, chain)), fit, chain);
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

/** Nouns for an organisation that "the" makes stand for one the article named: "The company said". */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'agency', 'group', 'organisation', 'organization', 'union', 'party', 'carmaker',
  'automaker', 'drugmaker', 'retailer', 'airline', 'insurer', 'lender', 'ministry', 'department', 'club', 'team',
]);

/** How many sentences before its own an unanchored pronoun or description looks back for the name it stands for. */
const REFERENCE_SENTENCES = 2;
/** How many tokens back an unanchored pronoun looks at most, however many sentences it leads. */
const REFERENCE_TOKENS = 399;

/**
 * The first token of the sentence REFERENCE_SENTENCES before token `t`'s own (or of the text); the
 * sentences led by the pronoun `chain` are passed over uncounted, as they continue its reference,
 * within REFERENCE_TOKENS.
 */
function referenceReach(c: QuoteContext, t: number, chain?: string): number {
  let reach = c.sentenceStart[t];
  for (let k = 0; k < REFERENCE_SENTENCES && reach > 0; ) {
    const last = reach - 1;
    reach = c.sentenceStart[last];
    if (!chain || reach < t - REFERENCE_TOKENS || pronounSubject(c, reach, last, chain) < 0) k++;
  }
  return reach;
}

/**
 * The last token from `from` back to `to` that belongs to an entity (by index) `fit` accepts, or -1.
 * With `chain`, a pronoun, the sentences that pronoun is the subject of are passed over from it on:
 * in "She has met Hillary Clinton. “…,” she said" both pronouns are one person's, named before;
 * in "As for Trump, he said" that person is named before the pronoun.
 */
function nearestFitting(c: QuoteContext, from: number, to: number, fit: (e: number, t: number) => boolean, chain?: string): number {
  const { tokenEntity, sentenceStart } = c;
  for (let t = from; t >= to; t--) {
    if (chain && (t === from || sentenceStart[t + 1] !== sentenceStart[t])) {
      const subject = pronounSubject(c, sentenceStart[t], t, chain);
      if (subject >= 0) {
        t = subject;
        continue;
      }
    }
    const e = tokenEntity[t];
    if (e >= 0 && fit(e, t)) return t;
  }
  return -1;
}

/**
 * Where the sentence starting at token `first` has the pronoun `word` as its subject
 * (`subjectToken`), by token `last`: "She has faced", "But she said", "Though he lost, he said";
 * not "Even as he spoke, Giuliani declined". The pronoun's first use in the sentence, as an opening
 * clause's "he" is the same person ("Though he did not name Rubio, he made it clear"); else -1.
 */
function pronounSubject(c: QuoteContext, first: number, last: number, word: string): number {
  const t = subjectToken(c.tokens, first, last);
  if (t < 0 || c.normal[t] !== word) return -1;
  let earliest = t;
  for (let u = t - 1; u >= first; u--) if (c.normal[u] === word) earliest = u;
  return earliest;
}

/**
 * The name a pronoun refers back to between token `from` and token `to` (from > to): in the nearest
 * sentence that names someone `fit` accepts, its subject more often than not: the name before a
 * speech verb, else the first name that qualifies no noun and stands outside an opening
 * prepositional phrase ("Whitman told the paper she would rather vote for Clinton. “…,” she said" is
 * Whitman's), else the nearest name. The name's first token, or -1 if none.
 */
function subjectFitting(c: QuoteContext, from: number, to: number, fit: (e: number, t: number) => boolean, chain?: string): number {
  const nearest = nearestFitting(c, from, to, fit, chain);
  if (nearest < 0) return -1;
  const { tokenEntity, sentenceStart, n } = c;
  let subject = -1;
  for (let t = Math.max(to, subjectStart(c, sentenceStart[nearest], nearest)); t <= nearest; t++) {
    const e = tokenEntity[t];
    if (e < 0 || !fit(e, t) || (t > 0 && tokenEntity[t - 1] === e)) continue;
    const last = lastTokenOf(c, t);
    // The name that says the sentence speaks it ("…, Lee said"), whatever other names come first;
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

/**
 * Whether "they" may refer to the entity of type `type` met at token `t` (-1 for a previous
 * speaker): an organisation, a nationality named as people ("Republicans", not "Chinese imports"),
 * or a person's group ("Clinton’s campaign", "Trump's aides"), not one person.
 */
function fitsGroup(c: QuoteContext, type: string, t: number): boolean {
  if (type === 'ORG') return true;
  if (t < 0) return type === 'NORP';
  const last = lastTokenOf(c, t);
  if (type === 'NORP') return !qualifiesNoun(c, last);
  if (type !== 'PERSON' || last + 2 >= c.n || (c.value[last + 1] !== '’s' && c.value[last + 1] !== "'s")) return false;
  return PEOPLE_NOUNS.has(c.lemma[last + 2]);
}

/** Nouns for the people around a person, whom "they" can mean: "Clinton’s campaign", "Trump's aides". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'campaign', 'aide', 'team', 'staff', 'supporter', 'adviser', 'advisor', 'ally', 'lawyer', 'attorney', 'administration',
  'family', 'spokespeople', 'backer', 'camp', 'office',
]);

/** The last token of the entity mention that holds token `t`. */
function lastTokenOf(c: QuoteContext, t: number): number {
  const e = c.tokenEntity[t];
  while (t + 1 < c.n && c.tokenEntity[t + 1] === e) t++;
  return t;
}

/** The gender "he" and "she" refer to. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);

/**
 * True when a pronoun of the kind and gender given may refer to entity `e`, met at token `t`:
 * "she" not to a person the article calls "Mr." or names "Donald Trump" (`QuoteContext.genderOf`);
 * a person whose gender the article does not say fits either.
 */
function fits(c: QuoteContext, e: number, t: number, pronoun: 'person' | 'organisation' | 'group' | 'any', gender: Gender | undefined): boolean {
  const type = c.entities[e].type;
  if (pronoun === 'organisation') return type === 'ORG';
  if (pronoun === 'group') return fitsGroup(c, type, t);
  if (pronoun === 'any') return true;
  if (type !== 'PERSON') return false;
  const own = gender && c.genderOf(e);
  return !own || own === gender;
}
