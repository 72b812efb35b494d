import type { Parse } from '@newslens/core';
import { valenceOf } from './lexicon.js';
import { CONTRAST, DEGREE, HEDGES } from './modifiers.js';

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
  /** A small integer naming the written form, so later stages index arrays instead of hashing strings. */
  id: number;
}

/** Per-token numbers for one parse, computed once and shared by every scorer. */
export interface TokenSignals {
  valence: Float32Array;
  degree: Float32Array;
  flags: Uint16Array;
  /** Sign to apply to the token's valence: -1 inside wink's negation scope, else 1. */
  negated: Uint8Array;
  /** Each token's word-type id (one per written form), valid while `typeGeneration()` is `generation`. */
  typeId: Int32Array;
  generation: number;
}

const typeCache = new Map<string, WordType>();
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
  flags: new Uint16Array(0),
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

function wordType(normal: string, lemma: string, pos: string): WordType {
  // The key is the written form; the lemma and tag only ever add flags that a form implies.
  const key = normal;
  let t = typeCache.get(key);
  if (t !== undefined) return t;
  let flags = 0;
  if (CONTRAST.has(normal)) flags |= CONTRAST_FLAG;
  if (HEDGES.has(normal)) flags |= HEDGE_FLAG;
  if (QUOTE_MARKS.has(normal)) flags |= QUOTE_FLAG;
  if (SAY_LEMMAS.has(lemma) || SAY_LEMMAS.has(normal)) flags |= SAY_FLAG;
  if (CLAUSE_MARKS.has(normal)) flags |= CLAUSE_FLAG;
  if (typeCache.size >= MAX_CACHED_TYPES) {
    typeCache.clear();
    typeNormals.length = 0;
    generation++;
  }
  t = { valence: valenceOf(normal, lemma), degree: DEGREE[normal] ?? 1, flags, id: typeNormals.length };
  typeNormals.push(normal);
  typeCache.set(key, t);
  void pos;
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
      flags: new Uint16Array(size),
      negated: new Uint8Array(size),
      typeId: new Int32Array(size),
    };
  }
  const { valence, degree, flags, negated, typeId } = buffers;
  const gen = generation;
  for (let i = 0; i < n; i++) {
    const pos = tokens.pos[i];
    const t = wordType(tokens.normal[i], tokens.lemma[i], pos);
    let f = t.flags;
    if (pos === 'PROPN') f |= PROPN_FLAG;
    else if (pos === 'VERB') f |= VERB_FLAG;
    else if (pos === 'NOUN') f |= NOUN_FLAG;
    else if (pos === 'PRON') f |= NOUN_FLAG | PRON_FLAG;
    else if (pos === 'SPACE') f |= SKIP_FLAG;
    // A capitalised name is not a sentiment word ("Mr. Love", "Hope, Arkansas").
    valence[i] = pos === 'PROPN' ? 0 : t.valence;
    degree[i] = t.degree;
    flags[i] = f;
    negated[i] = tokens.negated[i] ? 1 : 0;
    typeId[i] = t.id;
  }
  // A new object each time, so caches keyed by it (prefix sums, model rows) start afresh.
  // The cache was cleared midway: the ids of the earlier tokens belong to the old numbering.
  lastSignals = { valence, degree, flags, negated, typeId, generation: generation === gen ? gen : -1 };
  lastParse = parse;
  return lastSignals;
}
