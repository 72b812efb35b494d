import { isSpaceAt, type TokenTable } from '@newslens/core';
import { AMBIGUOUS, BEFORE_NUMBERS, CLOCK_TIMES, MONTHS, NEVER_FINAL, TITLES } from './abbreviations.js';
import { isCloser, isDash, isDigit, isLineBreak, isLowerAt, isOpener, isTerminal, isUpperAt } from './punctuation.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/** What the scanner does at a token that ends in terminal punctuation. */
export interface Ending {
  /** Where the sentence ends, or -1 when it goes on. */
  cut: number;
  /** Offset from which scanning resumes; the characters before it have been read. */
  resume: number;
}

/** The tokens and flags a decision reads. */
export interface EndingContext {
  text: string;
  tokens: TokenTable;
  /** Whether the sentence so far has a verb: `At 5 a.m.` is no sentence yet, `He left at 6 P.M.` is. */
  hasVerb: boolean;
  /** Offset of the current sentence's first character. */
  sentenceStart: number;
}

/** `St.` and `Dr.` are titles before a name (`St. Louis`, `Dr. Smith`) but streets after one (`Main St.`). */
const STREET_OR_TITLE: ReadonlySet<string> = new Set(['st', 'dr']);
/** Parts of speech that begin sentences far more often than they follow an abbreviation inside one. */
const STARTER_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'PART', 'INTJ']);
const SUBJECT_POS: ReadonlySet<string> = new Set(['PROPN', 'PRON', 'DET', 'NOUN']);
/** A dotted acronym: U.S, a.m, Ph.D, U.S.A (final stop removed). */
const ACRONYM = /^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}$/;
/** How far to look for the `)` that closes a parenthesis after a sentence end. */
const PAREN_WINDOW = 200;
/** How far back to look for a word before a sentence's first terminal mark. */
const LOOK_BACK = 8;
/** The longest word read back from a full stop. */
const WORD_WINDOW = 40;

/**
 * Decides whether the terminal punctuation that ends token `i` ends the sentence, and where.
 * The run of terminal marks is extended over marks wink split into separate tokens (`!?`, `...`),
 * over spaced ellipses (`. . .`) and over closing quotes and brackets, so a sentence that ends
 * inside a quotation ends after the closing mark.
 */
export function decideEnding(ctx: EndingContext, i: number): Ending {
  const { text, tokens } = ctx;
  const len = text.length;
  const tokStart = tokens.start[i];
  let runStart = tokens.end[i] - 1;
  while (runStart > tokStart && isTerminal(text.charCodeAt(runStart - 1))) runStart--;
  let q = tokens.end[i];
  while (q < len && isTerminal(text.charCodeAt(q))) q++;
  let dots = 0;
  let strong = false;
  let ellipsis = false;
  for (let k = runStart; k < q; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) dots++;
    else if (c === 0x2026) ellipsis = true;
    else if (c !== 0x3002) strong = true;
  }
  if (dots > 1) ellipsis = true;
  const attached = runStart > 0 && !isSpaceAt(text, runStart - 1);
  // Spaced ellipsis: `. . .` after the run.
  let spaced = 0;
  if (!strong && !ellipsis) {
    while (q + 1 < len && text.charCodeAt(q) === 0x20 && text.charCodeAt(q + 1) === 0x2e && endsDotRun(text, q + 2)) {
      q += 2;
      spaced++;
    }
  }
  let quoted = false;
  while (q < len && isCloser(text.charCodeAt(q))) {
    const c = text.charCodeAt(q);
    if (c !== 0x29 && c !== 0x5d && c !== 0x7d) quoted = true;
    q++;
  }
  const none: Ending = { cut: -1, resume: q };
  // A mark inside a word, a number or an address goes on: `Jr.'s`, `mean...see`, `example.com`.
  if (q < len && !isSpaceAt(text, q)) return none;
  // Marks before any word are no end: `“... Tyler!`.
  if (!hasWordBefore(text, ctx.sentenceStart, runStart)) return none;

  let end = q;
  let next = skipSpace(text, end);
  if (text.charCodeAt(next) === 0x5b) {
    // Footnote markers belong to the sentence they follow: `He died in 2014. [4] [5]`.
    const cited = skipCitations(text, next);
    if (cited > next) {
      // `time. [2].`: the sentence goes on to the stop after the marker.
      if (cited < len && !isSpaceAt(text, cited)) return { cut: -1, resume: cited };
      end = cited;
      next = skipSpace(text, end);
    }
  }
  const ends: Ending = { cut: end, resume: end };
  if (next >= len || hasLineBreak(text, end, next)) return ends;
  if (isDash(text.charCodeAt(next))) return { cut: -1, resume: end };
  let word = next;
  while (word < len && word - next < 3 && isOpener(text.charCodeAt(word))) word++;
  if (word >= len) return ends;
  const paren = text.charCodeAt(next) === 0x28;
  // After a full stop a parenthesis starts anew, whatever its case: `... in a year. (credit: AP)`.
  if (isLowerAt(text, word) && !(paren && !strong && !ellipsis && spaced === 0)) return { cut: -1, resume: end };
  const digit = isDigit(text.charCodeAt(word));
  const upper = isUpperAt(text, word);
  const j = tokenAt(tokens, i + 1, word);

  if (strong || ellipsis || spaced > 0) {
    // After `!`, `?` or an ellipsis, a parenthesis or an attribution still belongs to the sentence:
    // `Viva Maria! (1965)`, `“Why?” asked Smith.`, `[...]" (Smith 55).`
    if (paren && !parenthesisIsSentence(text, next)) return { cut: -1, resume: end };
    if (quoted && isAttribution(tokens, j)) return { cut: -1, resume: end };
  }
  if (strong) return ends;
  if (ellipsis || spaced > 0) {
    // `. . .` with spaces is an omission inside a sentence; `word. . . . Next` ends after `word.`.
    if (!attached && dots === 1 && spaced === 2) return { cut: -1, resume: end };
    if (attached && dots === 1 && spaced >= 3) return { cut: runStart + 1, resume: runStart + 1 };
    return ends;
  }
  return periodEnds(ctx, i, runStart, j, upper, digit, text.charCodeAt(next)) ? ends : { cut: -1, resume: end };
}

/** A single full stop: abbreviations, initials and acronyms decide; any other word ends the sentence. */
function periodEnds(ctx: EndingContext, i: number, stop: number, j: number, upper: boolean, digit: boolean, firstNext: number): boolean {
  const { text, tokens } = ctx;
  const type = tokens.type[i];
  if (type === 'url' || type === 'email') return true;
  let ws = stop;
  while (ws > 0 && stop - ws < WORD_WINDOW && !isSpaceAt(text, ws - 1)) ws--;
  // Opening marks before the word are not part of it (`(approx.`); an apostrophe inside it is (`McDonald's.`).
  while (ws < stop && isOpener(text.charCodeAt(ws))) ws++;
  if (ws === stop) return true;
  const word = text.slice(ws, stop);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const street = STREET_OR_TITLE.has(lower) && followsName(text, ws);
  if (TITLES.has(lower) && !street && (upper || digit)) return false;
  // A single lower-case letter: `p. 55`, `(b. March 2009)`, `c. 300 BC`.
  if (word.length === 1 && isLowerAt(word, 0)) return false;
  if (digit && (BEFORE_NUMBERS.has(lower) || MONTHS.has(lower))) return false;
  if (word.length === 1 && isUpperAt(word, 0)) {
    // An initial (`Jonas E. Smith`) unless a word that starts sentences follows (`you and I. Did ...`).
    return !(upper && j < tokens.length && !isStarter(text, tokens, j));
  }
  if (street || MONTHS.has(lower) || AMBIGUOUS.has(lower) || ACRONYM.test(word)) {
    if (digit || !ctx.hasVerb || firstNext === 0x28) return false;
    const opensQuote = firstNext !== 0x28 && isOpener(firstNext);
    if (opensQuote || (j < tokens.length && (isStarter(text, tokens, j) || isTitle(text, tokens, j)))) return true;
    return CLOCK_TIMES.has(lower) && upper && j + 1 < tokens.length && (tokens.pos[j + 1] === 'VERB' || tokens.pos[j + 1] === 'AUX');
  }
  return true;
}

/** True when the word before `at` starts with a capital or a digit: `Main St.`, `5th St.`, `Mulholland Dr.` */
function followsName(text: string, at: number): boolean {
  let k = at - 1;
  if (k < 0 || !isSpaceAt(text, k)) return false;
  while (k > 0 && isSpaceAt(text, k - 1) && at - k < WORD_WINDOW) k--;
  let w = k;
  while (w > 0 && k - w < WORD_WINDOW && !isSpaceAt(text, w - 1)) w--;
  return w < k && (isUpperAt(text, w) || isDigit(text.charCodeAt(w)));
}

/** A word that usually starts a sentence: a pronoun, determiner, conjunction, ... or the pronoun I (`I'm`, which wink may tag PROPN). */
function isStarter(text: string, tokens: TokenTable, j: number): boolean {
  if (STARTER_POS.has(tokens.pos[j])) return true;
  const start = tokens.start[j];
  if (text.charCodeAt(start) !== 0x49) return false;
  const after = text.charCodeAt(start + 1);
  return tokens.end[j] === start + 1 || after === 0x27 || after === 0x2019;
}

/**
 * True when something other than opening marks and spaces lies between the sentence start and `at`.
 * Looks back a few characters only, so a long run of marks cannot make the scan quadratic.
 */
function hasWordBefore(text: string, from: number, at: number): boolean {
  if (at - from > LOOK_BACK) return true;
  for (let k = at - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (!isOpener(c) && !isSpaceAt(text, k) && !isTerminal(c)) return true;
  }
  return false;
}

function isTitle(text: string, tokens: TokenTable, j: number): boolean {
  const start = tokens.start[j];
  let end = tokens.end[j];
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  else if (text.charCodeAt(end) !== 0x2e) return false;
  return TITLES.has(text.slice(start, end).toLowerCase());
}

/** `Smith said`, `asked Smith`, `my mother says`: a speech verb within four tokens, after nothing but its subject. */
function isAttribution(tokens: TokenTable, j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    if (tokens.pos[k] === 'VERB' || tokens.pos[k] === 'AUX') return SPEECH_VERBS.has(tokens.lemma[k]);
    if (!SUBJECT_POS.has(tokens.pos[k])) return false;
  }
  return false;
}

/** True when a parenthesis after a sentence end holds a sentence of its own (`(He left.)`) rather than a citation (`(Smith 55)`). */
function parenthesisIsSentence(text: string, open: number): boolean {
  const limit = Math.min(text.length, open + PAREN_WINDOW);
  for (let k = open + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29) {
      let b = k;
      while (b > open + 1 && isCloser(text.charCodeAt(b - 1))) b--;
      return isTerminal(text.charCodeAt(b - 1));
    }
    if (c === 0x28 || isLineBreak(c)) return false;
  }
  return true;
}

/** Offset after footnote markers such as `[4]`, `[12] [13]` or `[citation needed]`, or `at` when there are none. */
function skipCitations(text: string, at: number): number {
  let end = at;
  let k = at;
  while (text.charCodeAt(k) === 0x5b) {
    let m = k + 1;
    while (m < text.length && m - k <= 30 && isCitationChar(text.charCodeAt(m))) m++;
    if (m === k + 1 || text.charCodeAt(m) !== 0x5d) break;
    end = m + 1;
    k = end;
    while (text.charCodeAt(k) === 0x20) k++;
  }
  return end;
}

function isCitationChar(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x7a) || c === 0x20 || c === 0x2c || c === 0x2013 || c === 0x2d || c === 0x2e || c === 0x2026;
}

/** True when the character at `k` ends a spaced dot (white space, closing mark, end of text). */
function endsDotRun(text: string, k: number): boolean {
  return k >= text.length || isSpaceAt(text, k) || isCloser(text.charCodeAt(k));
}

function skipSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpaceAt(text, k)) k++;
  return k;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

/** Index of the first token at or after `from` that starts at or after `offset`. */
function tokenAt(tokens: TokenTable, from: number, offset: number): number {
  let j = from;
  while (j < tokens.length && tokens.start[j] < offset) j++;
  return j;
}
