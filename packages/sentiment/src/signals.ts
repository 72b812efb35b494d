import type { Parse } from '@newslens/core';
import { valenceOf } from './lexicon.js';
import {
  CESSATION_VERBS, CONCESSIONS, CONCESSIVE_CONJUNCTIONS, CONTRAST, DECREASE_PHRASES, DECREASE_VERBS, DEGREE, FIGURES, HEDGES, IDIOMS,
  INCREASE_VERBS, LEVEL_COPULAS, LEVEL_VERBS, LITOTES_COMPARATIVES, LOWERING_VERBS, NEGATED_NEUTRAL, NEGATION_REACH,
  NEGATORS, OPENING_CONCESSIONS, PHRASE_VALENCE, POSITIVE_WEIGHT, PRIVATIONS, PRIVATIVES, PRIVATIVE_REACH, QUANTITY_DIRECTION,
  QUANTITY_VALENCE, RAISING_VERBS, REVERSAL_REACH, REVERSAL_VERBS, REVERSAL_WEIGHT, SCOPELESS_NEGATORS, SPEECH_VERBS,
  SUBJECT_REACH, VERB_ONLY,
} from './modifiers.js';

/** Bit flags for what a token is, beyond its valence. */
export const CONTRAST_FLAG = 1;
export const HEDGE_FLAG = 2;
export const QUOTE_FLAG = 4;
export const SAY_FLAG = 8;
export const PROPN_FLAG = 16;
export const SKIP_FLAG = 32;
export const VERB_FLAG = 64;
export const NOUN_FLAG = 128;
export const CLAUSE_FLAG = 256;
export const PRON_FLAG = 512;
export const NEGATOR_FLAG = 1024;
export const LITOTES_FLAG = 2048;
export const REVERSAL_FLAG = 4096;
export const VERB_ONLY_FLAG = 8192;
/** Punctuation, a symbol or a coordinating conjunction: where a reversal verb's object ends. */
export const BREAK_FLAG = 16384;
/** "nothing", "nobody", "nowhere": negators that wink opens no scope after. */
export const SCOPELESS_FLAG = 32768;
/** "despite", "in spite of", "notwithstanding": what follows, to the clause mark, is conceded. */
export const CONCESSION_FLAG = 65536;
/** "while" and "whilst", which concede their clause where they open the sentence. */
export const OPENING_CONCESSION_FLAG = 131072;
/** "although", "though", "whereas": contrast markers that open a concessive clause (`CONCESSIVE_CONJUNCTIONS`). */
export const CONCESSIVE_CONJUNCTION_FLAG = 262144;
/** A reversal that also denies a good object (`PRIVATIONS`): "lacks credibility", "devoid of compassion". */
export const PRIVATION_FLAG = 524288;
/** "!", which strengthens its sentence (`EXCLAMATION_EMPHASIS`). */
export const EXCLAMATION_FLAG = 1048576;

/** Verbs of saying: a target next to one is a speaker, whose quote says what it thinks. */
const SAY_LEMMAS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'note', 'write', 'announce', 'argue', 'insist', 'warn', 'tweet', 'declare',
  'explain', 'respond', 'reply', 'according', 'acknowledge', 'admit', 'suggest', 'contend', 'assert', 'told', 'said',
]);
/** Marks that end a clause for the purpose of a target's local context. */
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '``', "''"]);

/** What one word type contributes, computed once per type and then shared. */
interface WordType {
  valence: number;
  degree: number;
  flags: number;
  /** A small integer naming the type, so later stages index arrays instead of hashing strings. */
  id: number;
  /** The lemma the type was made with: its valence and flags depend on it too. */
  lemma: string;
  /** A privative ("free", "cleared"): its "of" reverses (`privativeOfs` visits the privatives `tokenSignals` lists). */
  privative: boolean;
  /** The idioms that may start with this word (`IDIOMS`), or undefined. */
  idioms: readonly Idiom[] | undefined;
}

/** One of IDIOMS: its words and its valence. */
interface Idiom {
  words: readonly string[];
  valence: number;
}

/** IDIOMS by first word. */
const IDIOMS_BY_FIRST = new Map<string, Idiom[]>();
for (const [phrase, valence] of IDIOMS) {
  const words = phrase.split(' ');
  const list = IDIOMS_BY_FIRST.get(words[0]) ?? [];
  list.push({ words, valence: valence > 0 ? valence * POSITIVE_WEIGHT : valence });
  IDIOMS_BY_FIRST.set(words[0], list);
}

/** What the rule passes of `tokenSignals` read and write: the arrays of one parse, `n` tokens long. */
interface RuleArrays {
  n: number;
  valence: Float32Array;
  degree: Float32Array;
  flags: Uint32Array;
  negated: Uint8Array;
  normal: readonly string[];
  lemma: readonly string[];
  pos: readonly string[];
}

/** Per-token numbers for one parse, computed once and shared by every scorer. */
export interface TokenSignals {
  valence: Float32Array;
  degree: Float32Array;
  flags: Uint32Array;
  /** Sign to apply to the token's valence: -1 inside wink's negation scope, else 1. */
  negated: Uint8Array;
  /** Each token's word-type id (one per written form), valid while `typeGeneration()` is `generation`. */
  typeId: Int32Array;
  generation: number;
}

/**
 * Word types by written form, and, for a form met with another lemma than its first ("left" as
 * "leave" and as "left"), by form and lemma. Keying by form alone made a token's valence depend on
 * which articles a process had read before.
 */
const typeCache = new Map<string, WordType>();
const otherLemmaTypes = new Map<string, WordType>();
const MAX_CACHED_TYPES = 200_000;
/**
 * The signals of the last parse read, in buffers reused from parse to parse: allocating typed
 * arrays per call cost more than filling them. A TokenSignals is valid until the next call with
 * another parse, which is all the scorers need (each works on one parse at a time).
 */
let lastParse: Parse | undefined;
let lastSignals: TokenSignals | undefined;
let buffers = {
  valence: new Float32Array(0),
  degree: new Float32Array(0),
  flags: new Uint32Array(0),
  negated: new Uint8Array(0),
  typeId: new Int32Array(0),
};
/** The written form of each type id. */
const typeNormals: string[] = [];
/** Bumped whenever the type cache is cleared and its ids start again from 0. */
let generation = 0;

/** The current numbering of word types: ids from another generation name other words. */
export function typeGeneration(): number {
  return generation;
}

/** The written form a type id stands for in the current generation. */
export function typeNormal(id: number): string {
  return typeNormals[id];
}

function wordType(normal: string, lemma: string): WordType {
  const t = typeCache.get(normal);
  if (t !== undefined && t.lemma === lemma) return t;
  if (t === undefined) return newWordType(normal, lemma, typeCache, normal);
  const key = `${normal}\u0000${lemma}`;
  return otherLemmaTypes.get(key) ?? newWordType(normal, lemma, otherLemmaTypes, key);
}

function newWordType(normal: string, lemma: string, cache: Map<string, WordType>, key: string): WordType {
  let flags = 0;
  if (CONTRAST.has(normal)) flags |= CONTRAST_FLAG;
  if (HEDGES.has(normal)) flags |= HEDGE_FLAG;
  if (QUOTE_MARKS.has(normal)) flags |= QUOTE_FLAG;
  if (SAY_LEMMAS.has(lemma) || SAY_LEMMAS.has(normal)) flags |= SAY_FLAG;
  if (CLAUSE_MARKS.has(normal)) flags |= CLAUSE_FLAG;
  if (NEGATORS.has(normal)) flags |= NEGATOR_FLAG;
  if (SCOPELESS_NEGATORS.has(normal)) flags |= SCOPELESS_FLAG;
  if (LITOTES_COMPARATIVES.has(normal)) flags |= LITOTES_FLAG;
  if (REVERSAL_VERBS.has(normal) || REVERSAL_VERBS.has(lemma)) flags |= REVERSAL_FLAG;
  if (VERB_ONLY.has(normal)) flags |= VERB_ONLY_FLAG;
  if (CONCESSIONS.has(normal)) flags |= CONCESSION_FLAG;
  if (CONCESSIVE_CONJUNCTIONS.has(normal)) flags |= CONCESSIVE_CONJUNCTION_FLAG;
  if (OPENING_CONCESSIONS.has(normal)) flags |= OPENING_CONCESSION_FLAG;
  if (PRIVATIONS.has(normal) || PRIVATIONS.has(lemma)) flags |= PRIVATION_FLAG;
  if (normal === '!') flags |= EXCLAMATION_FLAG;
  if (typeCache.size + otherLemmaTypes.size >= MAX_CACHED_TYPES) {
    typeCache.clear();
    otherLemmaTypes.clear();
    typeNormals.length = 0;
    generation++;
  }
  const v = valenceOf(normal, lemma);
  const privative = PRIVATIVES.has(lemma) || PRIVATIVES.has(normal);
  const idioms = IDIOMS_BY_FIRST.get(normal) ?? IDIOMS_BY_FIRST.get(lemma);
  const t = { valence: v > 0 ? v * POSITIVE_WEIGHT : v, degree: DEGREE[normal] ?? 1, flags, id: typeNormals.length, lemma, privative, idioms };
  typeNormals.push(normal);
  cache.set(key, t);
  return t;
}

/**
 * The sentiment signals of every token in a parse, indexed by token (the arrays may be longer than
 * the parse: read only its tokens). Computed once per parse while it is the one being scored.
 */
export function tokenSignals(parse: Parse): TokenSignals {
  if (parse === lastParse && lastSignals !== undefined) return lastSignals;
  const { tokens } = parse;
  const n = tokens.length;
  if (buffers.valence.length < n) {
    const size = Math.max(n, 2 * buffers.valence.length, 1024);
    buffers = {
      valence: new Float32Array(size),
      degree: new Float32Array(size),
      flags: new Uint32Array(size),
      negated: new Uint8Array(size),
      typeId: new Int32Array(size),
    };
  }
  const { valence, degree, flags, negated, typeId } = buffers;
  const { normal } = tokens;
  const gen = generation;
  privativeTokens.length = 0;
  idiomTokens.length = 0;
  idiomLists.length = 0;
  for (let i = 0; i < n; i++) {
    const pos = tokens.pos[i];
    const t = wordType(normal[i], tokens.lemma[i]);
    let f = t.flags;
    if (pos === 'PROPN') f |= PROPN_FLAG;
    else if (pos === 'VERB') f |= VERB_FLAG;
    else if (pos === 'NOUN') f |= NOUN_FLAG;
    else if (pos === 'PRON') f |= NOUN_FLAG | PRON_FLAG;
    else if (pos === 'SPACE') f |= SKIP_FLAG;
    else if (pos === 'PUNCT' || pos === 'SYM' || pos === 'CCONJ') f |= BREAK_FLAG;
    // A capitalised name is not a sentiment word ("Mr. Love", "Hope, Arkansas"); "like" as a preposition is none either.
    // Nor has a verb that reports speech ("argued that"): SPEECH_VERBS.
    valence[i] = pos === 'PROPN' || ((f & VERB_ONLY_FLAG) !== 0 && pos !== 'VERB') || (pos === 'VERB' && t.valence < 0 && SPEECH_VERBS.has(t.lemma)) ? 0 : t.valence;
    degree[i] = t.degree === 1 ? 1 : degreeInContext(t.degree, i, n, normal, tokens.pos);
    flags[i] = f;
    negated[i] = tokens.negated[i] ? 1 : 0;
    typeId[i] = t.id;
    if (t.privative) privativeTokens.push(i);
    if (t.idioms !== undefined) {
      idiomTokens.push(i);
      idiomLists.push(t.idioms);
    }
  }
  restoreOpeningWords(parse, valence, flags);
  restoreShoutedWords(parse, valence, flags);
  restoreTitleWords(parse, valence, flags);
  const arrays: RuleArrays = { n, valence, degree, flags, negated, normal, lemma: tokens.lemma, pos: tokens.pos };
  figurativeWords(arrays);
  idiomValences(arrays);
  privativeOfs(arrays);
  openScopes(arrays);
  affirmations(arrays);
  additiveButs(arrays);
  deniedComparisons(arrays);
  if (n > 0) scopeRules(arrays);
  regrets(arrays);
  excessiveTos(arrays);
  if (n > 0) subjectsOfChange(arrays);
  objectsOfChange(arrays);
  // A new object each time, so caches keyed by it (prefix sums, model rows) start afresh.
  // The cache was cleared midway: the ids of the earlier tokens belong to the old numbering.
  lastSignals = { valence, degree, flags, negated, typeId, generation: generation === gen ? gen : -1 };
  lastParse = parse;
  return lastSignals;
}

/** The first token from `first` to `last` that is neither space nor punctuation (past `last` if none): a sentence's first word. */
function firstWord(parse: Parse, first: number, last: number): number {
  const { pos } = parse.tokens;
  let i = first;
  while (i <= last && (pos[i] === 'SPACE' || pos[i] === 'PUNCT')) i++;
  return i;
}

/** Token `i`'s valence from the lexicon, which the proper-noun tag zeroed in `tokenSignals`: the restore passes give it back. */
function listedValence(parse: Parse, i: number): number {
  return wordType(parse.tokens.normal[i], parse.tokens.lemma[i]).valence;
}

/**
 * wink often tags a sentence's capitalised first word as a proper noun ("Victims of the flood ...",
 * "Terror returned ..."), which zeroes its valence above. The first word of a sentence keeps its
 * valence unless the word after it is a proper noun too ("Hope Hicks said", "Grace Church"). wink
 * also tags many a plural noun that opens a sentence before a preposition a verb ("Hopes for a
 * deal are fading", "Calls for his resignation mounted"); news opens no sentence with a verb in
 * "-s" and a preposition, so it counts as the noun it is, and the rules find their subject. And it
 * tags a verb the first name of a person who opens a sentence when it is one ("Hope Hicks was
 * spotted", "Sue Gordon is", "Rob Schneider's routines"): a capitalised verb not in "-ing"
 * ("Accusing Trump of") before a proper noun that a verb or "'s" follows is a first name, and has
 * no valence.
 */
function restoreOpeningWords(parse: Parse, valence: Float32Array, flags: Uint32Array): void {
  const { tokens } = parse;
  for (const { first, last } of parse.winkSentences) {
    const i = firstWord(parse, first, last);
    if (i > last) continue;
    const next = wordFrom(flags, i + 1, last + 1);
    if (tokens.pos[i] === 'VERB') {
      if (next > last) continue;
      if (tokens.normal[i].endsWith('s') && tokens.pos[next] === 'ADP') flags[i] = (flags[i] & ~VERB_FLAG) | NOUN_FLAG;
      else if (tokens.pos[next] === 'PROPN' && TITLE.test(tokens.value[i]) && !tokens.normal[i].endsWith('ing')) {
        const after = wordFrom(flags, next + 1, last + 1);
        if (after <= last && AFTER_OPENING_NAME.has(tokens.pos[after])) valence[i] = 0;
      }
      continue;
    }
    if (tokens.pos[i] !== 'PROPN' || (flags[i] & VERB_ONLY_FLAG) !== 0) continue;
    if (next <= last && tokens.pos[next] === 'PROPN') continue;
    valence[i] = listedValence(parse, i);
  }
}

/** What follows a person's first name that opens a sentence and its surname: a verb, an auxiliary or the possessive "'s". */
const AFTER_OPENING_NAME: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PART']);

const SHOUTED = /^\p{Lu}{3,}$/u;
const LOWER = /\p{Ll}/u;
const TITLE = /^\p{Lu}\p{Ll}/u;

/**
 * wink tags a word written in capitals for emphasis a proper noun ("This is GREAT", "a TOTAL
 * disaster"), which zeroes its valence above. A word of three capitals or more keeps its valence
 * where a word beside it is in lower case and none is a proper noun or capitalised (bar the
 * sentence's first word): a name in capitals has a name beside it ("the FAIR Act", which wink
 * tags a verb, "NASA scientists") or no valence. A headline in capitals has no lower case:
 * `restoreTitleWords` reads it as one in title case.
 */
function restoreShoutedWords(parse: Parse, valence: Float32Array, flags: Uint32Array): void {
  const { tokens } = parse;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (tokens.pos[i] !== 'PROPN' || !SHOUTED.test(tokens.value[i]) || (flags[i] & VERB_ONLY_FLAG) !== 0) continue;
    const before = wordBefore(flags, i - 1);
    const after = wordFrom(flags, i + 1, n);
    const beforeName = before >= 0 && (tokens.pos[before] === 'PROPN' || (TITLE.test(tokens.value[before]) && !opensSentence(parse, before)));
    const afterName = after < n && (tokens.pos[after] === 'PROPN' || TITLE.test(tokens.value[after]));
    if (beforeName || afterName) continue;
    if (!(before >= 0 && LOWER.test(tokens.value[before])) && !(after < n && LOWER.test(tokens.value[after]))) continue;
    valence[i] = listedValence(parse, i);
  }
}

const CAPITALISED = /^\p{Lu}/u;
const WORD = /^\p{L}{4,}$/u;

/** `WORD.test(value)`, without the regular expression for words in ASCII, which most are: it ran on every token. */
function isLongWord(value: string): boolean {
  if (value.length < 4) return false;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    return c >= 128 && WORD.test(value);
  }
  return true;
}

const LOWER_CASE_WORD = /^\p{Ll}\p{L}*$/u;

/** `LOWER_CASE_WORD.test(value)` (letters only, the first in lower case: no link, no "&lt;"), in ASCII by the characters' codes. */
function isLowerCaseWord(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 128) return LOWER_CASE_WORD.test(value);
  if (c < 97 || c > 122) return false;
  for (let k = 1; k < value.length; k++) {
    const d = value.charCodeAt(k);
    if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) continue;
    return d >= 128 && LOWER_CASE_WORD.test(value);
  }
  return true;
}

/** `CAPITALISED.test(value)`, by the first character's code where it is in ASCII. */
function isCapitalised(value: string): boolean {
  const c = value.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(value);
}
/** Share of the longer words of a sentence that must be capitalised for it to be a headline in title case. */
const TITLE_SHARE = 0.8;
const TITLE_MIN_WORDS = 3;

/**
 * A headline in title case ("Police Kill Unarmed Man in Brutal Attack", "Markets Plunge as Fears
 * of Recession Grow") has wink tag most of its words proper nouns, which zeroes their valence
 * above. In a sentence where at least TITLE_SHARE of the words of four letters or more are
 * capitalised (in capitals too), proper nouns keep their valence, bar those the rest of the text
 * also writes as proper nouns past a sentence's first word: the headline's names ("Supreme Court
 * Strikes Down Law" above "The Supreme Court ruled ...").
 */
function restoreTitleWords(parse: Parse, valence: Float32Array, flags: Uint32Array): void {
  const { tokens } = parse;
  const headlines = parse.winkSentences.filter(isHeadline(parse));
  if (headlines.length === 0) return;
  const names = namesOutside(parse, headlines);
  for (const { first, last } of headlines) {
    for (let i = first; i <= last; i++) {
      if (tokens.pos[i] === 'PROPN' && (flags[i] & VERB_ONLY_FLAG) === 0 && !names.has(tokens.normal[i])) valence[i] = listedValence(parse, i);
    }
  }
}

/** The tags of the words a headline in title case capitalises: only its articles, conjunctions and short prepositions stay in lower case. */
const CONTENT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/**
 * Whether a sentence is a headline in title case or in capitals: at least TITLE_SHARE of its longer
 * words capitalised, and no noun, verb, adjective or adverb in lower case (a sentence of names,
 * "Donald Trump won Tuesday's Republican primaries in West Virginia", is none).
 */
function isHeadline(parse: Parse): (sentence: { first: number; last: number }) => boolean {
  const { value, pos } = parse.tokens;
  return ({ first, last }) => {
    let words = 0;
    let capitalised = 0;
    // A sentence has at most as many words as tokens: past this many in lower case it is no headline.
    const lowerLimit = (1 - TITLE_SHARE) * (last - first + 1);
    for (let i = first; i <= last && words - capitalised <= lowerLimit; i++) {
      const long = isLongWord(value[i]);
      const upper = isCapitalised(value[i]);
      if (!upper && CONTENT_TAGS.has(pos[i]) && isLowerCaseWord(value[i])) return false;
      if (!long) continue;
      words++;
      if (upper) capitalised++;
    }
    return words >= TITLE_MIN_WORDS && capitalised >= TITLE_SHARE * words;
  };
}

/**
 * The forms of the words in title case that wink tags proper nouns in the sentences that are not
 * `headlines`, each sentence's first word aside ("Terror returned"); a word in capitals is no name
 * by itself ("A HUGE MESS!!").
 */
function namesOutside(parse: Parse, headlines: readonly { first: number; last: number }[]): Set<string> {
  const { tokens } = parse;
  const names = new Set<string>();
  for (const sentence of parse.winkSentences) {
    if (headlines.includes(sentence)) continue;
    for (let i = firstWord(parse, sentence.first, sentence.last) + 1; i <= sentence.last; i++) if (tokens.pos[i] === 'PROPN' && TITLE.test(tokens.value[i])) names.add(tokens.normal[i]);
  }
  return names;
}

/** Whether token `i` is the first word of one of wink's sentences. */
function opensSentence(parse: Parse, i: number): boolean {
  for (const { first } of parse.winkSentences) {
    if (first === i) return true;
    if (first > i) break;
  }
  return false;
}

/** A word of `FIGURES` beside the words that make it a figure of speech carries no valence ("won by a landslide"). */
function figurativeWords({ n, valence, flags, normal, pos }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    const figure = valence[i] === 0 ? undefined : FIGURES.get(normal[i]);
    if (figure === undefined) continue;
    let before = i - 1;
    while (before >= 0 && (pos[before] === 'SPACE' || pos[before] === 'DET')) before--;
    const after = wordFrom(flags, i + 1, n);
    if ((before >= 0 && figure.before.has(normal[before])) || (after < n && figure.after.has(normal[after]))) valence[i] = 0;
  }
}

/** The tokens of the parse being read that may start an idiom, and their idioms, refilled by each `tokenSignals` call. */
const idiomTokens: number[] = [];
const idiomLists: (readonly Idiom[])[] = [];

/** An idiom (`IDIOMS`) found in the tokens takes its valence on its first word; its other words count 0. */
function idiomValences({ n, valence, flags, normal, lemma }: RuleArrays): void {
  for (let c = 0; c < idiomTokens.length; c++) {
    const i = idiomTokens[c];
    for (const idiom of idiomLists[c]) {
      let j = i;
      let k = 1;
      for (; k < idiom.words.length; k++) {
        j = wordFrom(flags, j + 1, n);
        if (j >= n || (normal[j] !== idiom.words[k] && lemma[j] !== idiom.words[k])) break;
      }
      if (k < idiom.words.length) continue;
      valence[i] = idiom.valence;
      for (let w = i + 1; w <= j; w++) valence[w] = 0;
      break;
    }
  }
}

/** The privatives of the parse being read (`PRIVATIVES`), by token, refilled by each `tokenSignals` call. */
const privativeTokens: number[] = [];
/** The privative each flagged "of" belongs to, by the "of"'s token, refilled by each `privativeOfs` call. */
const privativeOfOwners = new Map<number, number>();

/**
 * The "of" after a privative ("free of", "cleared of") is flagged a reversal, so its object is
 * reversed with the others, and a privation where the privative is one ("devoid of"). Where the
 * "of" reverses, the privative's own bad sense goes, as a reversal verb's does ("devoid of
 * violence").
 */
function privativeOfs({ n, flags, normal }: RuleArrays): void {
  privativeOfOwners.clear();
  for (const i of privativeTokens) {
    for (let j = i + 1, seen = 0; j < n && seen < PRIVATIVE_REACH; j++) {
      const f = flags[j];
      if ((f & SKIP_FLAG) !== 0) continue;
      if ((f & (CLAUSE_FLAG | BREAK_FLAG | VERB_FLAG)) !== 0) break;
      seen++;
      if (normal[j] === 'of') {
        flags[j] |= REVERSAL_FLAG | (flags[i] & PRIVATION_FLAG);
        privativeOfOwners.set(j, i);
        break;
      }
    }
  }
}

/**
 * Words wink's negation model reads as conjunctions that end a scope ("as he left", "so we
 * stayed", "yet it failed"), which after "not" are adverbs of degree or time: "not so bad", "not
 * as good as", "not yet clear". There wink's scope ends before it begins.
 */
const SCOPE_CARRIERS: ReadonlySet<string> = new Set(['so', 'as', 'yet']);
/**
 * The negators a carrier continues. Not "never": "never so vividly" praises. Nor "no", which
 * takes a noun, not an adverb.
 */
const CARRIED_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'nor', 'cannot']);

/** The word before "least" that makes it a concession rather than a degree ("at least", "the very least"). */
const LEAST_IDIOMS: ReadonlySet<string> = new Set(['at', 'very']);

/**
 * What before "little" makes it a quantity ("made little progress", "with little hope", "very
 * little", "precious little"), not a size ("a little gem").
 */
const QUANTITY_LITTLE_AFTER: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);
const QUANTITY_LITTLE_ADVERBS: ReadonlySet<string> = new Set(['very', 'so', 'too', 'precious']);

/**
 * A degree word's degree where its neighbours change it: "at least" is a concession, no degree;
 * "little" as a quantity before a noun is almost none of it ("offers little hope", "made very
 * little progress" turn half over, as after "less"), while "a little hope" is some and "a skillful
 * little film" is small.
 */
function degreeInContext(degree: number, i: number, n: number, normal: readonly string[], pos: readonly string[]): number {
  const word = normal[i];
  if (word === 'least') return i > 0 && LEAST_IDIOMS.has(normal[i - 1]) ? 1 : degree;
  if (word !== 'little' || i + 1 >= n || pos[i + 1] !== 'NOUN') return degree;
  return i === 0 || QUANTITY_LITTLE_AFTER.has(pos[i - 1]) || QUANTITY_LITTLE_ADVERBS.has(normal[i - 1]) ? DEGREE.less : degree;
}

/**
 * Two-word negators wink does not know, by their second word: "far from perfect", "anything but
 * easy", "did little to help" (not "a little to the left", nor "did a little to help"), and the
 * alternatives set aside: "a strength rather than a weakness", "instead of helping". Not after a
 * negator: "not far from the border" is near it.
 */
const PHRASE_NEGATORS: ReadonlyMap<string, string> = new Map([
  ['from', 'far'], ['but', 'anything'], ['to', 'little'], ['than', 'rather'], ['of', 'instead'],
]);

/** The copula that may stand between a negator and its carrier: "has not been so", "will not be as". */
const COPULAS: ReadonlySet<string> = new Set(['be', 'been', 'being']);

/**
 * Opens the negation scopes wink leaves out, each up to the next clause mark, as wink does after
 * "not": after a negator wink does not see as one ("nothing funny"); after a two-word negator it
 * does not know ("far from perfect"), only where a sentiment word lies within reach, so that "far
 * from the city" is no complaint; and after "not" and a carrier ("not so bad"; that scope ends at
 * the next carrier too: "not as bad as you think"), unless "much" follows the carrier: "not so
 * much X as Y" weighs two things and denies neither.
 */
function openScopes({ n, valence, flags, negated, normal }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    const f = flags[i];
    if ((f & SCOPELESS_FLAG) !== 0) {
      if (i + 1 < n && negated[i + 1] === 1) continue;
      let j = i + 1;
      while (j < n && (flags[j] & (CLAUSE_FLAG | BREAK_FLAG)) === 0) negated[j++] = 1;
      i = j - 1;
    } else if (i > 0 && PHRASE_NEGATORS.get(normal[i]) === normal[i - 1] && negated[i - 1] === 0 && normal[i - 2] !== 'a') {
      let end = i + 1;
      let polar = false;
      for (let words = 0; end < n && (flags[end] & (CLAUSE_FLAG | BREAK_FLAG)) === 0; end++) {
        if (words < NEGATION_REACH && valence[end] !== 0) polar = true;
        if ((flags[end] & SKIP_FLAG) === 0) words++;
      }
      if (!polar) continue;
      for (let j = i + 1; j < end; j++) negated[j] = 1;
      i = end - 1;
    } else if ((f & NEGATOR_FLAG) !== 0 && CARRIED_NEGATORS.has(normal[i])) {
      let carrier = wordFrom(flags, i + 1, n);
      // "has not been so successful": the copula stands between.
      if (carrier < n && COPULAS.has(normal[carrier])) carrier = wordFrom(flags, carrier + 1, n);
      const next = wordFrom(flags, carrier + 1, n);
      if (next >= n || !SCOPE_CARRIERS.has(normal[carrier]) || negated[next] === 1 || normal[next] === 'much') continue;
      let j = carrier;
      // A quotation mark does not end it: 'not so “successful”' denies the word quoted.
      do negated[j++] = 1;
      while (j < n && ((flags[j] & (CLAUSE_FLAG | BREAK_FLAG)) === 0 || (flags[j] & QUOTE_FLAG) !== 0) && !SCOPE_CARRIERS.has(normal[j]));
      i = j - 1;
    }
  }
}

/**
 * "Not only X but (also) Y" adds Y to X: its "but" is no contrast, and X counts in full. The "but"
 * is the first after "not only", in its sentence.
 */
function additiveButs({ n, flags, normal }: RuleArrays): void {
  for (let i = 0; i + 1 < n; i++) {
    if ((flags[i] & NEGATOR_FLAG) === 0 || normal[wordFrom(flags, i + 1, n)] !== 'only') continue;
    for (let j = i + 2; j < n && normal[j] !== '.' && normal[j] !== '?' && normal[j] !== '!'; j++) {
      if (normal[j] !== 'but') continue;
      flags[j] &= ~CONTRAST_FLAG;
      break;
    }
  }
}

/** Clears the run of negated tokens that starts at `from`: the negator before it turned out to deny nothing. */
function liftScope(negated: Uint8Array, from: number, n: number): void {
  for (let j = from; j < n && negated[j] === 1; j++) negated[j] = 0;
}

/** The nouns after "no" or "without" that make an affirmation, not a denial: "no doubt", "without question". */
const AFFIRMING_NOUNS: ReadonlySet<string> = new Set(['doubt', 'question']);

/**
 * "No doubt", "no question", "without a doubt" affirm what follows: nothing after them is negated,
 * and neither word counts ("there is no doubt he has the ability" praises, "without question a
 * highly intelligent scientist"). "No matter how ..." stays a negation: its clause concedes what
 * the sentence goes on to deny ("no matter how fantastic it looked, the story made no sense").
 */
function affirmations({ n, valence, flags, negated, normal }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    if ((flags[i] & NEGATOR_FLAG) === 0 || (normal[i] !== 'no' && normal[i] !== 'without')) continue;
    let noun = wordFrom(flags, i + 1, n);
    if (noun < n && normal[i] === 'without' && normal[noun] === 'a') noun = wordFrom(flags, noun + 1, n);
    if (noun >= n || !AFFIRMING_NOUNS.has(normal[noun])) continue;
    valence[i] = 0;
    valence[noun] = 0;
    liftScope(negated, i + 1, n);
  }
}

/** Modals whose denied comparison says "to the utmost": "couldn't be happier", "can't agree more". */
const UTMOST_MODALS: ReadonlySet<string> = new Set(['can', 'could']);
/** What may stand between the denied modal and the comparison: "could not have been better". */
const UTMOST_COPULAS: ReadonlySet<string> = new Set(['be', 'have', 'been']);

/**
 * "Could not be happier", "could not be more wrong", "cannot agree more": to deny that anything
 * could go further is to say it goes furthest, so nothing after the negator is negated ("I couldn't
 * be happier" praises, "they could not be more wrong" blames). A comparison is "more" or "less", an
 * adjective or adverb in -er that is not its own lemma ("happier", not "clever"), "better" or
 * "worse", or a verb with "more" after it that ends the clause.
 */
function deniedComparisons({ n, flags, negated, normal, lemma, pos }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    if ((flags[i] & NEGATOR_FLAG) === 0 || i + 1 >= n || negated[i + 1] !== 1) continue;
    if (normal[i] !== 'cannot' && !(i > 0 && UTMOST_MODALS.has(normal[i - 1]))) continue;
    let j = wordFrom(flags, i + 1, n);
    while (j < n && UTMOST_COPULAS.has(normal[j])) j = wordFrom(flags, j + 1, n);
    if (j >= n) continue;
    const word = normal[j];
    const comparative =
      word === 'more' || word === 'less' || word === 'better' || word === 'worse' ||
      ((pos[j] === 'ADJ' || pos[j] === 'ADV') && word.endsWith('er') && lemma[j] !== word);
    const more = wordFrom(flags, j + 1, n);
    const after = wordFrom(flags, more + 1, n);
    // "can't agree more", not "couldn't load more than one song".
    const verbMore = pos[j] === 'VERB' && normal[more] === 'more' && (after >= n || (flags[after] & (CLAUSE_FLAG | BREAK_FLAG)) !== 0);
    if (!comparative && !verbMore) continue;
    liftScope(negated, i + 1, n);
  }
}

/** The valence of "should" in a regret ("should have known", "should not have said it"). */
export const REGRET_VALENCE = -1;

/**
 * "Should have" before a participle looks back on what went wrong ("should have been fired", "the
 * film should have gone straight to video", "I should not have said it"): the "should" counts
 * REGRET_VALENCE, whatever negation wink gave it. Not "should have fun", where "have" is a verb of
 * its own.
 */
function regrets({ n, valence, flags, negated, normal, lemma, pos }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    if (normal[i] !== 'should') continue;
    let j = wordFrom(flags, i + 1, n);
    if (j < n && (flags[j] & NEGATOR_FLAG) !== 0) j = wordFrom(flags, j + 1, n);
    if (j >= n || normal[j] !== 'have') continue;
    let k = wordFrom(flags, j + 1, n);
    // "should have never recused himself", "should have just said so".
    if (k < n && pos[k] === 'ADV') k = wordFrom(flags, k + 1, n);
    // A participle's lemma is another word ("gone", "been", "fired"); wink tags "fun" a verb too.
    if (k >= n || (pos[k] !== 'VERB' && pos[k] !== 'AUX') || lemma[k] === normal[k]) continue;
    valence[i] = REGRET_VALENCE;
    negated[i] = 0;
  }
}

/** The tags of the X in "too X to Y". */
const EXCESS_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * "Too X to Y" denies Y: "too mediocre to love", "too bleak to enjoy", "too important to ignore",
 * "too good to be true". The word Y (after "be", the word that follows it) is negated; one that a
 * negator denies already is affirmed.
 */
function excessiveTos({ n, flags, negated, normal, pos }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    if (normal[i] !== 'too') continue;
    const degree = wordFrom(flags, i + 1, n);
    // wink tags a participle used as an adjective a verb: "too complicated to succeed".
    if (degree >= n || !EXCESS_TAGS.has(pos[degree])) continue;
    const to = wordFrom(flags, degree + 1, n);
    if (to >= n || normal[to] !== 'to') continue;
    let denied = wordFrom(flags, to + 1, n);
    if (denied < n && normal[denied] === 'be') denied = wordFrom(flags, denied + 1, n);
    if (denied >= n || (pos[denied] !== 'VERB' && pos[denied] !== 'ADJ')) continue;
    negated[denied] = negated[denied] === 1 ? 0 : 1;
  }
}

/**
 * The rules that need a token's neighbours, over the filled arrays, in one pass each:
 * - negation: wink's scope (from the negator to the next clause mark) is cut after NEGATION_REACH
 *   words, counted on across the marks where wink pauses it and takes it up again ("not ... (sad");
 *   "no less"/"not fewer" (litotes) clears it, the diminisher and the negator's own valence, and so
 *   does a scope that opens right after a negator ("not without merit", "could not prevent the
 *   disaster", where wink's scope is the verb's); a negator whose scope holds no sentiment word
 *   counts NEGATED_NEUTRAL itself ("did not respond");
 * - reversal, on the scopes as the pass above leaves them: "reduce poverty", "cut the risk of heart
 *   disease": every negative word of the object, up to REVERSAL_REACH tokens after a reversal verb,
 *   before the clause ends or another verb, and not negated, flips to REVERSAL_WEIGHT of its value;
 *   the verb's own negative valence is dropped. Where the verb is denied (negated, or right after a
 *   negator), its object keeps its sign ("did not reduce poverty", "could not prevent the disaster").
 *   A privation (`PRIVATIONS`) negates the good words of its object too ("lacks credibility"),
 *   keeping its own valence; denied, it leaves them good ("does not lack courage").
 */
function scopeRules({ n, valence, degree, flags, negated, normal }: RuleArrays): void {
  // Where the last run of negated tokens stopped, and how many words it had counted.
  let runEnd = -1;
  let runWords = 0;
  for (let i = 0; i < n; i++) {
    if (negated[i] !== 1 || (i > 0 && negated[i - 1] === 1)) continue;
    if (onlyMarksBetween(flags, runEnd, i)) {
      // wink pauses a scope at a mark and takes it up after it ("not ... ''the other''"): the
      // scope goes on, with the words it has already counted, and the mark is no negator.
      let j = i;
      for (let k = runWords; j < n && negated[j] === 1; j++) {
        if (k >= NEGATION_REACH) negated[j] = 0;
        if ((flags[j] & SKIP_FLAG) === 0) k++;
        runWords = k;
      }
      runEnd = j;
      i = j - 1;
      continue;
    }
    // i opens a run of negated tokens; the word before it, past any marks, is the negator ('not "answer"').
    let negator = i - 1;
    while (negator >= 0 && isMark(flags[negator])) negator--;
    const comparative = negator >= 0 && (flags[negator] & NEGATOR_FLAG) !== 0 && (flags[i] & LITOTES_FLAG) !== 0;
    // A scope opened right after a negator is a double negation: "not without merit", and wink's
    // own negating verbs, "could not prevent the disaster", "never fails to delight", where the
    // denied verb's own bad sense goes too.
    const outer = negator >= 0 && !comparative ? negatorBefore(flags, negator) : -1;
    const litotes = comparative || outer >= 0;
    for (let k = outer + 1; outer >= 0 && k < i; k++) if (valence[k] < 0) valence[k] = 0;
    if (comparative) {
      // "no less", "not fewer": neither the negator nor the diminisher counts.
      degree[i] = 1;
      if (valence[negator] < 0) valence[negator] = 0;
    }
    let polar = false;
    let j = i;
    let k = 0;
    for (; j < n && negated[j] === 1; j++) {
      if (litotes || k >= NEGATION_REACH) negated[j] = 0;
      else if (valence[j] !== 0) polar = true;
      if ((flags[j] & SKIP_FLAG) === 0) k++;
    }
    // "did not respond" reads as a failure; "nothing happened" need not.
    const complains = negator >= 0 && valence[negator] === 0 && (flags[negator] & SCOPELESS_FLAG) === 0;
    if (!polar && !litotes && complains) valence[negator] = NEGATED_NEUTRAL;
    runEnd = j;
    runWords = litotes ? NEGATION_REACH : k;
    i = j - 1;
  }
  // Reversals last, on the scopes as cut: a denied reversal ("did not reduce poverty", "could not
  // prevent the disaster") and the denial cancel, and the bad thing keeps its sign.
  for (let i = 0; i < n; i++) {
    if ((flags[i] & REVERSAL_FLAG) === 0) continue;
    const denied = negated[i] === 1 || negatorBefore(flags, i) >= 0;
    const privation = (flags[i] & PRIVATION_FLAG) !== 0;
    // A verb right before "in" has no object to reverse: "the talks ended in deadlock" is a result.
    const next = wordFrom(flags, i + 1, n);
    if (next < n && normal[next] === 'in') continue;
    for (let j = i + 1, seen = 0; j < n && seen < REVERSAL_REACH; j++) {
      const f = flags[j];
      if ((f & SKIP_FLAG) !== 0) continue;
      if ((f & (CLAUSE_FLAG | BREAK_FLAG)) !== 0 || (seen > 0 && (f & VERB_FLAG) !== 0)) break;
      seen++;
      if (privation && valence[j] > 0) negated[j] = denied ? 0 : 1;
      // A negator is no bad thing, though a bare one counts as a failure ("ended without a deal").
      if (valence[j] >= 0 || (f & NEGATOR_FLAG) !== 0) continue;
      if (denied) negated[j] = 0;
      else if (negated[j] === 0) reverse(valence, j, i);
    }
  }
}

/**
 * A bad thing the verb at `verb` reverses turns to REVERSAL_WEIGHT of its value, good; the verb's
 * own bad sense goes, and a privative's where `verb` is its "of".
 */
function reverse(valence: Float32Array, word: number, verb: number): void {
  valence[word] *= -REVERSAL_WEIGHT;
  if (valence[verb] < 0) valence[verb] = 0;
  const privative = privativeOfOwners.get(verb);
  if (privative !== undefined && valence[privative] < 0) valence[privative] = 0;
}

/** What may stand between a subject and its verb: "violence has decreased", "crime dropped". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART', 'SPACE']);
/** What after a verb makes it transitive, with an object: "bad weather slows the search". */
const OBJECT_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/**
 * What shrinks loses its sign. "Unemployment fell", "violence has decreased": every negative word of
 * the subject of a verb of shrinking (`DECREASE_VERBS`) used without an object, up to SUBJECT_REACH
 * words before it in its clause and not negated, flips to REVERSAL_WEIGHT of its value, and the
 * verb's own negative valence is dropped, as after a reversal verb; "profits fell", "hope faded":
 * every positive word flips the same way, and the verb keeps its own. Not where the verb is denied
 * ("crime has not dropped"), has an object ("plot holes sink the thriller"), or follows no noun
 * ("ill at ease"). A verb of `DECREASE_PHRASES` counts with its particle ("the talks broke down"),
 * and takes the phrase's bad sense wherever it has no object, after a noun or not. A reversal verb
 * in the passive reverses the bad things of its subject as it would its object ("the attack was
 * foiled", "poverty has been reduced").
 *
 * What grows keeps its sign: a verb of growth (`INCREASE_VERBS`) says which way a thing moved, not
 * whether that is good, so where its subject holds a bad thing its own praise goes ("unemployment
 * rose", "inflation rose" had read as good news). A subject that names a quantity the lexicon has
 * no word for (`QUANTITY_DIRECTION`: "the economy", "wages", "inflation", "costs") gives the verb
 * of change that moves it QUANTITY_VALENCE, good or bad by the way it moved ("the economy shrank"
 * < 0, "wages rose" > 0, "costs fell" > 0). A level reached or stood at moves its subject the same
 * way: `LEVEL_VERBS` before a "low" or "high" ("his approval rating hit a new low"), and
 * `LEVEL_COPULAS` right before one that ends the phrase ("the risk remains low").
 */
function subjectsOfChange({ n, valence, flags, negated, lemma, normal, pos }: RuleArrays): void {
  for (let i = 1; i < n; i++) {
    // wink tags many a passive participle an adjective ("was foiled").
    const passive = (flags[i] & REVERSAL_FLAG) !== 0 && (pos[i] === 'VERB' || pos[i] === 'ADJ') && afterBe(i, pos, lemma);
    const copula = (pos[i] === 'AUX' || pos[i] === 'VERB') && LEVEL_COPULAS.has(lemma[i]);
    if (!passive && !copula && (flags[i] & VERB_FLAG) === 0) continue;
    let next = wordFrom(flags, i + 1, n);
    const particles = DECREASE_PHRASES.get(lemma[i]);
    const phrase = particles !== undefined && next < n && particles.has(lemma[next]);
    const level = copula ? levelStood(i, n, flags, lemma, pos) : LEVEL_VERBS.has(lemma[i]) ? levelAfter(i, n, lemma, pos) : -1;
    const over = copula && lemma[i] === 'be' && overStood(i, n, flags, normal, pos);
    if (copula && level < 0 && !over) continue;
    const ceases = over || ((flags[i] & VERB_FLAG) !== 0 && CESSATION_VERBS.has(lemma[i]) && !outcomeAfter(next, n, flags, normal, pos));
    const decrease = phrase || ceases || DECREASE_VERBS.has(lemma[i]) || (level >= 0 && LOW_LEVELS.has(lemma[level]));
    // "Growing up" is no growth.
    const increase = !decrease && (level >= 0 || (INCREASE_VERBS.has(lemma[i]) && !(lemma[i] === 'grow' && next < n && lemma[next] === 'up')));
    if (!decrease && !increase && !passive) continue;
    if (negated[i] === 1 || negatorBefore(flags, i) >= 0) continue;
    if (phrase) next = wordFrom(flags, next + 1, n);
    if (level < 0 && next < n && OBJECT_START.has(pos[next])) continue;
    if (phrase && valence[i] > PHRASE_VALENCE) valence[i] = PHRASE_VALENCE;
    let subject = i - 1;
    while (subject >= 0 && BETWEEN_SUBJECT_AND_VERB.has(pos[subject])) subject--;
    if (subject < 0 || (flags[subject] & (NOUN_FLAG | PROPN_FLAG)) === 0) continue;
    const head = subjectHead(subject, flags, normal, pos);
    // What stops must itself be good or bad ("the murder trial ended" is no end of murder), and be
    // its subject, not a noun before an infinitive ("the ability to stop that").
    if (ceases && !passive && (valence[head] === 0 || negated[head] === 1 || normal[i - 1] === 'to')) continue;
    const direction = passive ? 0 : quantityDirection(lemma[head], normal[head]);
    let bad = direction < 0;
    let judged = direction !== 0;
    for (let j = subject, seen = 0; j >= 0 && seen < SUBJECT_REACH; j--) {
      const f = flags[j];
      if ((f & SKIP_FLAG) !== 0) continue;
      if ((f & (CLAUSE_FLAG | BREAK_FLAG | VERB_FLAG)) !== 0) break;
      seen++;
      if (negated[j] === 1 || valence[j] === 0) continue;
      judged = true;
      if (increase) {
        if (valence[j] < 0) bad = true;
      } else if (valence[j] < 0) {
        reverse(valence, j, i);
        bad = true;
      } else if (!passive) {
        // A reversal verb reverses only bad things, in the passive as in the active ("the aid was cut").
        valence[j] *= -REVERSAL_WEIGHT;
      }
    }
    if (increase && bad && valence[i] > 0) valence[i] = 0;
    // A level is a place on a scale, not a judgement, where the subject says what it measures: "the
    // risk remains low" is no bad thing; "turnout was low", with nothing to measure, keeps it.
    if (level >= 0 && judged) valence[level] = 0;
    if (direction === 0 || valence[head] !== 0) continue;
    moveQuantity(valence, i, increase ? direction : -direction);
  }
}

/** Prepositions that hang a noun on the subject's head: "concerns about the economy", "the war in the east". */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'about', 'over', 'in', 'on', 'from', 'between', 'among', 'with', 'against']);
/** What may stand between such a preposition and the subject's last noun. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'SPACE']);

/**
 * The head of the subject whose last noun is at `subject`: the noun before a preposition that
 * noun's phrase follows, within SUBJECT_REACH words ("concerns" in "concerns about the economy
 * eased", "sales" in "sales of new homes rose"), else that last noun. What moved or stopped is the
 * head's: the economy did not ease there.
 */
function subjectHead(subject: number, flags: Uint32Array, normal: readonly string[], pos: readonly string[]): number {
  for (let k = subject - 1, seen = 0; k >= 0 && seen < SUBJECT_REACH; k--) {
    if (pos[k] === 'SPACE') continue;
    seen++;
    if (pos[k] === 'ADP' && HEAD_PREPOSITIONS.has(normal[k])) {
      let h = k - 1;
      while (h >= 0 && pos[h] === 'SPACE') h--;
      return h >= 0 && (flags[h] & (NOUN_FLAG | PROPN_FLAG)) !== 0 ? h : subject;
    }
    if (!PHRASE_TAGS.has(pos[k])) return subject;
  }
  return subject;
}

/** Whether a copula at `i` stands before "over" that ends its phrase, past adverbs: "the war is (finally) over", not "is over the limit". */
function overStood(i: number, n: number, flags: Uint32Array, normal: readonly string[], pos: readonly string[]): boolean {
  const j = pastAdverbs(i + 1, n, pos);
  if (j >= n || normal[j] !== 'over') return false;
  const after = wordFrom(flags, j + 1, n);
  return after >= n || !(OBJECT_START.has(pos[after]) || pos[after] === 'NUM');
}

/** What after "in" or "with" names how a thing ended ("ended in deadlock", "ended with a walkout"). */
const OUTCOME_START: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'PRON']);

/** Whether the word at `next`, right after a verb of stopping, opens its outcome ("ended in deadlock", "ended: ...") or makes "ended up". */
function outcomeAfter(next: number, n: number, flags: Uint32Array, normal: readonly string[], pos: readonly string[]): boolean {
  if (next >= n) return false;
  if (normal[next] === 'up' || normal[next] === ':') return true;
  if (normal[next] !== 'in' && normal[next] !== 'with') return false;
  const after = wordFrom(flags, next + 1, n);
  return after < n && OUTCOME_START.has(pos[after]);
}

/** The words that name a level, by lemma: a low one ("low", "minimal", "negligible": "the damage was minimal") or "high". */
const LOW_LEVELS: ReadonlySet<string> = new Set(['low', 'minimal', 'negligible']);
const LEVELS: ReadonlySet<string> = new Set([...LOW_LEVELS, 'high']);

/** The "low" or "high" right after a copula at `i`, past adverbs ("remains stubbornly high"), that ends its phrase ("is low", not "is low risk"), or -1. */
function levelStood(i: number, n: number, flags: Uint32Array, lemma: readonly string[], pos: readonly string[]): number {
  const j = pastAdverbs(i + 1, n, pos);
  if (j >= n || !LEVELS.has(lemma[j])) return -1;
  const after = wordFrom(flags, j + 1, n);
  return after < n && (pos[after] === 'NOUN' || pos[after] === 'PROPN') ? -1 : j;
}

/** How far after a level verb its "low" or "high" may stand, and what may come between ("an all-time", "its 30-year"). */
const LEVEL_REACH = 6;
const LEVEL_WORDS: ReadonlySet<string> = new Set(['DET', 'ADV', 'ADJ', 'NOUN', 'NUM', 'PRON', 'SPACE']);

/** Past what may stand in a level ("a new", "an all-time", "its 30-year"), the "low" or "high" a level verb at `i` reaches, or -1. */
function levelAfter(i: number, n: number, lemma: readonly string[], pos: readonly string[]): number {
  for (let j = i + 1; j < n && j <= i + LEVEL_REACH; j++) {
    if (LEVELS.has(lemma[j])) return j;
    if (!LEVEL_WORDS.has(pos[j]) && lemma[j] !== '-') return -1;
  }
  return -1;
}

/** What may stand in an object before its head noun: "200,000 new jobs", "the budget deficit". */
const OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SPACE', 'PUNCT']);
/** How many words an object's phrase may run before its head. */
const OBJECT_REACH = 5;

/**
 * What a verb moves keeps the sign of its movement: a verb of raising or lowering
 * (`RAISING_VERBS`, `LOWERING_VERBS`) whose object's head (the last noun of the phrase right after
 * it: "jobs" in "200,000 new jobs", "ceiling" in "the debt ceiling") names a quantity the lexicon
 * has no word for takes QUANTITY_VALENCE, good or bad by the way the quantity moved ("added
 * 200,000 jobs", "will reduce health care costs" > 0; "cut 500 jobs" < 0); not where the verb is
 * denied.
 */
function objectsOfChange({ n, valence, flags, negated, lemma, normal, pos }: RuleArrays): void {
  for (let i = 0; i < n; i++) {
    if ((flags[i] & VERB_FLAG) === 0) continue;
    const up = RAISING_VERBS.has(lemma[i]);
    if (!up && !LOWERING_VERBS.has(lemma[i])) continue;
    if (negated[i] === 1 || negatorBefore(flags, i) >= 0) continue;
    let head = -1;
    for (let j = i + 1, seen = 0; j < n && seen < OBJECT_REACH && OBJECT_TAGS.has(pos[j]); j++) {
      if (pos[j] === 'SPACE') continue;
      // Before the head a mark may be a hyphen ("long-term costs"); any other mark, or any word
      // after the head, ends the phrase.
      if (pos[j] === 'PUNCT' && (head >= 0 || normal[j] !== '-')) break;
      seen++;
      if (pos[j] === 'NOUN') head = j;
      else if (head >= 0) break;
    }
    if (head < 0 || valence[head] !== 0) continue;
    const direction = quantityDirection(lemma[head], normal[head]);
    if (direction === 0) continue;
    moveQuantity(valence, i, up ? direction : -direction);
  }
}

/**
 * Gives the verb at `i` that moved a quantity QUANTITY_VALENCE: good where `movement` (the way it
 * moved times the way it is good to see it move) is positive, bad otherwise, keeping a stronger
 * valence of the same sign. Up is good for a good quantity and bad for a bad one; down the other
 * way round.
 */
function moveQuantity(valence: Float32Array, i: number, movement: number): void {
  if (movement > 0) valence[i] = Math.max(valence[i], POSITIVE_WEIGHT * QUANTITY_VALENCE);
  else valence[i] = Math.min(valence[i], -QUANTITY_VALENCE);
}

/** 1 for a quantity it is good to see grow, -1 for one it is bad to, 0 for any other word; by lemma, or by form for a plural wink tags a name. */
function quantityDirection(lemma: string, normal: string): number {
  return QUANTITY_DIRECTION.get(lemma) ?? QUANTITY_DIRECTION.get(normal) ?? (normal.endsWith('s') ? QUANTITY_DIRECTION.get(normal.slice(0, -1)) : undefined) ?? 0;
}

/** Whether the word at `i` follows a form of "be", past adverbs: a passive ("was foiled", "has been quickly stopped"). */
function afterBe(i: number, pos: readonly string[], lemma: readonly string[]): boolean {
  let k = i - 1;
  while (k >= 0 && (pos[k] === 'ADV' || pos[k] === 'SPACE')) k--;
  return k >= 0 && pos[k] === 'AUX' && lemma[k] === 'be';
}

/** The first token from `from` on that is neither an adverb nor white space, or `n`: what a copula stands before ("is finally over", "remains stubbornly high"). */
function pastAdverbs(from: number, n: number, pos: readonly string[]): number {
  let j = from;
  while (j < n && (pos[j] === 'ADV' || pos[j] === 'SPACE')) j++;
  return j;
}

/** The last token from `from` back that is not white space, or -1. */
function wordBefore(flags: Uint32Array, from: number): number {
  let i = from;
  while (i >= 0 && (flags[i] & SKIP_FLAG) !== 0) i--;
  return i;
}

/** The first token from `from` on that is not white space, or `n`. */
function wordFrom(flags: Uint32Array, from: number, n: number): number {
  let i = from;
  while (i < n && (flags[i] & SKIP_FLAG) !== 0) i++;
  return i;
}

const MARK_FLAGS = BREAK_FLAG | CLAUSE_FLAG | QUOTE_FLAG | SKIP_FLAG;

/**
 * A mark, white space or a conjunction (which BREAK_FLAG also covers): what wink's negation scope
 * may pause at and take up again after. Never a negator ("neither ... nor").
 */
function isMark(f: number): boolean {
  return (f & MARK_FLAGS) !== 0 && (f & NEGATOR_FLAG) === 0;
}

/**
 * The negator right before the word at `at`, past white space but not past a mark, or -1: the word
 * before it ("not without"), or, where that word is not a negator of its own but the end of one of
 * wink's two-word negators or a verb, the word before that ("not rule out", "never fails to", "did
 * not reduce"). "No, reduce it" has none.
 */
function negatorBefore(flags: Uint32Array, at: number): number {
  const reach = (flags[at] & NEGATOR_FLAG) !== 0 ? 1 : 2;
  for (let before = at - 1, words = 0; before >= 0 && words < reach; before--) {
    const f = flags[before];
    if ((f & SKIP_FLAG) !== 0) continue;
    if ((f & NEGATOR_FLAG) !== 0) return before;
    if ((f & (CLAUSE_FLAG | BREAK_FLAG)) !== 0) return -1;
    words++;
  }
  return -1;
}

/** Whether tokens `from..to-1` are all marks (and there is at least one). */
function onlyMarksBetween(flags: Uint32Array, from: number, to: number): boolean {
  if (from < 0 || from >= to) return false;
  for (let g = from; g < to; g++) if (!isMark(flags[g])) return false;
  return true;
}
