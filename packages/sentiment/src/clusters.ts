import data from '../model/word-clusters.json' with { type: 'json' };

let byWord: Map<string, string> | undefined;

/**
 * The cluster key ("#17") of a lower-case word among the 20,000 most frequent, else undefined.
 * Clusters come from k-means over word embeddings (scripts/build-clusters.ts).
 */
export function clusterOf(word: string): string | undefined {
  if (byWord === undefined) {
    byWord = new Map();
    (data as { clusters: string[] }).clusters.forEach((words, k) => {
      const key = `#${k}`;
      for (const w of words.split(' ')) byWord!.set(w, key);
    });
  }
  return byWord.get(word);
}
