import type { Span } from '@newslens/core';

/**
 * How a quotation that runs over several paragraphs is reported. News leaves the closing mark off
 * at a paragraph's end and opens the next paragraph with a new mark: `split` reports one quote per
 * paragraph (each ending at its paragraph's last character), `merge` one quote over all of them.
 */
export type ParagraphMode = 'split' | 'merge';

/** A quoted region found by its marks; `start` is the opening mark, `end` is just past the closing one. */
export interface QuoteSpan extends Span {
  /** The mark was single (‘…’ or '…') rather than double. */
  single: boolean;
  /** The quote continues into the next paragraph (its closing mark is left off). */
  continues: boolean;
}

const OPEN = 1;
const CLOSE = 2;
const EITHER = OPEN | CLOSE;

/** Every character that can open or close a quotation, and the paragraph break. */
/** Typewriter style writes a double mark as two single ones ('' or ``). */
const MARK = /''|``|["“”„‟«»'‘’‚‹›]|\n[ \t\u00a0\r\n]*/g;

const isSpace = (c: string) => c === '' || /\s/.test(c);
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens: white space, brackets, dashes, a slash or another mark. */
const isOpener = (c: string) => isSpace(c) || /[([{\u2014\u2013\-/“‘"'«‹:]/.test(c);
/** Characters before which a mark closes: white space, punctuation, dashes, or another mark. */
const isCloser = (c: string) => isSpace(c) || /[.,;:!?)\]}\u2014\u2013\-…”’"'»›]/.test(c);

/** The kind of a double mark: straight, curly, typewriter or guillemet. */
function markKind(mark: string): number {
  if (mark === '"') return 0;
  if (mark === "''" || mark === '``') return 2;
  if (mark === '«' || mark === '»') return 3;
  return 1;
}

/** The kind of the double mark at `at`. */
const kindAt = (text: string, at: number) => markKind(text.startsWith("''", at) || text.startsWith('``', at) ? "''" : text[at]);

/** Whether a mark opens a sentence: the last character before it (past spaces) ends one. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || /[.!?…]/.test(text[k]);
}

/** Whether a quote holds a word or number at all ("" and “ ” quote nothing). */
function hasWords(text: string, from: number, to: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/** Whether a double mark opens, closes, or (a straight mark between words or spaces) could do either. */
function doubleRole(mark: string, before: string, after: string): number {
  if (mark === '“' || mark === '„' || mark === '«' || mark === '``') {
    // A curly opener glued to the word before it and followed by space is a misused closer.
    return !isSpace(before) && isCloser(after) && !isOpener(before) ? CLOSE : OPEN;
  }
  if (mark === '”' || mark === '‟' || mark === '»') {
    // A curly closer after space and before a word is a misused opener.
    return isOpener(before) && isWordChar(after) ? OPEN : CLOSE;
  }
  const opens = isOpener(before) && !isSpace(after);
  const closes = !isSpace(before) && isCloser(after);
  if (opens && !closes) return OPEN;
  if (closes && !opens) return CLOSE;
  return EITHER;
}

/**
 * Whether a single mark opens or closes a quotation, or is an apostrophe (0): between two letters
 * ("don’t", "Europe’s"), or a plural possessive before a word ("allies’ interest").
 */
function singleRole(mark: string, before: string, after: string, afterNext: string): number {
  if (isWordChar(before) && isWordChar(after)) return 0;
  if (mark === '‘' || mark === '‚' || mark === '‹') return isSpace(after) ? 0 : OPEN;
  // An opener before a digit elides a century ('90s); before a letter it opens.
  if (isOpener(before) && isWordChar(after)) return (mark === '’' && !isSpace(before)) || /\d/.test(after) ? 0 : OPEN;
  if (!isSpace(before) && isCloser(after)) {
    if (before === 's' && after === ' ' && /[a-z]/.test(afterNext)) return 0;
    return CLOSE;
  }
  return 0;
}

/**
 * Finds quoted regions in one pass over the text's quotation marks. Double marks pair across
 * sentences within a paragraph and nest (a mark of the same kind opening inside a sentence of an
 * open quote); single marks quote only outside double ones (inside, they are a
 * nested quote and stay part of the outer one) and only where their context opens and closes
 * clearly, so apostrophes are not taken for marks. A mark left open at a paragraph's end is dropped,
 * unless the next paragraph opens with a mark: then the quote continues (see `ParagraphMode`).
 */
export function findQuoteSpans(text: string, mode: ParagraphMode = 'merge'): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1; // where the current double quote opened
  let openSingle = -1; // where the current top-level single quote opened
  let paragraphEnd: number; // last non-space character before the paragraph break, for `split`
  let mergeFrom = -1; // in `merge` mode, where a continuing quote opened
  // A double quote opened inside an open one (“He called it “a disgrace” and left.”): where it
  // opened, and the nested quotes closed so far, which are part of the outer quote when it closes
  // and quotes of their own when it never does (“A. “B,” he said.: the first mark was a slip).
  let inner = -1;
  let nested: QuoteSpan[] = [];
  const abandon = () => {
    for (const q of nested) quotes.push(q);
    nested = [];
    inner = -1;
  };
  for (const m of text.matchAll(MARK)) {
    const at = m.index;
    const mark = m[0];
    if (mark[0] === '\n') {
      // A paragraph break: close what continues, drop what is left open.
      paragraphEnd = at;
      while (paragraphEnd > 0 && isSpace(text[paragraphEnd - 1])) paragraphEnd--;
      const nextOpensQuote = /^\s*(?:["“„«]|'')/.test(text.slice(at, at + mark.length + 2));
      if (open >= 0 && nextOpensQuote) {
        if (mode === 'split') quotes.push({ start: open, end: paragraphEnd, single: false, continues: true });
        else mergeFrom = open;
        nested = [];
        inner = -1;
      } else {
        mergeFrom = -1;
        abandon();
      }
      open = -1;
      openSingle = -1;
      continue;
    }
    const before = at > 0 ? text[at - 1] : '';
    const after = at + mark.length < text.length ? text[at + mark.length] : '';
    if (before === '=' || after === '>' || (open >= 0 && after === '=')) continue; // markup: attribute="value">
    if (mark.length === 2 || mark === '"' || mark === '“' || mark === '”' || mark === '„' || mark === '‟' || mark === '«' || mark === '»') {
      const role = doubleRole(mark, before, after);
      if (mergeFrom >= 0 && open < 0 && role & OPEN) {
        // The mark that reopens a continuing quote in a new paragraph.
        open = mergeFrom;
        mergeFrom = -1;
        continue;
      }
      mergeFrom = -1;
      if (open < 0) {
        if (role & OPEN) {
          open = at;
          openSingle = -1;
        }
      } else if (inner >= 0) {
        if (role & CLOSE) {
          if (hasWords(text, inner, at)) nested.push({ start: inner, end: at + mark.length, single: false, continues: false });
          inner = -1;
        } else {
          inner = at; // the nested quote was never closed
        }
      } else if (role & CLOSE) {
        if (hasWords(text, open, at)) quotes.push({ start: open, end: at + mark.length, single: false, continues: false });
        open = -1;
        nested = [];
      } else if (markKind(mark) === kindAt(text, open) && !opensSentence(text, at)) {
        inner = at; // a second opener of the same kind inside a sentence: a nested quote, unless the first is never closed
      } else {
        abandon(); // a mark of another kind, or one that opens a sentence: the first was never closed
        open = at;
      }
      continue;
    }
    if (open >= 0) continue; // single marks inside a double quote are nested quotes
    const role = singleRole(mark, before, after, at + 2 < text.length ? text[at + 2] : '');
    if (role === 0) continue;
    if (openSingle < 0) {
      if (role & OPEN) openSingle = at;
    } else if (role & CLOSE) {
      if (at - openSingle > 2 && hasWords(text, openSingle, at)) quotes.push({ start: openSingle, end: at + 1, single: true, continues: false });
      openSingle = -1;
    }
  }
  // A quote still open at the end of the text is dropped, as at a paragraph's end.
  abandon();
  return quotes;
}
