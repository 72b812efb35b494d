import { datelineDash, inDateline, type NewsDocument, type TokenTable } from '@newslens/core';
import type { Candidate } from './candidate.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/** Role flags of a mention. */
export const SUBJECT = 1;
export const SPEAKER = 2;
/** The place of a dateline ("BRUSSELS — …"): where the story was filed, in no role of a clause. */
export const DATELINE = 4;
/** A name in a byline ("By Jane Doe"): who wrote the story, not what it is about. */
export const BYLINE = 8;
/** How far a byline may run, in tokens. */
const MAX_BYLINE_TOKENS = 16;

/**
 * The grammatical role of each name mention, as bit flags (SUBJECT, SPEAKER; or DATELINE or BYLINE alone). A mention is a
 * subject when it heads the noun phrase before its clause's first verb ("Lee and Kim agreed",
 * "According to the release, Lee made ..."), and not when it only modifies another noun
 * ("Acme official"), is possessive ("Lee’s call") or sits in a prepositional phrase.
 * It is a speaker when it is the subject of a speech verb ("Acme said"), follows one
 * ("said Smith") or follows "according to". Values get no role. One pass over the tokens.
 */
export function mentionRoles(doc: NewsDocument<'sentences'>, mentions: readonly Candidate[]): Uint8Array {
  const roles = new Uint8Array(mentions.length);
  const { tokens } = doc.parse;
  if (tokens.length === 0 || mentions.length === 0) return roles;
  const { start: clauseStart, verb: clauseVerb } = clauseStarts(doc);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.value || m.sentence >= clauseStart.length) continue;
    if (inDateline(tokens, m.firstToken, m.lastToken)) {
      roles[i] = DATELINE;
      continue;
    }
    if (inByline(tokens, m.firstToken, m.lastToken)) {
      roles[i] = BYLINE;
      continue;
    }
    const start = clauseStart[m.sentence];
    const verb = clauseVerb[m.sentence];
    const head = isPhraseHead(tokens, m.lastToken);
    if (!head) continue;
    if (m.firstToken >= start && (verb < 0 || m.lastToken < verb) && phraseStartsAt(tokens, m.firstToken, start) === start) {
      roles[i] |= SUBJECT;
      if (verb >= 0 && SPEECH_VERBS.has(tokens.lemma[verb])) roles[i] |= SPEAKER;
      continue;
    }
    // "“…,” Scholz told reporters": the quote opens the sentence, but the name is the speech verb's subject.
    if (speechVerbFollows(tokens, m.lastToken + 1)) {
      roles[i] |= SUBJECT | SPEAKER;
      continue;
    }
    const before = phraseStartsAt(tokens, m.firstToken, 0) - 1;
    if (before < 0) continue;
    if (tokens.pos[before] === 'VERB' && SPEECH_VERBS.has(tokens.lemma[before])) roles[i] |= SPEAKER;
    else if (tokens.normal[before] === 'to' && before > 0 && tokens.normal[before - 1] === 'according') roles[i] |= SPEAKER;
  }
  return roles;
}

/**
 * True when tokens first..last stand in a byline: a line of its own that opens with "By" and holds
 * no verb in lower case ("By Jane Doe and Li Wei, Staff Writers").
 */
function inByline(tokens: TokenTable, first: number, last: number): boolean {
  let open = first - 1;
  while (open >= 0 && first - open <= MAX_BYLINE_TOKENS && tokens.type[open] !== 'tabCRLF' && tokens.normal[open] !== 'by') open--;
  if (open < 0 || tokens.normal[open] !== 'by' || (open > 0 && tokens.type[open - 1] !== 'tabCRLF')) return false;
  for (let t = open + 1; t < tokens.length && tokens.type[t] !== 'tabCRLF'; t++) {
    // A capitalised "verb" is a name wink mistagged ("Tom Ward").
    if (t - open > MAX_BYLINE_TOKENS || ((tokens.pos[t] === 'VERB' || tokens.pos[t] === 'AUX') && !/^\p{Lu}/u.test(tokens.value[t]))) return false;
  }
  return last > open;
}

/** True when a speech verb comes at token `t`, perhaps after an auxiliary ("has said"). */
function speechVerbFollows(tokens: TokenTable, t: number): boolean {
  if (t < tokens.length && tokens.pos[t] === 'AUX') t++;
  return t < tokens.length && tokens.pos[t] === 'VERB' && SPEECH_VERBS.has(tokens.lemma[t]);
}

/**
 * Per sentence, the first token of its main clause, after a leading phrase ("According to ..., ",
 * "In Paris, "), and the clause's first verb, or -1.
 */
function clauseStarts(doc: NewsDocument<'sentences'>): { start: Int32Array; verb: Int32Array } {
  const { tokens } = doc.parse;
  const sentences = doc.layers.sentences;
  const clauseStart = new Int32Array(sentences.length);
  const clauseVerb = new Int32Array(sentences.length);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const { start: from, end: to } = sentences[s];
    while (t < tokens.length && tokens.start[t] < from) t++;
    while (t < tokens.length && tokens.start[t] < to && (tokens.pos[t] === 'PUNCT' || tokens.pos[t] === 'SPACE')) t++;
    // A dateline ("BRUSSELS — Lee met Kim") comes before the clause.
    const dash = datelineDash(tokens, t);
    if (dash >= 0 && tokens.start[dash] < to) {
      t = dash + 1;
      while (t < tokens.length && tokens.start[t] < to && (tokens.pos[t] === 'PUNCT' || tokens.pos[t] === 'SPACE')) t++;
    }
    let start = t;
    if (t < tokens.length && tokens.start[t] < to && opensLeadingPhrase(tokens, t)) {
      for (let k = t + 1; k < tokens.length && tokens.start[k] < to; k++) {
        if (tokens.value[k] === ',') {
          start = k + 1;
          break;
        }
      }
    }
    let verb = -1;
    for (let k = start; k < tokens.length && tokens.start[k] < to; k++) {
      if (tokens.pos[k] === 'VERB' || tokens.pos[k] === 'AUX') {
        verb = k;
        break;
      }
    }
    clauseStart[s] = start;
    clauseVerb[s] = verb;
  }
  return { start: clauseStart, verb: clauseVerb };
}

/** A sentence opening with a preposition, subordinator, adverb or participle puts its subject after the first comma. */
function opensLeadingPhrase(tokens: TokenTable, t: number): boolean {
  const pos = tokens.pos[t];
  if (pos === 'ADP' || pos === 'SCONJ' || pos === 'ADV') return true;
  if (pos !== 'VERB') return false;
  const word = tokens.normal[t];
  return word.endsWith('ing') || word.endsWith('ed');
}

/** Words that can sit in a noun phrase before its head: "the senior", "United States President", "Lee and". */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ']);

/** First token of the noun phrase ending at a mention: walks back over determiners, adjectives, nouns and "and". */
function phraseStartsAt(tokens: TokenTable, first: number, limit: number): number {
  let t = first;
  while (t > limit && (PHRASE_POS.has(tokens.pos[t - 1]) || tokens.value[t - 1] === ',')) t--;
  return t;
}

const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’', "'S", '’S']);

/** True when the noun phrase ends with the mention: no noun, possessive or hyphenated word follows it. */
function isPhraseHead(tokens: TokenTable, last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length) return true;
  const pos = tokens.pos[next];
  if (pos === 'NOUN' || pos === 'PROPN') return false;
  if (pos === 'PART' && POSSESSIVES.has(tokens.value[next])) return false;
  if (tokens.end[last] === tokens.start[next] && (tokens.value[next] === '-' || tokens.value[next] === '–')) return false;
  return true;
}
