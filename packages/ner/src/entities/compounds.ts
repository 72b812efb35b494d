import type { EntityType } from '@newslens/core';
import { COUNTRY_BY_NAME } from '../gazetteer/index.js';
import { isHyphen, isUpperAt, isWordChar } from './characters.js';
import { keyWords, nameKey } from './normalize.js';
import type { TrimmedName } from './trim-name.js';

/**
 * Splits names joined by hyphens into their parts when the article uses each part as a name
 * elsewhere: "Russia-Ukraine tensions" names Russia and Ukraine, "Smith-Jones talks" Smith and
 * Jones, while "Coca-Cola" and "Guinea-Bissau" stay whole. Also picks up the other half of a
 * compound when the tagger tagged only one half ("Biden" in "Biden-Putin call").
 */
export function splitCompounds(text: string, names: readonly TrimmedName[]): TrimmedName[] {
  if (names.length === 0) return [];
  const known = knownNames(text, names);
  const out: TrimmedName[] = [];
  for (const name of names) {
    const parts = hyphenParts(text, name.start, name.end);
    const whole = text.slice(name.start, name.end);
    if (parts.length > 1 && !COUNTRY_BY_NAME.has(whole) && parts.every((p) => known.has(nameKey(text.slice(p.start, p.end))))) {
      for (const p of parts) out.push({ start: p.start, end: p.end, type: known.get(nameKey(text.slice(p.start, p.end)))!, titled: false });
    } else {
      out.push(name);
    }
  }
  // A half the tagger left out: a known name right after or before a hyphen next to a name.
  const extra: TrimmedName[] = [];
  for (let i = 0; i < out.length; i++) {
    const name = out[i];
    const nextStart = out[i + 1]?.start ?? text.length;
    if (name.end + 1 < nextStart && isHyphen(text, name.end)) {
      const w = wordAt(text, name.end + 1, nextStart);
      if (w !== null) {
        const type = known.get(nameKey(text.slice(w.start, w.end)));
        if (type !== undefined) extra.push({ start: w.start, end: w.end, type, titled: false });
      }
    }
    const prevEnd = out[i - 1]?.end ?? 0;
    if (name.start - 1 > prevEnd && isHyphen(text, name.start - 1)) {
      const w = wordBefore(text, name.start - 1, prevEnd);
      if (w !== null) {
        const type = known.get(nameKey(text.slice(w.start, w.end)));
        if (type !== undefined) extra.push({ start: w.start, end: w.end, type, titled: false });
      }
    }
  }
  if (extra.length === 0) return out;
  return dedupe([...out, ...extra].sort((a, b) => a.start - b.start || b.end - a.end));
}

/** Every name the article tags, and the first and last words of its multi-word names, with a type. */
function knownNames(text: string, names: readonly TrimmedName[]): Map<string, EntityType> {
  const known = new Map<string, EntityType>();
  for (const n of names) {
    const key = nameKey(text.slice(n.start, n.end));
    if (!known.has(key)) known.set(key, n.type);
  }
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const words = keyWords(nameKey(text.slice(n.start, n.end)));
    if (words.length < 2) continue;
    for (const w of [words[0], words[words.length - 1]]) if (!known.has(w)) known.set(w, 'PERSON');
  }
  return known;
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

function dedupe(names: TrimmedName[]): TrimmedName[] {
  const out: TrimmedName[] = [];
  for (const n of names) {
    const last = out[out.length - 1];
    if (last !== undefined && n.start < last.end) continue;
    out.push(n);
  }
  return out;
}
