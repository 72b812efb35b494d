import type { NewsDocument } from '@newslens/core';
import { CITIES, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';
import type { Cluster } from './cluster.js';

const NAME_TYPES_ONLY = (c: Cluster, mentions: readonly Candidate[]) => !mentions[c.members[0]].value;

/**
 * Drops one-word names that the article itself writes in lower case more often than capitalised:
 * "the Board agreed" beside "the board" twice is a common noun with a capital, not a
 * name. Acronyms and the gazetteer's countries, nationalities and cities are kept, and so is any entity with a longer name
 * ("Apple" stays when the article says "apple" once but "Apple" more often). Counting walks the
 * tokens once, and only when some entity could be dropped.
 */
export function dropCommonWords(doc: NewsDocument, clusters: readonly Cluster[], mentions: readonly Candidate[]): Cluster[] {
  const suspects = new Map<string, number>();
  for (const c of clusters) {
    if (!NAME_TYPES_ONLY(c, mentions)) continue;
    const { key, text } = mentions[c.members[0]];
    if (COUNTRY_BY_NAME.has(text) || COUNTRY_BY_DEMONYM.has(text) || CITIES.has(text)) continue;
    if (key.includes(' ') || c.members.some((i) => mentions[i].key !== key || !isCapitalisedWord(mentions[i].text))) continue;
    suspects.set(key, 0);
  }
  if (suspects.size === 0) return clusters as Cluster[];
  // Cheap filters before the map lookup: the token's length and first letter must match a suspect's.
  // Only a to z are looked up, so 26 marks: a typed array of over 64 bytes is allocated outside the
  // JS heap, at about a microsecond, a cost that showed in a short article's profile.
  const lengths = new Uint8Array(64);
  const letters = new Uint8Array(26);
  for (const key of suspects.keys()) {
    lengths[Math.min(key.length, 63)] = 1;
    const letter = (key.charCodeAt(0) & 127) - 97;
    if (letter >= 0 && letter < 26) letters[letter] = 1;
  }
  const { tokens } = doc.parse;
  for (let t = 0; t < tokens.length; t++) {
    const value = tokens.value[t];
    const c = value.charCodeAt(0);
    if (c < 97 || c > 122 || letters[c - 97] === 0 || lengths[Math.min(value.length, 63)] === 0) continue;
    const count = suspects.get(tokens.normal[t]);
    if (count !== undefined) suspects.set(tokens.normal[t], count + 1);
  }
  return clusters.filter((c) => {
    const lower = suspects.get(mentions[c.members[0]].key);
    return lower === undefined || lower <= c.members.length || !NAME_TYPES_ONLY(c, mentions);
  });
}

/** "Board" but not "UNESCO" or "board": an upper-case letter followed by lower-case ones only. */
function isCapitalisedWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (!(d >= 97 && d <= 122)) return false;
  }
  return text.length > 1;
}
