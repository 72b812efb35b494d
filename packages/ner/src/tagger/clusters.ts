import data from '../../model/clusters.json' with { type: 'json' };
import { base64Bytes } from '@newslens/core';

/** How many fine clusters each coarse cluster splits into. */
const SPLIT: number = data.split;
/** An entry is (frequency rank << FINE_BITS) | fine cluster. */
export const FINE_BITS = 10;

/**
 * The vocabulary as stored: words in code-unit order, separated by single spaces, so that a word is
 * found by binary search over the string itself; `starts[i]` is where word i begins (one past the
 * end, for i = n). Only the word starts are computed at load: a table of 200,000 words took 50 ms.
 */
interface Vocabulary {
  starts: Int32Array;
  entries: Uint32Array;
}

function loadVocabulary(): Vocabulary {
  const words = data.words;
  const bytes = base64Bytes(data.entries);
  const entries = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const starts = new Int32Array(entries.length + 1);
  let k = 1;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 32) starts[k++] = i + 1;
  starts[entries.length] = words.length + 1;
  return { starts, entries };
}

let vocabulary: Vocabulary | undefined;

/** Compares `word` with the stored word between `from` and `to` in code-unit order. */
function compareAt(word: string, from: number, to: number): number {
  const words = data.words;
  const length = to - from;
  const shared = Math.min(length, word.length);
  for (let k = 0; k < shared; k++) {
    const d = word.charCodeAt(k) - words.charCodeAt(from + k);
    if (d !== 0) return d;
  }
  return word.length - length;
}

/** The entry of a lower-cased word, or -1 when it is outside the vocabulary. */
function entryOf(lower: string): number {
  vocabulary ??= loadVocabulary();
  const { starts, entries } = vocabulary;
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(lower, starts[mid], starts[mid + 1] - 1);
    if (c === 0) return entries[mid];
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

export interface WordCluster {
  fine: number;
  coarse: number;
  /** Position in the vector vocabulary, which is ordered by frequency. */
  rank: number;
}

/**
 * A lower-cased word's clusters, from k-means over word vectors (model/clusters.json, built by
 * scripts/build-clusters.ts). Undefined for words outside that vocabulary.
 */
export function wordCluster(lower: string): WordCluster | undefined {
  const packed = entryOf(lower);
  if (packed < 0) return undefined;
  const fine = packed & ((1 << FINE_BITS) - 1);
  return { fine, coarse: Math.floor(fine / SPLIT), rank: packed >>> FINE_BITS };
}
