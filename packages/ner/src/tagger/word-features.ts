import { wordCluster } from './clusters.js';
import { GAZ_CATEGORIES, gazetteerRoot, type GazNode } from './gazetteer-match.js';
import type { LowerMark } from './features.js';
import { hashInts, hashString } from './hash.js';

/**
 * Features that depend only on a word's spelling, computed once per word type. They are grouped
 * in slots by where the word stands relative to the token being labelled.
 */
export const SLOT_AT = 0;
export const SLOT_PREV = 1;
export const SLOT_NEXT = 2;
export const SLOT_PREV2 = 3;
export const SLOT_NEXT2 = 4;
/** Extra features of the labelled word when it opens a sentence, where capitals say less. */
export const SLOT_INITIAL = 5;
export const SLOT_COUNT = 6;

/** Capitalisation class: 0 lower, 1 capitalised, 2 all capitals, 3 no letters. */
export type CapClass = 0 | 1 | 2 | 3;

export interface WordFeatures {
  /** The word as written. */
  word: string;
  /** Lower-cased, with typographic quotes made plain and digits made 0. */
  lower: string;
  cap: CapClass;
  /** True when the word has a capital letter anywhere ("eBay", "McDonald", "US"). */
  hasCapital: boolean;
  hasLetter: boolean;
  /** Shared by the word's spellings that lower-case alike; set by WordCache. */
  mark?: LowerMark;
  /** The gazetteer trie node this word leads to, for multi-word matches. */
  gaz: GazNode | undefined;
  /** Feature buckets of each slot, made on first use by `wordSlots`. */
  slots: Int32Array[] | undefined;
  /** The summed weights of each slot under `vectorModel`, set by the tagger on first use. */
  vector: Float32Array | undefined;
  vectorModel: object | undefined;
}

// Template ids: one per kind of feature and position, so equal strings in two templates differ.
const enum T {
  Bias = 1, Word, Surface, Shape, LongShape, Prefix, Suffix, Fine, Coarse, NoCluster, Rank, Gaz,
  PrevWord, PrevShape, PrevFine, PrevCoarse, PrevGaz, PrevSuffix,
  NextWord, NextShape, NextFine, NextCoarse, NextGaz, NextSuffix,
  Prev2Word, Prev2Shape, Prev2Coarse,
  Next2Word, Next2Shape, Next2Coarse,
  InitWord, InitShape, InitRank, CapLen,
}

/** Plain quotes for typographic ones and 0 for every digit, so "’s" and "'s", "1996" and "2024" share features. */
export function normaliseWord(word: string): string {
  if (!NEEDS_NORMALISING.test(word)) return word;
  return word.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0');
}
const NEEDS_NORMALISING = /[’‘`“”\d]/;

/** A character's shape: X for a capital, x for a small letter, d for a digit, else the character. */
function charShape(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII first, as in most words, without the Unicode property tests.
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
}

function shapes(word: string): { short: string; long: string } {
  let short = '';
  let long = '';
  let last = '';
  // By code point, as for...of reads a string, without making an iterator.
  for (let i = 0; i < word.length; ) {
    const point = word.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    const c = charShape(width === 1 ? word[i] : word.slice(i, i + 2));
    i += width;
    if (long.length < 8) long += c;
    if (c !== last) short += c;
    last = c;
  }
  return { short, long };
}

/** True when a string holds a surrogate, so that its code points and code units differ. */
const HAS_SURROGATE = /[\ud800-\udfff]/;

interface Casing {
  cap: CapClass;
  hasCapital: boolean;
  hasLetter: boolean;
}

/** A word's capitalisation, read by character code when it is all ASCII, as most words are. */
function casing(word: string): Casing {
  let upper = 0;
  let lower = 0;
  let firstIsUpper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return casingOfUnicode(word);
    const isUpper = c >= 65 && c <= 90;
    if (!isUpper && !(c >= 97 && c <= 122)) continue;
    if (upper + lower === 0) firstIsUpper = isUpper;
    if (isUpper) upper++;
    else lower++;
  }
  const letters = upper + lower;
  const cap = letters === 0 ? 3 : upper === 0 ? 0 : lower === 0 && letters > 1 ? 2 : firstIsUpper ? 1 : 0;
  return { cap, hasCapital: upper > 0, hasLetter: letters > 0 };
}

function casingOfUnicode(word: string): Casing {
  return { cap: capClass(word), hasCapital: /\p{Lu}/u.test(word), hasLetter: /\p{L}/u.test(word) };
}

function capClass(word: string): CapClass {
  if (!/\p{L}/u.test(word)) return 3;
  if (!/\p{Lu}/u.test(word)) return 0;
  if (/\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && word.replace(/[^\p{L}]/gu, '').length > 1) return 2;
  return /^\P{L}*\p{Lu}/u.test(word) ? 1 : 0;
}

/** Gazetteer categories of the word on its own (bit set). */
function singleWordGaz(node: GazNode | undefined): number {
  return node ? node.cats : 0;
}

/** The sentence-boundary padding word. */
export const BOUNDARY = '\u0000';

/**
 * Computes a word type's features. Pure: call it once per type and cache the result. Its hashed
 * feature buckets wait for `wordSlots`: only a word the tagger scores, or reads beside one it
 * scores, needs them (see tag-names.ts), and they cost more than the rest of its features.
 */
export function wordFeatures(word: string): WordFeatures {
  const lower = normaliseWord(word).toLowerCase();
  const { cap, hasCapital, hasLetter } = casing(word);
  return {
    word,
    lower,
    cap,
    hasCapital,
    hasLetter,
    gaz: word === BOUNDARY ? undefined : gazetteerRoot(lower),
    slots: undefined,
    vector: undefined,
    vectorModel: undefined,
  };
}

/** The feature buckets of each slot of a word type, computed once and kept on its features. */
export function wordSlots(w: WordFeatures): Int32Array[] {
  w.slots ??= computeSlots(w);
  return w.slots;
}

function computeSlots({ word, lower, cap, gaz }: WordFeatures): Int32Array[] {
  const normal = normaliseWord(word);
  const { short, long } = shapes(normal);
  const cluster = wordCluster(lower);
  const gazBits = singleWordGaz(gaz);
  // Frequency rank on a log scale, with capitalisation: a capitalised common word is rarely a name.
  const rank = cluster ? 31 - Math.clz32(cluster.rank + 1) : 20;
  // Affixes by code point ("é" is one letter; so is an emoji): string slices when every code point
  // is one code unit, as in nearly every word.
  const chars = HAS_SURROGATE.test(lower) ? [...lower] : undefined;
  const length = chars ? chars.length : lower.length;
  const prefix = (k: number) => (chars ? chars.slice(0, k).join('') : lower.slice(0, k));
  const suffix = (k: number) => (chars ? chars.slice(-k).join('') : lower.slice(-k));

  const at: number[] = [
    hashInts(T.Bias, 0),
    hashString(T.Word, lower),
    hashString(T.Surface, normal),
    hashString(T.Shape, short),
    hashString(T.LongShape, long),
    hashInts(T.Rank, rank, cap),
    hashInts(T.CapLen, cap, Math.min(length, 8)),
  ];
  for (let k = 1; k <= 4 && k <= length; k++) {
    at.push(hashString(T.Prefix + k * 64, prefix(k)));
    at.push(hashString(T.Suffix + k * 64, suffix(k)));
  }
  if (cluster) at.push(hashInts(T.Fine, cluster.fine), hashInts(T.Coarse, cluster.coarse));
  else at.push(hashInts(T.NoCluster, cap));
  const suffix3 = suffix(3);
  const prev: number[] = [hashString(T.PrevWord, lower), hashString(T.PrevShape, short), hashString(T.PrevSuffix, suffix3)];
  const next: number[] = [hashString(T.NextWord, lower), hashString(T.NextShape, short), hashString(T.NextSuffix, suffix3)];
  if (cluster) {
    prev.push(hashInts(T.PrevFine, cluster.fine), hashInts(T.PrevCoarse, cluster.coarse));
    next.push(hashInts(T.NextFine, cluster.fine), hashInts(T.NextCoarse, cluster.coarse));
  }
  for (let cat = 0; cat < GAZ_CATEGORIES; cat++) {
    if ((gazBits & (1 << cat)) === 0) continue;
    at.push(hashInts(T.Gaz, cat, cap));
    prev.push(hashInts(T.PrevGaz, cat));
    next.push(hashInts(T.NextGaz, cat));
  }
  const prev2: number[] = [hashString(T.Prev2Word, lower), hashString(T.Prev2Shape, short)];
  const next2: number[] = [hashString(T.Next2Word, lower), hashString(T.Next2Shape, short)];
  if (cluster) {
    prev2.push(hashInts(T.Prev2Coarse, cluster.coarse));
    next2.push(hashInts(T.Next2Coarse, cluster.coarse));
  }
  const initial: number[] = [hashString(T.InitWord, lower), hashString(T.InitShape, short), hashInts(T.InitRank, rank, cap)];
  return [at, prev, next, prev2, next2, initial].map((s) => Int32Array.from(s));
}
