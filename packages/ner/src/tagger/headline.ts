import type { NewsDocument } from '@newslens/core';

/** At least this share of a line's words (of three or more; short lower-case words aside) capitalised makes it title case. */
export const TITLE_CASE_SHARE = 0.75;
const LETTER = /\p{L}/u;
const CAPITALISED = /^\P{L}*\p{Lu}/u;
const CLITIC = /^(?:n['’]t|['’]\p{L}{1,2})$/iu;
/** The small words title case leaves in lower case: articles, conjunctions, short prepositions. */
const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up',
  'via', 'vs', 'vs.', 'with', 'from', 'into', 'over', 'than', 'en', 'de',
]);

/**
 * Where the article's headline ends, as a character offset, or -1 when it has none. The headline is
 * the first sentence when more follow, it has no full stop, and it is in title case: three quarters
 * of its words capitalised, short lower-case words aside ("Israel and Hamas Agree to Extend Truce").
 * With a full stop, it is a line of its own with every word capitalised but TITLE_CASE_LOWER's.
 * A headline capitalises every word, so there capitals say little of what is a name.
 */
export function headlineEnd(doc: NewsDocument<'sentences'>): number {
  const sentences = doc.layers.sentences;
  if (sentences.length < 2) return -1;
  const { start, end } = sentences[0];
  const { value, pos } = doc.parse.tokens;
  const starts = doc.parse.tokens.start;
  let letters = 0;
  let capitals = 0;
  let lowerWords = 0;
  let last = '';
  for (let t = 0; t < starts.length && starts[t] < end; t++) {
    if (starts[t] < start || pos[t] === 'SPACE') continue;
    const word = value[t];
    last = word;
    // A contraction's second half ("n’t" of "Can’t", "’s") is no word of its own.
    if (!LETTER.test(word) || CLITIC.test(word)) continue;
    const capitalised = CAPITALISED.test(word);
    if (!capitalised && !TITLE_CASE_LOWER.has(word)) lowerWords++;
    if (!capitalised && word.length <= 3) continue;
    letters++;
    if (capitalised) capitals++;
  }
  if (letters < 3 || capitals < TITLE_CASE_SHARE * letters) return -1;
  // A full stop ends a first sentence, not a headline, unless the sentence is a line of its own
  // with every word capitalised but title case's small words: some copies of articles put one
  // after the headline ("Clinton Campaign Scrambling For Votes In Florida.").
  if (last !== '.') return end;
  const ownLine = doc.text.charCodeAt(end) === 10 || doc.text.charCodeAt(end + 1) === 10;
  return ownLine && lowerWords === 0 ? end : -1;
}
