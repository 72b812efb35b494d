import type { EntityType } from '@newslens/core';
import type { NameSpan } from '../tagger/index.js';
import { isWordChar } from './characters.js';

/**
 * Name spans for every whole-word occurrence of the given names, longest names first, never
 * overlapping: a stand-in tagger for tests and for callers who know their names in advance.
 * `nameSpansOf("Ann Lee met Lee.", { "Ann Lee": "PERSON", Lee: "PERSON" })` gives 0–7 and 12–15.
 */
export function nameSpansOf(text: string, names: Readonly<Record<string, EntityType>>): NameSpan[] {
  const spans: NameSpan[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    if (name.length === 0) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if ((at > 0 && isWordChar(text, at - 1)) || (end < text.length && isWordChar(text, end))) continue;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, type: names[name] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
