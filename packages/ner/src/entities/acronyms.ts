/** Words left out of an acronym: "Federal Bureau of Investigation" → "FBI". */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&']);

const LETTER = /\p{L}/u;
const DIGITS = /^\d{1,4}$/;

/**
 * The acronyms a multi-word name can be written as: the initials of all its words and of its
 * words other than "of", "the", "and", ..., taking a hyphenated word as one word ("Co-operation" →
 * C) or as its parts ("Anti-Doping" → AD). `acronymsOf("World Health Organization")` is `["WHO"]`.
 */
export function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return [];
  let all = '';
  let content = '';
  let allParts = '';
  let contentParts = '';
  for (const w of words) {
    if (DIGITS.test(w)) {
      // A number is spelt out whole: "Internet Explorer 6" → "IE6".
      all += w;
      content += w;
      allParts += w;
      contentParts += w;
      continue;
    }
    const initial = w[0].toUpperCase();
    if (!LETTER.test(initial)) continue;
    const skipped = SKIPPED.has(w.toLowerCase());
    all += initial;
    if (!skipped) content += initial;
    for (const part of w.split(/[\u2010-\u2015-]/)) {
      if (part.length === 0 || !LETTER.test(part[0])) continue;
      allParts += part[0].toUpperCase();
      if (!skipped) contentParts += part[0].toUpperCase();
    }
  }
  const out: string[] = [];
  for (const a of [all, content, allParts, contentParts]) if (a.length >= 2 && !out.includes(a)) out.push(a);
  return out;
}

/** The acronym a mention spells, without periods, when it looks like one ("WHO", "U.N.", "IE6"), else null. */
export function asAcronym(text: string): string | null {
  const letters = text.replace(/\./g, '');
  if (letters.length < 2 || letters.length > 8) return null;
  if (!/^\p{Lu}[\p{Lu}\d]+$/u.test(letters)) return null;
  return letters;
}
