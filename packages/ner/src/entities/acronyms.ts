/** Words left out of an acronym: "Federal Bureau of Investigation" → "FBI". */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', '&']);

/**
 * The acronyms a multi-word name can be written as: the initials of all its words and of its
 * words other than "of", "the", "and"... `acronymsOf("World Health Organization")` is `["WHO"]`,
 * `acronymsOf("Bank of England")` is `["BOE", "BE"]`. Hyphenated words give an initial per part.
 */
export function acronymsOf(name: string): string[] {
  const words = name.split(/[\s\u2010-\u2015-]+/).filter((w) => w.length > 0);
  if (words.length < 2) return [];
  let all = '';
  let content = '';
  for (const w of words) {
    const initial = w[0].toUpperCase();
    if (!/\p{L}/u.test(initial)) continue;
    all += initial;
    if (!SKIPPED.has(w.toLowerCase())) content += initial;
  }
  const out: string[] = [];
  if (all.length >= 2) out.push(all);
  if (content.length >= 2 && content !== all) out.push(content);
  return out;
}

/** The acronym a mention spells, letters only and upper case, when it looks like one ("WHO", "U.N."), else null. */
export function asAcronym(text: string): string | null {
  const letters = text.replace(/\./g, '');
  if (letters.length < 2 || letters.length > 8) return null;
  if (!/^\p{Lu}+$/u.test(letters)) return null;
  return letters;
}
