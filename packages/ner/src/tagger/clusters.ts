import data from '../../model/clusters.json' with { type: 'json' };
import { base64Bytes } from '@newslens/core';

/** How many fine clusters each coarse cluster splits into. */
const SPLIT: number = data.split;
const FINE_BITS = 10;

/** Word → (frequency rank << FINE_BITS) | fine cluster: the vocabulary is stored most frequent first. */
function decodeClusters(): Map<string, number> {
  const words = data.words.split(' ');
  const bytes = base64Bytes(data.clusters);
  const ids = new Uint16Array(bytes.buffer, 0, words.length);
  const table = new Map<string, number>();
  for (let i = 0; i < words.length; i++) table.set(words[i], (i << FINE_BITS) | ids[i]);
  return table;
}

let table: Map<string, number> | undefined;

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
  table ??= decodeClusters();
  const packed = table.get(lower);
  if (packed === undefined) return undefined;
  const fine = packed & ((1 << FINE_BITS) - 1);
  return { fine, coarse: Math.floor(fine / SPLIT), rank: packed >>> FINE_BITS };
}
