import { CITIES, COUNTRIES, firstTownAtOrAfter, REGIONS, TOWN_NAMES } from '../gazetteer/index.js';

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

export function entryTokens(entry: string): string[] {
  return entry.toLowerCase().split(/(\s+|-)/).filter((t) => t.trim() !== '');
}

const FIRST_TOKEN = /^\s*(-|[^\s-]+)/;

/** `entryTokens(entry)[0]` without splitting the whole entry: a hyphen, or the run up to a space or hyphen. */
export function firstEntryToken(entry: string): string | undefined {
  return FIRST_TOKEN.exec(entry)?.[1].toLowerCase();
}

/** Every gazetteer entry but the towns, with its category. */
function gazetteerEntries(): { texts: string[]; cats: number[] } {
  const texts: string[] = [];
  const cats: number[] = [];
  const add = (entry: string, cat: number) => {
    texts.push(entry);
    cats.push(cat);
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
  return { texts, cats };
}

/**
 * The trie's first level, built lazily: at load only the first token of each entry other than a
 * town is read, and the subtree under a first token is built when a text first uses that word, with
 * the towns that word starts, found by bisection in the sorted town list. Building the whole trie
 * of 117,000 entries took about 70 ms a process, and indexing the first tokens of the 112,000 towns
 * 40 ms, most of it for towns no article names.
 */
interface LazyTrie {
  texts: string[];
  cats: number[];
  /**
   * First token → the subtree, or the entries not yet built into it: one index, or several (most
   * first tokens start one entry, and a number costs far less to store than an array).
   */
  first: Map<string, GazNode | number | number[]>;
}

function indexEntries(): LazyTrie {
  const { texts, cats } = gazetteerEntries();
  const first = new Map<string, GazNode | number | number[]>();
  for (let e = 0; e < texts.length; e++) {
    const token = firstEntryToken(texts[e]);
    if (token === undefined) continue;
    const pending = first.get(token) as number | number[] | undefined;
    if (pending === undefined) first.set(token, e);
    else if (typeof pending === 'number') first.set(token, [pending, e]);
    else pending.push(e);
  }
  return { texts, cats, first };
}

function buildSubtree(trie: LazyTrie, entries: readonly number[], towns: readonly string[]): GazNode {
  const top: GazNode = { cats: 0 };
  for (const e of entries) addEntry(top, trie.texts[e], trie.cats[e]);
  for (const town of towns) addEntry(top, town, GAZ_TOWN);
  return top;
}

/** Adds an entry under the subtree of its first token. */
function addEntry(top: GazNode, text: string, cat: number): void {
  const tokens = entryTokens(text);
  let node = top;
  for (let k = 1; k < tokens.length; k++) {
    node.next ??= new Map();
    let child = node.next.get(tokens[k]);
    if (!child) {
      child = { cats: 0 };
      node.next.set(tokens[k], child);
    }
    node = child;
  }
  node.cats |= 1 << cat;
}

/** The towns whose first token is `lower`: among those whose lower-cased form starts with it. */
function townsStartingWith(lower: string): string[] {
  const out: string[] = [];
  for (let i = firstTownAtOrAfter(lower); i < TOWN_NAMES.length && TOWN_NAMES[i].toLowerCase().startsWith(lower); i++) {
    if (firstEntryToken(TOWN_NAMES[i]) === lower) out.push(TOWN_NAMES[i]);
  }
  return out;
}

let trie: LazyTrie | undefined;

/** The trie node one lower-cased token leads to from the root, if any entry starts with it. */
export function gazetteerRoot(lower: string): GazNode | undefined {
  trie ??= indexEntries();
  const found = trie.first.get(lower);
  if (typeof found === 'object' && !Array.isArray(found)) return found;
  const towns = townsStartingWith(lower);
  if (found === undefined && towns.length === 0) return undefined;
  const node = buildSubtree(trie, found === undefined ? [] : typeof found === 'number' ? [found] : found, towns);
  trie.first.set(lower, node);
  return node;
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
