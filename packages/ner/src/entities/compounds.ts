import type { EntityType } from '@newslens/core';
import { COUNTRY_BY_NAME } from '../gazetteer/index.js';
import { isHyphen, isUpperAt, isWordChar } from './characters.js';
import { demonymCountry } from './countries.js';
import { keyWords, nameKey } from './normalize.js';
import type { KeyedName } from './candidate.js';

/** The names an article tags, by key, with a type; and the words of its multi-word person names. */
export interface KnownNames {
  types: Map<string, EntityType>;
  personWords: Set<string>;
}

/**
 * Every name the article tags, plus the first and last words of its multi-word person names
 * ("maria", "smith" from "Maria Smith"), each with a type. One pass; each distinct key is split once.
 */
export function knownNames(names: readonly KeyedName[]): KnownNames {
  const types = new Map<string, EntityType>();
  const personWords = new Set<string>();
  for (const n of names) {
    if (types.has(n.key)) continue;
    types.set(n.key, n.type);
    if (n.type !== 'PERSON' || !n.key.includes(' ')) continue;
    const words = keyWords(n.key);
    for (const w of words) personWords.add(w);
  }
  for (const w of personWords) if (!types.has(w)) types.set(w, 'PERSON');
  return { types, personWords };
}

/**
 * Splits names joined by hyphens into their parts when the article uses each part as a name
 * elsewhere: "Chile-Peru talks" names Chile and Peru, "Smith-Jones talks" Smith and
 * Jones, while "Coca-Cola" and "Guinea-Bissau" stay whole. Also picks up the other half of a
 * compound when the tagger tagged only one half ("Lee" in "Lee-Kim call").
 */
export function splitCompounds(text: string, names: readonly KeyedName[], known: KnownNames): KeyedName[] {
  if (names.length === 0) return [];
  const out: KeyedName[] = [];
  for (const name of names) {
    const parts = hyphenParts(text, name.start, name.end);
    if (parts.length > 1 && !COUNTRY_BY_NAME.has(text.slice(name.start, name.end))) {
      const keys = parts.map((p) => nameKey(text.slice(p.start, p.end)));
      // Nationalities joined ("Arab-Israeli talks") are one adjective, not two groups.
      const nationalities = parts.every((p) => demonymCountry(text.slice(p.start, p.end)) !== undefined || known.types.get(nameKey(text.slice(p.start, p.end))) === 'NORP');
      if (!nationalities && keys.every((k) => known.types.has(k))) {
        parts.forEach((p, k) => out.push({ start: p.start, end: p.end, type: known.types.get(keys[k])!, titled: false, key: keys[k] }));
        continue;
      }
    }
    out.push(name);
  }
  // A half the tagger left out: a known name right after or before a hyphen next to a name.
  const extra: KeyedName[] = [];
  for (let i = 0; i < out.length; i++) {
    const name = out[i];
    const nextStart = out[i + 1]?.start ?? text.length;
    if (name.end + 1 < nextStart && isHyphen(text, name.end)) {
      const w = wordAt(text, name.end + 1, nextStart);
      if (w !== null) addKnown(text, w, known, extra);
    }
    const prevEnd = out[i - 1]?.end ?? 0;
    if (name.start - 1 > prevEnd && isHyphen(text, name.start - 1)) {
      const w = wordBefore(text, name.start - 1, prevEnd);
      if (w !== null) addKnown(text, w, known, extra);
    }
  }
  if (extra.length === 0) return out;
  return dedupe([...out, ...extra].sort((a, b) => a.start - b.start || b.end - a.end));
}

function addKnown(text: string, w: { start: number; end: number }, known: KnownNames, out: KeyedName[]): void {
  const key = nameKey(text.slice(w.start, w.end));
  const type = known.types.get(key);
  if (type !== undefined) out.push({ start: w.start, end: w.end, type, titled: false, key });
}

/** The hyphen-separated parts of a span, when it has a hyphen between two letters. */
function hyphenParts(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start + 1; i < end - 1; i++) {
    if (isHyphen(text, i) && isWordChar(text, i - 1) && isWordChar(text, i + 1)) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (parts.length === 0) return parts;
  parts.push({ start: from, end });
  return parts;
}

/** The capitalised word starting at `start`, ending before `limit`, or null. */
function wordAt(text: string, start: number, limit: number): { start: number; end: number } | null {
  if (!isUpperAt(text, start)) return null;
  let end = start;
  while (end < limit && isWordChar(text, end)) end++;
  return { start, end };
}

/** The capitalised word ending at `end`, starting after `limit`, or null. */
function wordBefore(text: string, end: number, limit: number): { start: number; end: number } | null {
  let start = end;
  while (start > limit && isWordChar(text, start - 1)) start--;
  return start < end && isUpperAt(text, start) ? { start, end } : null;
}

function dedupe(names: KeyedName[]): KeyedName[] {
  const out: KeyedName[] = [];
  for (const n of names) {
    const last = out[out.length - 1];
    if (last !== undefined && n.start < last.end) continue;
    out.push(n);
  }
  return out;
}
