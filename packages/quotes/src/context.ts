import { entityGenders, type Entity, type Gender, type NewsDocument } from '@newslens/core';
import { entityPerToken, paragraphPerToken, sentenceStartPerToken } from './token-tables.js';

// The per-document context every rule reads (token arrays and per-token tables, built once), and
// the token tests the rules share.

type ParseTokens = NewsDocument['parse']['tokens'];

export interface QuoteContext {
  text: string;
  tokens: ParseTokens;
  value: ParseTokens['value'];
  pos: ParseTokens['pos'];
  lemma: ParseTokens['lemma'];
  normal: ParseTokens['normal'];
  /** The number of tokens. */
  n: number;
  entities: readonly Entity[];
  /** For each token, the index in `entities` of the entity a mention of which covers it, or -1. */
  tokenEntity: Int32Array;
  /** For each token, the first token of its sentence. */
  sentenceStart: Int32Array;
  /** For each token, the index of its paragraph. */
  paragraphOf: Int32Array;
  /** For each token, whether it is a speech verb (`isSpeechVerb`): 0 not yet known, 1 no, 2 yes. */
  speechVerb: Uint8Array;
  /** The entities by id, built on first use. */
  entityById: () => Map<string, Entity>;
  /** The gender the article gives a person entity (by index; `personGender`), found on first use. */
  genderOf: (e: number) => Gender | undefined;
}

/** Where the text names a speaker: a token range and its head word (the noun or name it is about). */
export interface Cue {
  first: number;
  last: number;
  head: number;
}

/** How far a cue may sit from its quote, in tokens: attribution is local, and this bounds the work. */
export const CUE_WINDOW = 40;
/** The longest "Bush said." clause after a quote that ended its own sentence. */
export const SHORT_CLAUSE = 7;
/** How far a subject may sit from its verb, and an appositive run, in tokens. */
export const NP_WINDOW = 24;
/** Words between a subject and its verb: "has also said", "did not say". */
export const VERB_GAP_POS = new Set(['ADV', 'AUX', 'PART']);

export function createContext(doc: NewsDocument<'sentences' | 'entities'>): QuoteContext {
  const tokens = doc.parse.tokens;
  const entities = doc.layers.entities;
  let byId: Map<string, Entity> | undefined;
  let genders: (Gender | undefined)[] | undefined;
  const tokenEntity = entityPerToken(doc, entities);
  return {
    text: doc.text,
    tokens,
    value: tokens.value,
    pos: tokens.pos,
    lemma: tokens.lemma,
    normal: tokens.normal,
    n: tokens.length,
    entities,
    tokenEntity,
    sentenceStart: sentenceStartPerToken(doc),
    paragraphOf: paragraphPerToken(doc),
    speechVerb: new Uint8Array(tokens.length),
    entityById: () => (byId ??= new Map(entities.map((e) => [e.id, e]))),
    genderOf: (e) => (genders ??= entityGenders(tokens.value, entities, mentionStarts(tokenEntity)))[e],
  };
}

/** The first token of each run of an entity's tokens: where a mention starts. */
function* mentionStarts(tokenEntity: Int32Array): Generator<{ entity: number; token: number }> {
  for (let t = 1; t < tokenEntity.length; t++) {
    const e = tokenEntity[t];
    if (e >= 0 && tokenEntity[t - 1] !== e) yield { entity: e, token: t };
  }
}

// A token may be empty: wink leaves an empty word in some runs of stops ("cd..w"), and a token it
// spelt otherwise than the text is located as an empty span (see @newslens/core's parse). Past
// either end of the text there is no token, and nothing capitalised.
export function isCapitalised(c: QuoteContext, t: number): boolean {
  const ch = c.value[t]?.[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

export function isLowerCase(c: QuoteContext, t: number): boolean {
  const { value, n } = c;
  if (t >= n) return false;
  const ch = value[t][0];
  return ch !== undefined && ch !== ch.toUpperCase();
}

export function isSentenceEnd(c: QuoteContext, t: number): boolean {
  const { tokens, value, pos, n } = c;
  if (pos[t] !== 'PUNCT' || (value[t] !== '.' && value[t] !== '!' && value[t] !== '?')) return false;
  // An abbreviation's dot: "(D-Nev.)", "R-Ky., said", "the U.S. said".
  if (value[t] === '.' && t + 1 < n && (value[t + 1] === ')' || value[t + 1] === ',' || isLowerCase(c, t + 1))) return false;
  // A title's abbreviation wink reads apart from its dot ("the Rev. James Okoro"), which the segmenter keeps inside the sentence.
  if (isAbbreviationDot(c, t)) return false;
  // A dot inside a word ("fivethirtyeight.com") ends nothing.
  return !(t > 0 && t + 1 < n && tokens.end[t - 1] === tokens.start[t] && tokens.end[t] === tokens.start[t + 1] && isWordToken(c, t + 1));
}

export function isWordToken(c: QuoteContext, t: number): boolean {
  const { tokens } = c;
  return tokens.type[t] === 'word' || tokens.type[t] === 'number';
}

export function isParagraphStart(c: QuoteContext, t: number): boolean {
  const { value, pos } = c;
  return t === 0 || pos[t - 1] === 'SPACE' && value[t - 1].includes('\n');
}

export function countWords(c: QuoteContext, first: number, last: number): number {
  const { pos } = c;
  let words = 0;
  for (let t = first; t <= last; t++) if (pos[t] !== 'PUNCT' && pos[t] !== 'SPACE' && pos[t] !== 'SYM') words++;
  return words;
}

export function onlyPunctuation(c: QuoteContext, from: number, to: number): boolean {
  const { pos } = c;
  for (let t = from; t <= to; t++) if (pos[t] !== 'PUNCT' && pos[t] !== 'SPACE') return false;
  return true;
}

/**
 * How many tokens an attributing phrase opening at token `t` takes, its speaker following: 2 for
 * "according to", 4 for "in the words of"; 0 where none opens.
 */
export function attributionLength(c: QuoteContext, t: number): number {
  const { normal, n } = c;
  if (normal[t] === 'according') return t + 1 < n && normal[t + 1] === 'to' ? 2 : 0;
  if (normal[t] !== 'in' || t + 3 >= n) return 0;
  return normal[t + 1] === 'the' && normal[t + 2] === 'words' && normal[t + 3] === 'of' ? 4 : 0;
}

/** A quote that begins inside a sentence, after other words of it: "called the plan “dogged and smart”". */
export function isPartial(c: QuoteContext, first: number): boolean {
  const { value, pos, sentenceStart } = c;
  let t = first - 1;
  if (t >= 0 && value[t] === ':') return false; // a colon introduces a quote of its own
  while (t >= 0 && pos[t] === 'PUNCT') t--;
  if (t < 0 || pos[t] === 'SPACE' || sentenceStart[first] === first || sentenceStart[first] > t) return false;
  return true;
}

/** “….” ends its sentence: what follows is a new one. (“…!” and “…?” may go on: “Why?” Bush asked.) */
export function endsWithPeriod(c: QuoteContext, first: number, last: number): boolean {
  const { value, pos } = c;
  let t = last;
  while (t > first && pos[t] === 'PUNCT' && value[t] !== '.' && value[t] !== '!' && value[t] !== '?') t--;
  return t > first && value[t] === '.';
}

export function endsWithComma(c: QuoteContext, last: number): boolean {
  const { value, n } = c;
  return value[last - 1] === ',' || (last + 1 < n && value[last + 1] === ',');
}

/** A short capitalised word ("Rev", "Gen", "Capt") joined to a full stop that the segmenter keeps inside the sentence, before a capitalised word. */
export function isAbbreviationDot(c: QuoteContext, t: number): boolean {
  const { tokens, value, n, sentenceStart } = c;
  if (value[t] !== '.' || t < 1 || t + 1 >= n || tokens.end[t - 1] !== tokens.start[t] || sentenceStart[t + 1] === t + 1) return false;
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(value[t - 1]) && isCapitalised(c, t + 1);
}
