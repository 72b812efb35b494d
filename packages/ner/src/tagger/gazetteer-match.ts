import { CITIES, COUNTRIES, REGIONS, TOWNS } from '../gazetteer/index.js';

/** Gazetteer categories, as feature values. */
export const GAZ_COUNTRY = 0;
export const GAZ_DEMONYM = 1;
export const GAZ_CITY = 2;
export const GAZ_REGION = 3;
export const GAZ_TOWN = 4;
export const GAZ_CATEGORIES = 5;

/** A trie over lower-cased tokens; `cats` is a bit set of the categories an entry ending here has. */
export interface GazNode {
  /** Absent on the many nodes no longer entry continues from. */
  next?: Map<string, GazNode>;
  cats: number;
}

/** "Americans" beside "American": news uses demonyms as plural nouns too. */
export function demonymPlural(d: string): string | undefined {
  return /(?:ese|ss|sh|ch|s)$/.test(d) ? undefined : `${d}s`;
}

function entryTokens(entry: string): string[] {
  return entry.toLowerCase().split(/(\s+|-)/).filter((t) => t.trim() !== '');
}

function buildTrie(): GazNode {
  const root: GazNode = { next: new Map(), cats: 0 };
  const add = (entry: string, cat: number) => {
    let node = root;
    for (const t of entryTokens(entry)) {
      node.next ??= new Map();
      let child = node.next.get(t);
      if (!child) {
        child = { cats: 0 };
        node.next.set(t, child);
      }
      node = child;
    }
    if (node !== root) node.cats |= 1 << cat;
  };
  for (const c of COUNTRIES) {
    add(c.name, GAZ_COUNTRY);
    for (const a of c.aliases) add(a, GAZ_COUNTRY);
    for (const d of c.demonyms) {
      add(d, GAZ_DEMONYM);
      const plural = demonymPlural(d);
      if (plural) add(plural, GAZ_DEMONYM);
    }
  }
  for (const city of CITIES) add(city, GAZ_CITY);
  for (const region of REGIONS) add(region, GAZ_REGION);
  for (const town of TOWNS) add(town, GAZ_TOWN);
  return root;
}

let trie: GazNode | undefined;

/** The trie node one lower-cased token leads to from the root, if any entry starts with it. */
export function gazetteerRoot(lower: string): GazNode | undefined {
  trie ??= buildTrie();
  return trie.next!.get(lower);
}

/**
 * Marks every gazetteer match in tokens [from, to) (each token's lower-cased form and trie root): out[i] gets bit (cat * 4 + part) where part is
 * 0 = B, 1 = I, 2 = L, 3 = U of a match of that category covering token i.
 */
export function markGazetteerMatches(
  words: readonly { lower: string; gaz: GazNode | undefined }[],
  from: number,
  to: number,
  out: Uint32Array,
): void {
  for (let i = from; i < to; i++) {
    let node = words[i].gaz;
    let j = i;
    while (node) {
      if (node.cats) {
        for (let cat = 0; cat < GAZ_CATEGORIES; cat++) {
          if ((node.cats & (1 << cat)) === 0) continue;
          if (j === i) out[i] |= 1 << (cat * 4 + 3);
          else {
            out[i] |= 1 << (cat * 4);
            for (let k = i + 1; k < j; k++) out[k] |= 1 << (cat * 4 + 1);
            out[j] |= 1 << (cat * 4 + 2);
          }
        }
      }
      j++;
      if (j >= to) break;
      node = node.next?.get(words[j].lower);
    }
  }
}
