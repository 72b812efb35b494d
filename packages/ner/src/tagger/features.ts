import { GAZ_CATEGORIES, markGazetteerMatches } from './gazetteer-match.js';
import { hashInts } from './hash.js';
import { LABEL_COUNT } from './labels.js';
import { POS_BOS, POS_EOS, type TaggingTokens } from './token-view.js';
import { BOUNDARY, SLOT_AT, SLOT_INITIAL, SLOT_NEXT, SLOT_NEXT2, SLOT_PREV, SLOT_PREV2, wordFeatures, wordSlots, type WordFeatures } from './word-features.js';

/** The label id standing for "before the sentence" in label-history features. */
export const LABEL_BOS = LABEL_COUNT;

// Templates of the features that depend on the token's context rather than its spelling alone.
const enum D { Pos = 200, PosPairLeft, PosPairRight, Prev, Prev2, GazMatch, History, SeenLower }

/** POS tag `pos` at relative position k (-2..2). */
export const posBucket = (k: number, pos: number) => hashInts(D.Pos, k + 2, pos);
export const posPairLeftBucket = (prev: number, at: number) => hashInts(D.PosPairLeft, prev, at);
export const posPairRightBucket = (at: number, next: number) => hashInts(D.PosPairRight, at, next);
/** The transition from label y1 (LABEL_BOS at a sentence's start); its weights score the next label. */
export const prevLabelBucket = (y1: number) => hashInts(D.Prev, y1);
/** Bit b of a token's gazetteer marks: category b >> 2, part b & 3. */
export const gazMatchBucket = (bit: number) => hashInts(D.GazMatch, bit);
/** The type this word was last given earlier in the same document (Ratinov & Roth's prediction history). */
export const historyBucket = (type: number, cap: number) => hashInts(D.History, type, cap);
export const GAZ_BITS = GAZ_CATEGORIES * 4;
/** A capitalised word whose lower-case form the same document also uses ("Allies" beside "allies"): likely no name. */
export const seenLowerBucket = (cap: number, initial: number) => hashInts(D.SeenLower, cap, initial);

/** Per-word-type features, cached: a word's features depend on its spelling only. */
export class WordCache {
  private readonly map = new Map<string, WordFeatures>();
  /** One mark per lower-cased form, shared by "Allies" and "allies", stamped per document. */
  private readonly marks = new Map<string, LowerMark>();
  /** Increases with each document; a mark holding it was written in lower case in this one. */
  private document = 0;
  constructor(private readonly limit = 100_000) {}
  /**
   * Starts a document. A long-lived page could meet unbounded vocabulary: past the limit the cache
   * starts over, between documents only, since a document whose words were split between two
   * caches would lose the marks that tie "Allies" to "allies" and be tagged otherwise.
   */
  startDocument(): number {
    if (this.map.size >= this.limit) {
      this.map.clear();
      this.marks.clear();
    }
    return ++this.document;
  }
  get(word: string): WordFeatures {
    let f = this.map.get(word);
    if (!f) {
      f = wordFeatures(word);
      let mark = this.marks.get(f.lower);
      if (!mark) {
        mark = { stamp: 0, historyStamp: 0, historyType: 0 };
        this.marks.set(f.lower, mark);
      }
      f.mark = mark;
      this.map.set(word, f);
    }
    return f;
  }
}

export interface LowerMark {
  /** The last document that wrote the form in lower case. */
  stamp: number;
  /**
   * The type the tagger last gave a capitalised spelling of the form, in document `historyStamp`:
   * the document's prediction history, kept here because a map by form cost a lookup per token.
   */
  historyStamp: number;
  historyType: number;
}

/** What the tagger reads about one token sequence, computed before labelling. */
export interface Sequence {
  tokens: TaggingTokens;
  /** The document's number in its WordCache, which stamps the words' marks. */
  document: number;
  words: WordFeatures[];
  /** Gazetteer match marks per token (see markGazetteerMatches). */
  gaz: Uint32Array;
  /** Sentence k covers tokens sentenceBounds[k] .. sentenceBounds[k + 1] - 1. */
  sentenceBounds: Int32Array;
  /** 1 where the token has a capital letter, and so may start a name. */
  canOpen: Uint8Array;
  /** 1 where a capitalised token's lower-case form is also written in lower case in the document. */
  seenLower: Uint8Array;
}

export function prepareSequence(tokens: TaggingTokens, cache: WordCache): Sequence {
  const n = tokens.length;
  const stamp = cache.startDocument();
  const words = new Array<WordFeatures>(n);
  // One buffer for the three typed arrays (see taggingTokens).
  const buffer = new ArrayBuffer(n * 6);
  const gaz = new Uint32Array(buffer, 0, n);
  const canOpen = new Uint8Array(buffer, 4 * n, n);
  const seenLower = new Uint8Array(buffer, 5 * n, n);
  for (let i = 0; i < n; i++) {
    words[i] = cache.get(tokens.word[i]);
    canOpen[i] = words[i].hasCapital ? 1 : 0;
  }
  // Lower-case words of the document, to tell "Allies" (also "allies" here) from a name.
  for (let i = 0; i < n; i++) if (words[i].cap === 0 && words[i].hasLetter) words[i].mark!.stamp = stamp;
  for (let i = 0; i < n; i++) if ((words[i].cap === 1 || words[i].cap === 2) && words[i].mark!.stamp === stamp) seenLower[i] = 1;
  const bounds: number[] = [];
  for (let i = 0; i < n; i++) if (tokens.sentenceStart[i] || i === 0) bounds.push(i);
  bounds.push(n);
  for (let k = 0; k + 1 < bounds.length; k++) markGazetteerMatches(words, bounds[k], bounds[k + 1], gaz);
  return { tokens, document: stamp, words, gaz, sentenceBounds: Int32Array.from(bounds), canOpen, seenLower };
}

let boundary: WordFeatures | undefined;
export function boundaryWord(): WordFeatures {
  boundary ??= wordFeatures(BOUNDARY);
  return boundary;
}

/**
 * Every feature bucket of token i in sentence [from, to) apart from the label transition, given the
 * type its word was last given earlier in the document (-1 for none). Used in training; inference
 * adds the same features' weights from per-word caches (see tag-names.ts).
 */
export function collectFeatures(seq: Sequence, i: number, from: number, to: number, history: number, out: number[]): void {
  out.length = 0;
  const pad = boundaryWord();
  const w = seq.words;
  const pos = seq.tokens.pos;
  const push = (a: Int32Array) => {
    for (let k = 0; k < a.length; k++) out.push(a[k]);
  };
  push(wordSlots(w[i])[SLOT_AT]);
  if (i === from) push(wordSlots(w[i])[SLOT_INITIAL]);
  push(wordSlots(i - 1 >= from ? w[i - 1] : pad)[SLOT_PREV]);
  push(wordSlots(i + 1 < to ? w[i + 1] : pad)[SLOT_NEXT]);
  push(wordSlots(i - 2 >= from ? w[i - 2] : pad)[SLOT_PREV2]);
  push(wordSlots(i + 2 < to ? w[i + 2] : pad)[SLOT_NEXT2]);
  const p = (k: number) => (i + k < from ? POS_BOS : i + k >= to ? POS_EOS : pos[i + k]);
  for (let k = -2; k <= 2; k++) out.push(posBucket(k, p(k)));
  out.push(posPairLeftBucket(p(-1), p(0)), posPairRightBucket(p(0), p(1)));
  const g = seq.gaz[i];
  if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) out.push(gazMatchBucket(b));
  if (history >= 0) out.push(historyBucket(history, w[i].cap));
  if (seq.seenLower[i]) out.push(seenLowerBucket(w[i].cap, i === from ? 1 : 0));
}
