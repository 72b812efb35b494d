import { isLetterAt } from './characters.js';

/** Words left out of an acronym: "Federal Bureau of Investigation" → "FBI". */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&']);

/**
 * The acronyms a multi-word name can be written as: the initials of all its words and of its
 * words other than "of", "the", "and", ..., taking a hyphenated word as one word ("Co-operation" →
 * C) or as its parts ("Anti-Doping" → AD), and a number whole ("Internet Explorer 6" → IE6).
 * `acronymsOf("World Health Organization")` is `["WHO"]`.
 */
export function acronymsOf(name: string): string[] {
  let all = '';
  let content = '';
  let allParts = '';
  let contentParts = '';
  let words = 0;
  let i = 0;
  while (i < name.length) {
    while (i < name.length && isSpace(name.charCodeAt(i))) i++;
    if (i >= name.length) break;
    const start = i;
    while (i < name.length && !isSpace(name.charCodeAt(i))) i++;
    words++;
    const word = name.slice(start, i);
    if (isNumber(word)) {
      all += word;
      content += word;
      allParts += word;
      contentParts += word;
      continue;
    }
    if (!isLetterAt(word, 0)) continue;
    const initial = word[0].toUpperCase();
    const skipped = SKIPPED.has(word.toLowerCase());
    all += initial;
    if (!skipped) content += initial;
    for (let k = 0; k < word.length; k++) {
      if (k > 0 && !isHyphen(word.charCodeAt(k - 1))) continue;
      if (!isLetterAt(word, k)) continue;
      allParts += word[k].toUpperCase();
      if (!skipped) contentParts += word[k].toUpperCase();
    }
  }
  if (words < 2) return [];
  const out: string[] = [];
  for (const a of [all, content, allParts, contentParts]) if (a.length >= 2 && !out.includes(a)) out.push(a);
  return out;
}

/** The acronym a mention spells, without periods, when it looks like one ("WHO", "U.N.", "IE6"), else null. */
export function asAcronym(text: string): string | null {
  let letters = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue;
    const upper = c >= 65 && c <= 90;
    if (!upper && !(letters.length > 0 && c >= 48 && c <= 57)) {
      if (c < 128 || !/\p{Lu}/u.test(text[i])) return null;
    }
    letters += text[i];
  }
  return letters.length >= 2 && letters.length <= 8 ? letters : null;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

function isHyphen(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015);
}

function isNumber(word: string): boolean {
  if (word.length > 4) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

