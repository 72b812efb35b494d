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

export function entryTokens(entry: string): string[] {
  return entry.toLowerCase().split(/(\s+|-)/).filter((t) => t.trim() !== '');
}

const FIRST_TOKEN = /^\s*(-|[^\s-]+)/;

/** `entryTokens(entry)[0]` without splitting the whole entry: a hyphen, or the run up to a space or hyphen. */
export function firstEntryToken(entry: string): string | undefined {
  return FIRST_TOKEN.exec(entry)?.[1].toLowerCase();
}

/** Every gazetteer entry with its category, in the order the trie was always built. */
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
  for (const town of TOWNS) add(town, GAZ_TOWN);
  return { texts, cats };
}

/**
 * The trie's first level, built lazily: at load only each entry's first token is read, and the
 * subtree under a first token is built when a text first uses that word. Building the whole trie of
 * 117,000 entries took about 70 ms a process, most of it for towns no article names.
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

function buildSubtree(trie: LazyTrie, entries: readonly number[]): GazNode {
  const top: GazNode = { cats: 0 };
  for (const e of entries) {
    const tokens = entryTokens(trie.texts[e]);
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
    node.cats |= 1 << trie.cats[e];
  }
  return top;
}

let trie: LazyTrie | undefined;

/** The trie node one lower-cased token leads to from the root, if any entry starts with it. */
export function gazetteerRoot(lower: string): GazNode | undefined {
  trie ??= indexEntries();
  const found = trie.first.get(lower);
  if (found === undefined || (typeof found === 'object' && !Array.isArray(found))) return found;
  const node = buildSubtree(trie, typeof found === 'number' ? [found] : found);
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
