import type { EntityType } from '@newslens/core';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../gazetteer/index.js';
import { isApostrophe, isUpperAt, isWordChar } from './characters.js';
import { CORE_TITLES, isCoreTitle, NAME_SUFFIXES, OFFICE_TITLES, TITLE_MODIFIERS } from './titles.js';

/** A name span after trimming: what the text names, without titles, possessives or punctuation. */
export interface TrimmedName {
  start: number;
  end: number;
  type: EntityType;
  /** A title stood before the name ("President", "Mr."): evidence of a person. */
  titled: boolean;
}

interface Word {
  start: number;
  end: number;
  /** Lower case, without a final period: "Gen." → "gen". */
  bare: string;
  /** Ends with a period: an abbreviation such as "Mr." or "Gen.". */
  abbreviation: boolean;
}

/**
 * Trims a tagged name span to the name itself: drops surrounding punctuation, a possessive ’s,
 * a leading lower-case "the" and, on a person, the titles before the name. A person span with a
 * title in the middle ("Brazilian President Ana Lima") yields the part before the title as a
 * second name. A span that runs over a lower-case word other than a connector ("of", "de", "van")
 * is cut there, since names are capitalised words: "US President phoned Brazilian" gives "US" and
 * "Brazilian". `cutsAt` can spare some of those words: the stage spares nouns and adjectives ("the
 * Palestinian self-rule Authority"). Returns no names when nothing but punctuation or titles is left.
 */
export function trimName(
  text: string,
  start: number,
  end: number,
  type: EntityType,
  cutsAt: (offset: number) => boolean = () => true,
): TrimmedName[] {
  const edges = trimEdges(text, start, end);
  if (edges === null) return [];
  // Most names start with no title, hold no lower-case word and, unless a person of three words or more, no title inside.
  if (
    !startsWithTitleWord(text, edges.start, edges.end) &&
    !hasLowerCaseWord(text, edges.start, edges.end) &&
    !endsWithTitleWord(text, edges.start, edges.end) &&
    (type !== 'PERSON' || !hasTwoSpaces(text, edges.start, edges.end))
  ) {
    return [{ start: edges.start, end: edges.end, type, titled: false }];
  }
  const words = wordsOf(text, edges.start, edges.end);
  const out: TrimmedName[] = [];
  let runStart = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !(breaksName(text, words[i]) && cutsAt(words[i].start))) continue;
    if (i > runStart) {
      const whole = runStart === 0 && i === words.length;
      trimWords(text, words.slice(runStart, i), type, whole, out);
    }
    runStart = i + 1;
  }
  return out;
}

/** Trims one run of words that holds no lower-case word; a part of a longer span is retyped from the gazetteer. */
function trimWords(text: string, words: Word[], type: EntityType, whole: boolean, out: TrimmedName[]): void {
  if (!whole) {
    const edges = trimEdges(text, words[0].start, words[words.length - 1].end);
    // A piece of a cut span is a name only if it starts with a capital.
    if (edges === null || !isUpperAt(text, edges.start)) return;
    const known = gazetteerType(text.slice(edges.start, edges.end));
    if (known !== undefined) {
      out.push({ ...edges, type: known, titled: false });
      return;
    }
  }
  const lead = titleRunAt(words, 0, text);
  let titled = false;
  let first = 0;
  if (lead > 0) {
    const abbreviated = words.slice(0, lead).some((w) => w.abbreviation && CORE_TITLES.has(w.bare));
    if (type === 'PERSON' || abbreviated) {
      first = lead;
      titled = true;
      if (abbreviated) type = 'PERSON';
    }
  }
  if (type === 'PERSON') {
    // A title inside the span splits an affiliation from the person: "Apple CEO Tim Cook", or
    // is all that follows it: "US President".
    for (let i = first + 1; i < words.length; i++) {
      if (!isCoreTitle(words[i].bare, words[i].abbreviation) || !isUpperAt(text, words[i].start)) continue;
      let runStart = i;
      while (runStart > first && TITLE_MODIFIERS.has(words[runStart - 1].bare) && isUpperAt(text, words[runStart - 1].start)) runStart--;
      const trailing = isTitleRun(words, runStart);
      const runEnd = trailing ? words.length : titleRunAt(words, runStart, text);
      if (runEnd === 0 || runStart === first) break;
      const before = trimEdges(text, words[first].start, words[runStart - 1].end);
      if (before === null) break;
      const affiliation = affiliationType(text.slice(before.start, before.end));
      // Only an office title, or a country or nationality before any title, marks an affiliation.
      if (affiliation === 'ORG' && !OFFICE_TITLES.has(words[i].bare)) break;
      out.push({ ...before, type: affiliation, titled: false });
      if (trailing) return;
      first = runEnd;
      titled = true;
      break;
    }
  } else if (words.length > first + 1) {
    // Any other name that ends in an office title names the office holder's affiliation, not a
    // thing of its own: "US President" gives the GPE "US", "Acme CEO" the ORG "Acme".
    const last = words[words.length - 1];
    if (OFFICE_TITLES.has(last.bare) && isUpperAt(text, last.start)) {
      let runStart = words.length - 1;
      while (runStart > first && isTitleWord(words[runStart - 1]) && isUpperAt(text, words[runStart - 1].start)) runStart--;
      const before = runStart === first || CONNECTORS.has(words[runStart - 1].bare) ? null : trimEdges(text, words[first].start, words[runStart - 1].end);
      if (before !== null) {
        out.push({ ...before, type: affiliationType(text.slice(before.start, before.end)), titled: false });
        return;
      }
    }
  }
  const name = trimEdges(text, words[first].start, words[words.length - 1].end);
  if (name !== null) out.push({ start: name.start, end: name.end, type, titled });
}

function isTitleWord(word: Word): boolean {
  return isCoreTitle(word.bare, word.abbreviation) || TITLE_MODIFIERS.has(word.bare);
}

/**
 * Words a name may hold in lower case: "Bank of England", "Leonardo da Vinci", "Ludwig van Beethoven",
 * "Committee to Protect Journalists", "Committee for a Responsible Federal Budget".
 */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'a', 'an', 'and', 'for', 'to', 'on', 'in', 'at', 'upon', 'de', 'del', 'della', 'dello', 'delle', 'degli', 'dei', 'di',
  'da', 'dos', 'das', 'do', 'du', 'des', 'la', 'le', 'los', 'las', 'van', 'von', 'vom', 'zur', 'der', 'den', 'ter',
  'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'wa', 'y', 'e', 'et', 'zu', 'und', 'af', 'av', 'ap',
]);

/** True for a word that cannot sit inside a name: lower case, no digit, not a connector or a title. */
function breaksName(text: string, word: Word): boolean {
  const c = text.charCodeAt(word.start);
  if (c < 97 || c > 122) return false;
  for (let i = word.start + 1; i < word.end; i++) {
    const d = text.charCodeAt(i);
    if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57)) return false;
  }
  return !CONNECTORS.has(word.bare) && !CORE_TITLES.has(word.bare) && !TITLE_MODIFIERS.has(word.bare);
}

/** True when every word from `from` on is a title word: a title with no name after it. */
function isTitleRun(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (!isCoreTitle(words[i].bare, words[i].abbreviation) && !TITLE_MODIFIERS.has(words[i].bare)) return false;
  return true;
}

/** GPE for a country, NORP for a nationality, by the gazetteer; else undefined. */
function gazetteerType(name: string): EntityType | undefined {
  if (COUNTRY_BY_NAME.has(name)) return 'GPE';
  if (COUNTRY_BY_DEMONYM.has(name)) return 'NORP';
  return undefined;
}

/** The type of what stands before a title in a person span: a country, a nationality or an organisation. */
function affiliationType(name: string): EntityType {
  // Before a title, a word that is both ("Saudi") is the adjective.
  if (COUNTRY_BY_DEMONYM.has(name)) return 'NORP';
  if (COUNTRY_BY_NAME.has(name)) return 'GPE';
  return 'ORG';
}

/**
 * Index just past a title that starts at word `from` and is followed by a capitalised word, or 0.
 * The run mixes core titles and modifiers ("Deputy Prime Minister", "Secretary of State") and
 * holds at least one core title.
 */
function titleRunAt(words: readonly Word[], from: number, text: string): number {
  let i = from;
  let hasCore = false;
  for (; i < words.length; i++) {
    const w = words[i].bare;
    if (isCoreTitle(w, words[i].abbreviation)) hasCore = true;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  while (i > from && LINKING_WORDS.has(words[i - 1].bare)) i--;
  if (!hasCore || i >= words.length || !isUpperAt(text, words[i].start)) return 0;
  return i;
}

/** Words that join a title's parts but never end one: "Secretary of State". */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for']);

function startsWithTitleWord(text: string, start: number, end: number): boolean {
  let e = start;
  while (e < end && !isSpace(text.charCodeAt(e))) e++;
  if (text.charCodeAt(e - 1) === 46) e--;
  // No title is longer than 14 letters: skip the slice for longer words.
  if (e - start > 14) return false;
  const first = text.slice(start, e);
  if (TITLE_FORMS.has(first)) return true;
  // Other spellings are rare: only a word in capitals ("PRESIDENT") is worth lower-casing.
  if (first !== first.toUpperCase()) return false;
  const lower = first.toLowerCase();
  return CORE_TITLES.has(lower) || TITLE_MODIFIERS.has(lower);
}

/** Title words as usually written, lower case and capitalised, so most names need no toLowerCase. */
const TITLE_FORMS: ReadonlySet<string> = new Set(
  [...CORE_TITLES, ...TITLE_MODIFIERS].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
);

function endsWithTitleWord(text: string, start: number, end: number): boolean {
  let s = end;
  while (s > start && !isSpace(text.charCodeAt(s - 1))) s--;
  return s > start && CORE_TITLES.has(text.slice(s, text.charCodeAt(end - 1) === 46 ? end - 1 : end).toLowerCase());
}

/** True when a word after the first starts with a lower-case ASCII letter. */
function hasLowerCaseWord(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && isSpace(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

function hasTwoSpaces(text: string, start: number, end: number): boolean {
  const first = text.indexOf(' ', start);
  return first >= 0 && first < end && text.indexOf(' ', first + 1) >= 0 && text.indexOf(' ', first + 1) < end;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    const raw = text.slice(s, i);
    const abbreviation = raw.endsWith('.');
    words.push({ start: s, end: i, bare: (abbreviation ? raw.slice(0, -1) : raw).toLowerCase(), abbreviation });
  }
  return words;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

/**
 * Shrinks a span to start and end on a letter or digit, dropping a possessive ’s or ’ and a
 * leading lower-case "the ". Keeps a final period that belongs to the name ("U.S.", "Jr.").
 */
export function trimEdges(text: string, start: number, end: number): { start: number; end: number } | null {
  for (;;) {
    while (start < end && !isWordChar(text, start)) start++;
    if (start + 4 < end && text.startsWith('the', start) && isSpace(text.charCodeAt(start + 3))) {
      start += 4;
      continue;
    }
    break;
  }
  while (end > start) {
    const last = end - 1;
    const low = text.charCodeAt(last);
    if (low >= 0xdc00 && low <= 0xdfff && last > start) {
      // The end of a surrogate pair: keep or drop the pair as a whole.
      if (isWordChar(text, last - 1)) break;
      end -= 2;
      continue;
    }
    if (isWordChar(text, last)) {
      const c = text.charCodeAt(last);
      if ((c === 115 || c === 83) && last - 1 > start && isApostrophe(text, last - 1)) {
        end -= 2;
        continue;
      }
      break;
    }
    if (low === 46 && keepsPeriod(text, start, last)) break;
    // A currency sign after capitals is part of the name: "A$", "C$", "HK$".
    if (low === 36 && last > start && isUpperAt(text, last - 1)) break;
    end--;
  }
  return start < end ? { start, end } : null;
}

/**
 * True when the period at `dot` ends an abbreviation that is part of the name: "U.S.", "John F.",
 * "Jr.", or a short word whose period no new sentence follows ("St. Petersburg, Fla., said").
 */
function keepsPeriod(text: string, start: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > start && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (word.includes('.')) return true;
  if (word.length === 1 && isUpperAt(text, wordStart)) return true;
  if (NAME_SUFFIXES.has(word.toLowerCase())) return true;
  if (word.length > 5) return false;
  let next = dot + 1;
  while (next < text.length && text.charCodeAt(next) === 32) next++;
  const c = text.charCodeAt(next);
  return c === 44 || c === 59 || c === 41 || (c >= 97 && c <= 122);
}
