// Document-level passes over the names the tagger found: corrections that look at the whole
// article (the same name elsewhere, acronyms it spells out, its headline, citations, labels).
import { firstNameGender, type EntityType } from '@newslens/core';
import { citedAuthors } from './citations.js';
import type { Sequence } from './features.js';
import { TITLE_CASE_SHARE } from './headline.js';
import { partyLabels } from './party-labels.js';
import { gazetteerType, LANDFORM, WEEKDAYS } from './refine-type.js';
import { isCommonWord } from './span-edges.js';
import { isUpperAt } from '../entities/characters.js';
import type { NameSpan } from './tag-names.js';
import { NAME_HEADS } from './name-heads.js';
import { TITLES } from './titles.js';
import { QUOTE_MARKS } from './spans.js';
import { isJoinedHyphen, POS_TAGS, type TaggingTokens } from './token-view.js';

/** Capital initials of a multi-word name ("World Health Organization" → "WHO"), or "" when it has fewer than two. */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (isUpperAt(w, 0)) out += w[0];
  return out.length >= 2 ? out : '';
}

/**
 * Acronyms the article spells out in lower-case words, "compact fluorescent lamps (CFLs)" or
 * "gross domestic product (GDP)", abbreviate common nouns, not names: the all-capitals words
 * standing in brackets right after lower-case words whose initials they spell (a plural "s"
 * aside), lower-cased with the "s" removed.
 */
function commonAcronyms(tokens: TaggingTokens): Set<string> | undefined {
  let out: Set<string> | undefined;
  const word = tokens.word;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (word[i - 1] !== '(' || word[i + 1] !== ')') continue;
    const letters = word[i].replace(/s$/, '');
    if (letters.length < 2 || letters.length > 6 || !/^\p{Lu}+$/u.test(letters)) continue;
    const n = letters.length;
    if (i - 1 - n < 0) continue;
    let spelt = true;
    for (let k = 0; k < n && spelt; k++) {
      const w = word[i - 1 - n + k];
      spelt = /^\p{Ll}/u.test(w) && w[0] === letters[k].toLowerCase();
    }
    if (spelt) (out ??= new Set()).add(letters.toLowerCase());
  }
  return out;
}

export function withoutCommonAcronyms(text: string, tokens: TaggingTokens, names: NameSpan[]): NameSpan[] {
  const common = commonAcronyms(tokens);
  if (!common) return names;
  return names.filter((n) => !common.has(text.slice(n.start, n.end).replace(/s$/, '').toLowerCase()));
}

/**
 * A name found by the tagger: tokens first..last, its type and its words joined by spaces. The
 * passes take and return names in text order, as the tagger finds them.
 */
export interface Found {
  first: number;
  last: number;
  type: EntityType;
  text: string;
  /** A title comes right before the name ("Mr. Lander", "President Lee"). */
  titled?: boolean;
}

/** A name's text as the passes keep it: its words joined by spaces. */
function nameText(tokens: TaggingTokens, first: number, last: number): string {
  return tokens.word.slice(first, last + 1).join(' ');
}

/**
 * Document-level corrections. A name the refinement could only call PRODUCT takes the type the
 * same name (or a person's surname) has elsewhere in the article ("the Smith administration"), and
 * one that ends in a surname the article gives a person alone after a title is that person ("Brad
 * Lander" beside "Mr. Lander"). A hyphenated name whose
 * parts are each names on their own (in the gazetteer or elsewhere in the article: "Russia-Ukraine",
 * "Smith-Jones talks" where both were named) is split into those names.
 */
export function consistent(tokens: TaggingTokens, found: Found[]): Found[] {
  const known = new Map<string, EntityType>();
  for (const f of found) {
    if (f.type === 'PRODUCT') continue;
    if (!known.has(f.text)) known.set(f.text, f.type);
    // A person's surname alone names the same person (not a lower-case word: "themed" ends "Trump-themed").
    if (f.type === 'PERSON' && f.last > f.first && !startsLowerCase(tokens.word[f.last]) && !known.has(tokens.word[f.last])) known.set(tokens.word[f.last], 'PERSON');
  }
  const typeOfName = (text: string) => known.get(text) ?? gazetteerType(text);
  // Surnames the article gives a person alone after a title ("Mr. Lander"): a lone name without one is often mistyped.
  const persons = new Set(found.filter((f) => f.type === 'PERSON' && f.first === f.last && f.titled).map((f) => f.text));
  const out: Found[] = [];
  for (const f of found) {
    const parts = hyphenParts(tokens, f.first, f.last);
    // The Arabic article is no modifier: "al-Aqsa", "Bashar al-Assad" are whole.
    if (parts.length > 1 && !parts.some(([a, b]) => a === b && ARABIC_ARTICLES.has(tokens.word[a]))) {
      // "Trump-themed", "Clinton-endorsing": a lower-case part modifies the names before it and is none itself.
      const named = parts.filter(([a]) => !startsLowerCase(tokens.word[a]));
      const types = named.map(([a, b]) => typeOfName(nameText(tokens, a, b)));
      if (named.length > 0 && types.every((t) => t !== undefined)) {
        named.forEach(([a, b], k) => out.push({ first: a, last: b, type: types[k]!, text: nameText(tokens, a, b) }));
        continue;
      }
    }
    if (f.type === 'PRODUCT') {
      // "Brad Lander" beside "Mr. Lander": a name that ends in a titled person's surname is that person.
      const other = known.get(f.text) ?? (f.last > f.first && persons.has(tokens.word[f.last]) ? 'PERSON' : undefined);
      if (other) f.type = other;
    }
    out.push(f);
  }
  return out;
}

/** A line with at least this many words, TITLE_CASE_SHARE of them capitalised, is set in title case (a headline or a section title). */
const TITLE_CASE_WORDS = 4;
/** A line longer than this many tokens is running text, however it is capitalised; it also bounds the walk to the line's ends. */
const TITLE_CASE_MAX_TOKENS = 40;

/** Whether the line holding token `t` is set in title case: each of its words capitalised but a few short ones. */
function onTitleCaseLine(text: string, tokens: TaggingTokens, t: number): boolean {
  const lineBreakBetween = (i: number, j: number) => text.slice(tokens.end[i], tokens.start[j]).includes('\n');
  let a = t;
  while (a > 0 && !lineBreakBetween(a - 1, a)) if (t - --a > TITLE_CASE_MAX_TOKENS) return false;
  let b = t;
  while (b + 1 < tokens.length && !lineBreakBetween(b, b + 1)) if (++b - a > TITLE_CASE_MAX_TOKENS) return false;
  let words = 0;
  let capitalised = 0;
  for (let i = a; i <= b; i++) {
    const c = tokens.word[i].charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    words++;
    if (c <= 90) capitalised++;
  }
  return words >= TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

/**
 * A title-case line capitalises its verbs too, so the tagger runs a person's name on into them
 * ("Hillary Clinton Slams Donald Trump", "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement").
 * On such a line a person's name that starts with another person's name of the article ends there,
 * unless the next word heads an organisation's or a place's name ("Chelsea Clinton Foundation"); a
 * person's name of the article that ends the rest is a name too.
 */
export function withoutTitleCaseRunOns(text: string, tokens: TaggingTokens, found: Found[]): Found[] {
  const persons = new Set(found.filter((f) => f.type === 'PERSON').map((f) => f.text));
  const out: Found[] = [];
  for (const f of found) {
    const cut = f.type === 'PERSON' && f.last - f.first >= 2 ? knownPrefixEnd(tokens, f, persons) : -1;
    if (cut < 0 || headsName(tokens.word[cut + 1].toLowerCase()) || !onTitleCaseLine(text, tokens, f.first)) {
      out.push(f);
      continue;
    }
    out.push({ ...f, last: cut, text: nameText(tokens, f.first, cut) });
    for (let a = cut + 2; a <= f.last; a++) {
      if (!persons.has(nameText(tokens, a, f.last))) continue;
      out.push({ first: a, last: f.last, type: 'PERSON', text: nameText(tokens, a, f.last) });
      break;
    }
  }
  return out;
}

/** A noun that heads an organisation's or a place's name: "Foundation", "University", "Street". */
const headsName = (lower: string) => NAME_HEADS.has(lower) || PLACED_BODY_HEADS.has(lower);

/** The last token of the longest name of two words or more in `names` that starts `f` and is shorter than it, or -1. */
function knownPrefixEnd(tokens: TaggingTokens, f: Found, names: ReadonlySet<string>): number {
  for (let k = f.last - 1; k > f.first; k--) if (names.has(nameText(tokens, f.first, k))) return k;
  return -1;
}

/**
 * A given name the tagger left out right before a one-word person's name it found belongs to it:
 * "Hillary" of "WASHINGTON — Hillary Clinton doesn’t …", where the word after a dateline opens the
 * story's first sentence and a headline that named her has made the tagger unsure of it. Only a
 * capitalised proper noun of the given-name list that is not a month, one space before the name.
 */
export function withGivenNames(text: string, tokens: TaggingTokens, found: Found[]): Found[] {
  let out: Found[] | undefined;
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const g = f.first - 1;
    if (f.type !== 'PERSON' || f.first !== f.last || f.titled || g < 0 || (k > 0 && found[k - 1].last >= g)) continue;
    const word = tokens.word[g];
    if (tokens.pos[g] !== POS_PROPN || !GIVEN_NAME_SHAPE.test(word) || MONTHS.has(word) || firstNameGender(word) === undefined) continue;
    if (tokens.start[f.first] - tokens.end[g] !== 1 || text.charCodeAt(tokens.end[g]) !== 32) continue;
    out ??= found.slice();
    out[k] = { ...f, first: g, text: `${word} ${f.text}` };
  }
  return out ?? found;
}

const POS_PROPN = POS_TAGS.indexOf('PROPN');
const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const MONTHS: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/**
 * Words more frequent than this in the vector vocabulary are English words a headline capitalises
 * ("Mocking", rank 22,299), not names, unless the article names them elsewhere. Names rank high too
 * ("Obama" 705), which the body names; at 5,000, the rank that makes a common word elsewhere,
 * PolNeAR's headlines kept "Mocking", "Confronts", "Unhappy Campaign" and "Post-Debate Bump".
 */
const HEADLINE_WORD_RANK = 30000;
/** A given name is no modal: "Will Surprise Fans". */
const POS_AUX = POS_TAGS.indexOf('AUX');

/**
 * A headline capitalises every word, so English words in it look like names to the tagger
 * ("Police Arrest Suspect in Downtown Shooting", "Stocks Rally as Fed Signals Rate Cuts"). A name
 * of the headline (see headline.ts) made only of such words (HEADLINE_WORD_RANK) is dropped, unless
 * one of its words is a word of a name in the rest of the article ("White House" stays where the
 * story names the White House; "Republicans" where it names a Republican), or an acronym ("GOP"),
 * or the gazetteer has the name, or it is a given name and more ("Ann Coulter: …").
 */
export function withoutHeadlineWords(seq: Sequence, found: Found[], headlineEnd: number): Found[] {
  if (headlineEnd < 0) return found;
  const { start } = seq.tokens;
  const inHeadline = (f: Found) => start[f.first] < headlineEnd;
  const named = new Set<string>();
  for (const f of found) if (!inHeadline(f)) for (let i = f.first; i <= f.last; i++) named.add(seq.words[i].lower);
  // A word in capitals is an acronym ("GOP", "NFL") unless the whole headline is in capitals.
  let allCapitals = true;
  for (let t = 0; t < seq.words.length && start[t] < headlineEnd; t++) if (seq.words[t].hasLetter && seq.words[t].cap !== 2) allCapitals = false;
  return found.filter((f) => {
    if (!inHeadline(f) || (f.first === f.last && (seq.words[f.first].gaz?.cats ?? 0) !== 0) || gazetteerType(f.text)) return true;
    if (f.last > f.first && seq.tokens.pos[f.first] !== POS_AUX && firstNameGender(seq.tokens.word[f.first]) !== undefined) return true;
    for (let i = f.first; i <= f.last; i++) {
      const w = seq.words[i];
      if (!w.hasLetter) continue;
      // The body's "Republican" speaks for the headline's "Republicans".
      if (named.has(w.lower) || (w.lower.endsWith('s') && named.has(w.lower.slice(0, -1)))) return true;
      if (!isCommonWord(w.lower, HEADLINE_WORD_RANK) || (w.cap === 2 && !allCapitals)) return true;
    }
    return false;
  });
}

/**
 * Drops what the tagger found inside the party-and-state label after a person's name ("Bob Menendez,
 * D-N.J."), or after a name that opens with a title, whatever type the tagger gave it ("Rep. Lacy
 * Clay (D-Mo.)", which it took for a product).
 */
export function withoutPartyLabels(tokens: TaggingTokens, found: Found[]): Found[] {
  const labels = partyLabels(tokens);
  if (labels.length === 0) return found;
  const titledOrPersonEnds = new Set(found.filter((f) => f.type === 'PERSON' || TITLES.has(tokens.word[f.first].toLowerCase())).map((f) => f.last));
  const inLabel = new Uint8Array(tokens.length);
  for (const [first, last] of labels) if (titledOrPersonEnds.has(first - 2)) inLabel.fill(1, first, last + 1);
  return found.filter((f) => !inLabel.subarray(f.first, f.last + 1).includes(1));
}

/**
 * The authors of author-year citations (see citations.ts) are people: those the tagger left out are
 * added as PERSON, and one it took for a place is a person (places write no papers). An author it
 * tagged otherwise keeps its span and type ("(World Bank, 2010)").
 */
export function withCitedAuthors(tokens: TaggingTokens, seq: Sequence, found: Found[]): Found[] {
  const authors = citedAuthors(tokens, seq.words);
  if (authors.length === 0) return found;
  const tagged = new Int32Array(tokens.length).fill(-1);
  found.forEach((f, k) => tagged.fill(k, f.first, f.last + 1));
  let added = false;
  for (const [first, last] of authors) {
    const k = tagged[first];
    if (k >= 0 && found[k].first === first && found[k].last === last && PLACE_TYPES.has(found[k].type)) found[k].type = 'PERSON';
    if (tagged.subarray(first, last + 1).some((x) => x >= 0)) continue;
    found.push({ first, last, type: 'PERSON', text: nameText(tokens, first, last) });
    added = true;
  }
  if (added) found.sort((a, b) => a.first - b.first);
  return found;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/** The Arabic article as it is joined to a name: "al-Aqsa", "el-Sisi", "ash-Shabaab". */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az']);

const LOWER_FIRST = /^\p{Ll}/u;

/** A lower-case first letter; digits ("AR-15") and capitals are parts of names. */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && LOWER_FIRST.test(word));
}

/** Token ranges of a span between hyphens written with no space around them; one range if none. */
function hyphenParts(tokens: TaggingTokens, first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = first;
  for (let i = first + 1; i < last; i++) {
    if (isJoinedHyphen(tokens, i)) {
      parts.push([from, i - 1]);
      from = i + 1;
    }
  }
  parts.push([from, last]);
  return parts;
}

/**
 * An article that names "the White House" may call it "WH": an all-capitals word that spells the
 * initials of a multi-word name tagged in the same article is that name, and takes its type
 * whether or not the tagger found it on its own.
 */
export function withAcronyms(tokens: TaggingTokens, seq: Sequence, found: Found[]): NameSpan[] {
  const acronyms = new Map<string, EntityType>();
  // A plain array: a typed array's buffer is allocated outside the JS heap (see taggingTokens).
  const tagged = new Array<number>(tokens.length).fill(0);
  for (const f of found) {
    tagged.fill(1, f.first, f.last + 1);
    if (f.last === f.first) continue;
    const short = initials(tokens.word.slice(f.first, f.last + 1));
    if (short && !acronyms.has(short)) acronyms.set(short, f.type);
  }
  const names: NameSpan[] = found.map((f) => ({
    start: tokens.start[f.first],
    end: tokens.end[f.last],
    type: (f.first === f.last && seq.words[f.first].cap === 2 && acronyms.get(tokens.word[f.first])) || f.type,
  }));
  if (acronyms.size === 0) return names;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tagged[i] || seq.words[i].cap !== 2) continue;
    const type = acronyms.get(tokens.word[i]);
    if (!type) continue;
    names.push({ start: tokens.start[i], end: tokens.end[i], type });
    added = true;
  }
  if (added) names.sort((a, b) => a.start - b.start);
  return names;
}

/** Words that join the names of a list: "A, B and C", "A, B or C". */
const LIST_GLUE = new Set([',', 'and', 'or']);
/** The CoNLL class a list votes with: person, organisation, place; -1 for the rest. */
function listClass(type: EntityType): number {
  if (type === 'PERSON') return 0;
  if (type === 'ORG') return 1;
  return type === 'GPE' || type === 'LOC' || type === 'FAC' ? 2 : -1;
}
const LIST_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE'];

/**
 * The names of a list of three or more ("Tempe, Glendale, Peoria, Chandler and Gilbert"; "Bank of
 * America, Citigroup and Wells Fargo") are things of one kind: where all of them but one, and at least
 * two, are persons, organisations or places, the odd one out takes that kind (the gazetteer's type
 * for it if it has one), unless the gazetteer says it is of another kind.
 */
export function withListTypes(tokens: TaggingTokens, found: Found[]): Found[] {
  let from = 0;
  while (from < found.length) {
    let to = from + 1;
    while (to < found.length && joinedInList(tokens, found[to - 1].last, found[to].first)) to++;
    if (to - from >= 3) retypeList(found.slice(from, to));
    from = to;
  }
  return found;
}

function joinedInList(tokens: TaggingTokens, last: number, first: number): boolean {
  if (first <= last + 1) return false;
  for (let t = last + 1; t < first; t++) if (!LIST_GLUE.has(tokens.word[t].toLowerCase())) return false;
  return true;
}

function retypeList(list: Found[]): void {
  const counts = [0, 0, 0];
  for (const f of list) {
    const k = listClass(f.type);
    if (k >= 0) counts[k]++;
  }
  const major = counts.indexOf(Math.max(...counts));
  if (counts[major] < 2 || counts[major] < list.length - 1) return;
  for (const f of list) {
    if (listClass(f.type) === major || f.type === 'NORP') continue;
    const known = gazetteerType(f.text);
    if (known === undefined) f.type = LIST_TYPES[major];
    else if (listClass(known) === major) f.type = known;
  }
}

const CAPITALISED = /^\p{Lu}/u;
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/**
 * Authors joined by "&" in a citation are people: "(Branco & Cohen, 2017)", "Berez & Smith (2017)".
 * True when the name stands after "(" or before a year (after "(" or ","), or before "et al.".
 */
function inCitation(tokens: TaggingTokens, f: Found): boolean {
  const word = tokens.word;
  if (f.first > 0 && word[f.first - 1] === '(') return true;
  let t = f.last + 1;
  // Past the rest of a two-author name the tagger split: "& Cohen".
  if (word[t] === '&' && t + 1 < tokens.length && CAPITALISED.test(word[t + 1])) t += 2;
  while (t < tokens.length && t <= f.last + 4 && CAPITALISED.test(word[t])) t++;
  if (t >= tokens.length) return false;
  // "Smith & Jones 2011", "Smith & Jones [7]", "Smith & Jones's study", "Smith & Jones (2017)", "Smith & Jones, 2017".
  if (YEAR.test(word[t]) || word[t] === '[' || word[t] === "'s" || word[t] === '’s') return true;
  if (t + 1 < tokens.length && (word[t] === '(' || word[t] === ',') && YEAR.test(word[t + 1])) return true;
  return word[t] === 'et' && (word[t + 1] === 'al' || word[t + 1] === 'al.');
}

/**
 * Names joined by an ampersand are one organisation's ("Marks & Spencer", "Ernst & Young",
 * "Johnson & Johnson", "AT&T"): no person's name holds one. Two names the tagger found on either side of an
 * "&" become one (not two people: "Simon & Garfunkel"), a name followed by "&" and a capitalised
 * word takes it in, every name holding an "&" is an organisation, and one holding "and" between two
 * such names is split there ("Johnson & Johnson and Procter & Gamble"). Authors in a citation
 * ("Carrano & Biewener (2017)", "Heidenreich & Turano 2011", "Smith & Jones's study") and the
 * writer ("Sue & I") are left alone.
 */
export function withAmpersandNames(tokens: TaggingTokens, found: Found[]): Found[] {
  let any = false;
  for (let t = 0; t < tokens.length && !any; t++) any = tokens.word[t].includes('&');
  if (!any) return found;
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    let f = found[k];
    if (inCitation(tokens, f)) {
      out.push(f);
      continue;
    }
    const amp = f.last + 1;
    if (amp + 1 < tokens.length && tokens.word[amp] === '&' && CAPITALISED.test(tokens.word[amp + 1]) && tokens.word[amp + 1] !== 'I') {
      const next = found[k + 1];
      // Two people ("Simon & Garfunkel") stay two.
      if (next !== undefined && next.first === amp + 1 && f.type === 'PERSON' && next.type === 'PERSON') {
        out.push(f);
        continue;
      }
      const last = rightSideEnd(tokens, next, amp + 1, false);
      if (next !== undefined && next.first === amp + 1) k++;
      f = { first: f.first, last, type: 'ORG', text: nameText(tokens, f.first, last) };
    }
    let hasAmp = false;
    for (let t = f.first; t <= f.last; t++) {
      // "&" alone, or inside one token: "AT&T", "S&P", "R&D".
      if (tokens.word[t].includes('&')) hasAmp = true;
      // "Sue Cleveland & I": a person and the writer.
      if (tokens.word[t] === 'I' && t > f.first && tokens.word[t - 1] === '&') hasAmp = false;
    }
    if (!hasAmp) {
      out.push(f);
      continue;
    }
    // "Johnson & Johnson and Procter & Gamble": two names, each holding an "&".
    let and = -1;
    for (let t = f.first + 1; t < f.last; t++) if (tokens.word[t] === 'and') and = t;
    if (and > 0 && tokens.word.slice(f.first, and).includes('&') && tokens.word.slice(and + 1, f.last + 1).includes('&')) {
      out.push({ first: f.first, last: and - 1, type: 'ORG', text: nameText(tokens, f.first, and - 1) });
      out.push({ first: and + 1, last: f.last, type: 'ORG', text: nameText(tokens, and + 1, f.last) });
    } else out.push({ ...f, type: 'ORG' });
  }
  return out;
}

/**
 * The last token of the name on the right of a joiner ("&" in "Marks & Spencer", "v." in "Roe v.
 * Wade") that starts at token `at`: the next name found, when it starts there, else the run of
 * capitalised words from `at` in its sentence, a hyphen inside a word ("American-Islamic") between
 * two of them, and "of" or "of the" when `withOf` is set ("Board of Education", "Protection of the Constitution").
 */
function rightSideEnd(tokens: TaggingTokens, next: Found | undefined, at: number, withOf: boolean): number {
  if (next !== undefined && next.first === at) return next.last;
  let last = at;
  for (;;) {
    let t = last + 1;
    if (withOf && t < tokens.length && tokens.word[t] === 'of') t += t + 1 < tokens.length && tokens.word[t + 1] === 'the' ? 2 : 1;
    // A hyphen inside a word ("American-Islamic"), not a dash between words ("Trump - Because").
    else if (isJoinedHyphen(tokens, t)) t++;
    if (t >= tokens.length || !CAPITALISED.test(tokens.word[t]) || tokens.sentenceStart[t] === 1) return last;
    last = t;
  }
}

/**
 * Endings of the words for a state's people or a creed's adherents ("Kentuckian", "Floridians",
 * "Scientologist", "Democrats"), which few given names share ("Ghassan", "Francis" end otherwise).
 */
const ADHERENT = /(?:ians?|ists?|crats?)$/;
/** Parties whose name a person's name may follow as a label: "Republican Donald Trump". */
const PARTY_WORDS = new Set(['republican', 'democrat', 'democratic', 'libertarian']);

/**
 * A party's, a nation's or a creed's adjective before a person's full name is a label, not part of
 * the name: of "defeat Republican Donald Trump" and "Scientologist Tom Cruise" the tagger found one
 * person; the label becomes a group of its own (NORP) and the person's name starts after it. Before
 * two capitalised words or more, or a nation's adjective that is no given name before one ("fought
 * American Tyson"), so that a given name that is also a demonym ("German Lopez") stays, and never
 * a given name formed like one ("Chris Van Hollen").
 */
export function withoutLeadingLabels(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const lower = tokens.word[f.first].toLowerCase();
    const labelled =
      f.type === 'PERSON' && f.last > f.first && CAPITALISED.test(tokens.word[f.first + 1]) &&
      (f.last - f.first >= 2
        ? PARTY_WORDS.has(lower) || gazetteerType(lower) === 'NORP' || (ADHERENT.test(lower) && firstNameGender(tokens.word[f.first]) === undefined)
        : gazetteerType(lower) === 'NORP' && firstNameGender(tokens.word[f.first]) === undefined);
    if (!labelled) {
      out.push(f);
      continue;
    }
    out.push({ first: f.first, last: f.first, type: 'NORP', text: tokens.word[f.first] });
    out.push({ ...f, first: f.first + 1, text: nameText(tokens, f.first + 1, f.last) });
  }
  return out;
}

/**
 * A nickname in quotation marks between a person's given name and surname is part of the name:
 * 'C.L. "Butch" Otter', 'Juan "Chico" Manriquez', where the tagger found the parts as names of their
 * own (split at their marks by `splitAtBreaks`). A name the tagger found right before the opening
 * mark, the nickname (a name found between the marks), and the name or capitalised words right after
 * the closing mark make one person.
 */
export function withNicknames(tokens: TaggingTokens, found: Found[]): Found[] {
  let any = false;
  for (let t = 0; t < tokens.length && !any; t++) any = QUOTE_MARKS.has(tokens.word[t]);
  if (!any) return found;
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const given = found[k];
    const nick = found[k + 1];
    const open = given.last + 1;
    const close = nick === undefined ? -1 : nick.last + 1;
    const joins =
      nick !== undefined && nick.first === open + 1 && close + 1 < tokens.length && QUOTE_MARKS.has(tokens.word[open]) && QUOTE_MARKS.has(tokens.word[close]) &&
      tokens.sentenceStart[close + 1] !== 1 && CAPITALISED.test(tokens.word[close + 1]) && (given.type === 'PERSON' || nick.type === 'PERSON');
    if (!joins) {
      out.push(given);
      continue;
    }
    const last = rightSideEnd(tokens, found[k + 2], close + 1, false);
    // The nickname and every name the tagger found in the surname's words are part of the person's.
    k++;
    while (k + 1 < found.length && found[k + 1].first <= last) k++;
    out.push({ first: given.first, last, type: 'PERSON', text: nameText(tokens, given.first, last), titled: given.titled });
  }
  return out;
}

const POS_VERB = POS_TAGS.indexOf('VERB');
/** A capitalised past participle: "Planned", "Wounded", "Concerned". */
const CAPITALISED_PARTICIPLE = /^\p{Lu}\p{Ll}+ed$/u;

/**
 * A capitalised participle right before a name, in running text, is the name's first word:
 * "Planned Parenthood", "Wounded Warrior Project", "Concerned Veterans for America", which the tagger
 * left out as a verb. Not at a sentence's start, and not after another capitalised word, as a
 * headline in title case has it ("Trump Slammed Clinton").
 */
export function withParticipleNames(tokens: TaggingTokens, found: Found[]): Found[] {
  let previousLast = -1;
  const out: Found[] = [];
  for (const f of found) {
    const p = f.first - 1;
    const joins =
      p > 0 && p > previousLast && tokens.sentenceStart[p] !== 1 && tokens.pos[p] === POS_VERB && CAPITALISED_PARTICIPLE.test(tokens.word[p]) &&
      !CAPITALISED.test(tokens.word[p - 1]);
    // No person's name starts with a participle: the tagger's type was for the rest alone.
    out.push(joins ? { ...f, first: p, text: nameText(tokens, p, f.last), type: f.type === 'PERSON' ? 'ORG' : f.type } : f);
    previousLast = f.last;
  }
  return out;
}

/** Particles that join an Arabic name's parts: "son of", "daughter of". */
const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint']);

/**
 * An Arabic patronymic is one person's name: of "Osama bin Laden" the tagger found "Osama" (an
 * organisation) and "Laden", of "Mohammed bin Abdulrahman Al Thani" two persons. Capitalised words
 * on both sides of "bin", "ibn" or "bint", one of them in a person's name the tagger found, join
 * with the names they belong to into one person ("Tamim bin Hamad bin Khalifa" chains).
 */
export function withPatronymics(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const previous = out[out.length - 1];
    const particle = f.first - 1;
    const left = particle - 1;
    const joins =
      left >= 0 && PATRONYMIC_PARTICLES.has(tokens.word[particle]) && CAPITALISED.test(tokens.word[left]) && tokens.sentenceStart[particle] !== 1 &&
      (f.type === 'PERSON' || (previous?.last === left && previous.type === 'PERSON'));
    if (!joins) {
      out.push(f);
      continue;
    }
    const joinsPrevious = previous !== undefined && previous.last === left;
    if (joinsPrevious) out.pop();
    const first = joinsPrevious ? previous.first : left;
    out.push({ first, last: f.last, type: 'PERSON', text: nameText(tokens, first, f.last), titled: joinsPrevious ? previous.titled : undefined });
  }
  return out;
}

/**
 * A nation's adjective followed by the capitalised word for a landform or a water is a place's name
 * ("the English Channel", "the Arabian Sea"), where the tagger found the adjective alone, a group.
 */
export function withLandformNames(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const head = f.last + 1;
    const joins =
      f.type === 'NORP' && f.first === f.last && head < tokens.length && tokens.sentenceStart[head] !== 1 &&
      CAPITALISED.test(tokens.word[head]) && LANDFORM.has(tokens.word[head].toLowerCase()) && found[k + 1]?.first !== head;
    out.push(joins ? { first: f.first, last: head, type: 'LOC', text: nameText(tokens, f.first, head) } : f);
  }
  return out;
}

/** Plural heads that two coordinated place names share: "Main and Elm Streets", "the Hudson and East Rivers". */
const SHARED_PLACE_HEADS = new Set(['streets', 'avenues', 'roads', 'boulevards', 'rivers', 'lakes', 'mountains', 'islands']);

/**
 * Two place names that share a plural head are one name, as OntoNotes spans them: of "John and Lee
 * Streets" the tagger finds "John" (a person) and "Lee Streets"; the capitalised word or name before
 * "and" joins the one that ends on the head, with its type.
 */
export function withSharedHeads(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const and = f.first - 1;
    const before = and - 1;
    if (before < 0 || f.first === f.last || tokens.word[and] !== 'and' || !SHARED_PLACE_HEADS.has(tokens.word[f.last].toLowerCase()) || !CAPITALISED.test(tokens.word[before])) {
      out.push(f);
      continue;
    }
    const previous = out[out.length - 1];
    const joined = previous !== undefined && previous.last === before;
    if (joined) out.pop();
    const first = joined ? previous.first : before;
    out.push({ first, last: f.last, type: f.type, text: nameText(tokens, first, f.last) });
  }
  return out;
}

/** Head nouns of bodies whose names go on after "on", "for" or "to": "Commission on Human Rights", "Committee to Protect Journalists". */
const BODY_HEADS = new Set([
  'commission', 'council', 'committee', 'conference', 'institute', 'centre', 'center', 'centers', 'centres', 'office', 'board',
  'agency', 'foundation', 'society', 'association', 'alliance', 'coalition', 'federation', 'forum', 'panel', 'league', 'fund',
]);
/** Head nouns of bodies named after the country or place they belong to: "Communist Party of China". */
const PLACED_BODY_HEADS = new Set([...BODY_HEADS, 'party', 'bank', 'church', 'university', 'college', 'court', 'parliament', 'assembly', 'senate', 'government', 'ministry', 'army']);

/** Articles that may open the rest of a body's name: "Committee for a Responsible Federal Budget". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Days and months, lower case: "the Council on Wednesday" met on a day, it is not named after one. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...[...MONTHS].map((m) => m.toLowerCase())]);

/**
 * A body's name goes on after "on", "for" or "to" where the tagger stopped at the lower-case word,
 * or found only one side of it: "Kenya National Commission" + "on" + "Human Rights" is one
 * organisation, as are "Council on Foreign Relations", past an article "Committee for a Responsible
 * Federal Budget" and "Institute for the Study of War", and after "to" the capitalised words of its
 * purpose, "Committee to Protect Journalists" and "Coalition to Stop Trump"; and after "of" the
 * place it belongs to: "Constitutional Democratic Party" + "of" + "Japan". The body noun ends the
 * first part, an organisation's name or capitalised words the tagger left out; the second part is
 * the capitalised words after the link (with "of" between two of them), a name the tagger found
 * there included, but no person ("the Senate Committee for Ann Lee"), no title ("a letter from the
 * Committee to President Lee") and no day or month ("the Council on Wednesday").
 */
export function withBodyNames(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const next = found[k + 1];
    const link = f.last + 1;
    const joins = next !== undefined && f.type === 'ORG' && next.first === link + 1 && tokens.word[link] === 'of' && next.type === 'GPE' && PLACED_BODY_HEADS.has(tokens.word[f.last].toLowerCase());
    if (joins) {
      out.push({ first: f.first, last: next.last, type: 'ORG', text: nameText(tokens, f.first, next.last) });
      k++;
    } else out.push(f);
  }
  return withLinkedBodyNames(tokens, out);
}

/** The "on", "for" and "to" joins of `withBodyNames`. */
function withLinkedBodyNames(tokens: TaggingTokens, found: Found[]): Found[] {
  const joined: Found[] = [];
  let k = 0;
  for (let head = 0; head + 2 < tokens.length; head++) {
    const link = head + 1;
    const word = tokens.word[link];
    if ((word !== 'on' && word !== 'for' && word !== 'to') || !CAPITALISED.test(tokens.word[head]) || !BODY_HEADS.has(tokens.word[head].toLowerCase())) continue;
    while (k < found.length && found[k].last < head) k++;
    // The body noun ends an organisation's name the tagger found, or is in none.
    const left = found[k] !== undefined && found[k].first <= head ? found[k] : undefined;
    if (left !== undefined && (left.last !== head || left.type !== 'ORG')) continue;
    const at = word !== 'to' && ARTICLES.has(tokens.word[link + 1]) ? link + 2 : link + 1;
    if (at >= tokens.length || tokens.sentenceStart[at] === 1 || !CAPITALISED.test(tokens.word[at])) continue;
    const lower = tokens.word[at].toLowerCase();
    if (TITLES.has(lower) || CALENDAR_WORDS.has(lower)) continue;
    let r = k + (left !== undefined ? 1 : 0);
    while (r < found.length && found[r].last < at) r++;
    const right = found[r] !== undefined && found[r].first === at ? found[r] : undefined;
    if (right?.type === 'PERSON' || (word === 'to' && right !== undefined)) continue;
    // The capitalised words there, past the end of a name the tagger found in them ("Australian
    // Centre for Control of Iodine" + "Deficiency Disorders").
    const last = beforePerson(tokens, found, r, at, Math.max(rightSideEnd(tokens, undefined, at, true), right?.last ?? at));
    let first = left !== undefined ? left.first : head;
    while (left === undefined && first > 0 && tokens.sentenceStart[first] !== 1 && CAPITALISED.test(tokens.word[first - 1]) && !(tokens.sentenceStart[first - 1] === 1 && ARTICLES.has(tokens.word[first - 1].toLowerCase()))) {
      if (found[k - 1] !== undefined && found[k - 1].last === first - 1) break;
      first--;
    }
    joined.push({ first, last, type: 'ORG', text: nameText(tokens, first, last) });
    head = last;
  }
  return withJoined(found, joined);
}

/**
 * `last`, or the token before a person's full name the tagger found after token `at` (searching
 * `found` from index `from`) and before the titles that precede it: a run of capitalised words
 * after a body's name goes on into the next name ("Council on American-Islamic Relations Alia Salem
 * said"), and no body's name holds a person's full name after its start.
 */
function beforePerson(tokens: TaggingTokens, found: readonly Found[], from: number, at: number, last: number): number {
  for (let i = from; i < found.length && found[i].first <= last; i++) {
    const f = found[i];
    if (f.first <= at || f.type !== 'PERSON' || f.first === f.last) continue;
    let end = f.first - 1;
    while (end > at && TITLES.has(tokens.word[end].toLowerCase())) end--;
    return end;
  }
  return last;
}

/** `found` with the names of `joined` (in text order, none overlapping another) in place of those they overlap. */
function withJoined(found: Found[], joined: readonly Found[]): Found[] {
  if (joined.length === 0) return found;
  const out: Found[] = [];
  let j = 0;
  for (const f of found) {
    while (j < joined.length && joined[j].last < f.first) out.push(joined[j++]);
    if (j < joined.length && f.first <= joined[j].last && f.last >= joined[j].first) continue;
    out.push(f);
  }
  while (j < joined.length) out.push(joined[j++]);
  return out;
}

/**
 * Words that join an advocacy group's members to its cause: "Americans for Prosperity", "Doctors
 * Without Borders". Not a capitalised "For", which titles of works share ("Dividends For All").
 */
const CAUSE_LINKS = new Set(['for', 'Against', 'Without']);
/** Types the tagger gives capitalised common nouns it does not know ("Tax" of "Citizens for Tax Justice"). */
const UNKNOWN_KINDS = new Set<EntityType>(['PRODUCT', 'WORK_OF_ART', 'LAW']);
/** A capitalised plural: the members an advocacy group is named for ("Citizens", "Doctors"; not "Actress"). */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}*[^s]s$/u;

/**
 * An advocacy group is named for its members and its cause: "Americans for Prosperity", "Citizens
 * for Tax Justice", "Democrats for Education Reform", "Doctors Without Borders", where the tagger
 * found a group ("Americans"), a product ("Tax") or nothing. A capitalised plural, "for" (or a
 * capitalised "Against" or "Without") and capitalised words in the same sentence make one
 * organisation, unless the plural is part of a longer name, or after a lower-case "for" the words
 * name a person, a place or a body ("Americans for Trump", "Airlines for America": a phrase, not a
 * name), or the line is set in title case (a headline's "Calls for Special Prosecutor").
 */
export function withAdvocacyNames(text: string, tokens: TaggingTokens, found: Found[]): Found[] {
  const joined: Found[] = [];
  let k = 0;
  for (let link = 1; link + 1 < tokens.length; link++) {
    const word = tokens.word[link];
    if (!CAUSE_LINKS.has(word)) continue;
    const members = link - 1;
    const at = link + 1;
    if (!CAPITALISED_PLURAL.test(tokens.word[members]) || tokens.sentenceStart[link] === 1 || tokens.sentenceStart[at] === 1 || !CAPITALISED.test(tokens.word[at])) continue;
    const cause = tokens.word[at].toLowerCase();
    if (CALENDAR_WORDS.has(cause) || TITLES.has(cause)) continue;
    while (k < found.length && found[k].last < members) k++;
    const left = found[k] !== undefined && found[k].first <= members ? found[k] : undefined;
    if (left !== undefined && (left.first !== members || left.last !== members || (left.type !== 'NORP' && left.type !== 'ORG'))) continue;
    const last = beforePerson(tokens, found, k, at, rightSideEnd(tokens, undefined, at, false));
    let named = false;
    for (let r = k + (left !== undefined ? 1 : 0); r < found.length && found[r].first <= last; r++) {
      if (found[r].last > last || (word === 'for' && !UNKNOWN_KINDS.has(found[r].type))) named = true;
    }
    if (named || onTitleCaseLine(text, tokens, link)) continue;
    joined.push({ first: members, last, type: 'ORG', text: nameText(tokens, members, last) });
    link = last;
  }
  return withJoined(found, joined);
}

/**
 * Two parties on either side of "v." name a court case, as OntoNotes types it, a law ("Roe v.
 * Wade", "Citizens United v. FEC", "Brown v. Board of Education"), where the tagger found each party
 * a name of its own (Roe and Wade had been two persons). A party the tagger left out after "v." is
 * the run of capitalised words there (`rightSideEnd`). "v." with its period only: sports
 * results set teams on either side of "v" or "vs." ("Leeds v Arsenal").
 */
export function withCaseNames(tokens: TaggingTokens, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const versus = f.last + 1;
    if (versus + 1 >= tokens.length || tokens.word[versus] !== 'v.' || !CAPITALISED.test(tokens.word[versus + 1]) || tokens.sentenceStart[versus + 1] === 1) {
      out.push(f);
      continue;
    }
    const next = found[k + 1];
    const last = rightSideEnd(tokens, next, versus + 1, true);
    if (next !== undefined && next.first === versus + 1) k++;
    out.push({ first: f.first, last, type: 'LAW', text: nameText(tokens, f.first, last) });
  }
  return out;
}
