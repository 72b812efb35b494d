import { B, I, L, O, partOf, typeOf, U } from './labels.js';
import { POS_TAGS, type TaggingTokens } from './token-view.js';

const POS_DET = POS_TAGS.indexOf('DET');

/** A labelled run of tagging tokens, `first` and `last` inclusive, with its CoNLL type index. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** BILOU labels → spans. Labels are well formed by construction (decoding allows only valid moves). */
export function labelsToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    const part = partOf(y);
    if (y === O) open = -1;
    else if (part === U) spans.push({ first: i, last: i, type: typeOf(y) });
    else if (part === B) open = i;
    else if (part === L && open >= 0) {
      spans.push({ first: open, last: i, type: typeOf(y) });
      open = -1;
    } else if (part === I && open < 0) open = -1;
  }
  return spans;
}

/** Possessive endings and bare apostrophes, which a name never ends with. */
const POSSESSIVE = /^['’]s?$/i;
/** A token made only of punctuation, apart from the few marks names keep (& in "AT&T" is inside a token anyway). */
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

function isTrimmable(word: string): boolean {
  // Most words start with an ASCII letter or digit, which neither pattern allows.
  const c = word.charCodeAt(0);
  if (((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57)) return false;
  return POSSESSIVE.test(word) || PUNCTUATION.test(word);
}

/**
 * Narrows a span so it starts and ends on a word: no leading or trailing punctuation, no
 * possessive "’s", no leading article. Returns undefined when nothing is left.
 */
export function trimSpan(tokens: TaggingTokens, span: TokenSpan): TokenSpan | undefined {
  let { first, last } = span;
  // A leading determiner ("The World Health Organization") is not part of the name.
  while (first <= last && (isTrimmable(tokens.word[first]) || tokens.pos[first] === POS_DET)) first++;
  while (last >= first && isTrimmable(tokens.word[last])) last--;
  return first <= last ? { first, last, type: span.type } : undefined;
}

/** Dashes that set words apart (an attribution's "― Name", an aside's "— "); a hyphen joins them. */
const DASHES = new Set(['―', '—', '–', '--']);
/** Quotation marks, which a name holds only in pairs, around a nickname ('C.L. "Butch" Otter'). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "''", '``']);

/**
 * The parts of a span between its breaks: a name never runs over a dash, nor over a quotation mark
 * without its pair, though the tagger may run one name on into the next across a dash ("Donald
 * Trump.” ― Steve Quinlan", a quotation's attribution) or end a name inside a nickname ('Butch"
 * Otter', "Marine John “Tig"). Each part keeps the span's type; `trimSpan` then drops the marks at
 * its ends, and `withNicknames` joins a nickname's name again. A span holding markup is left whole,
 * for the caller to drop.
 */
export function splitAtBreaks(tokens: TaggingTokens, span: TokenSpan): TokenSpan[] {
  let quotes = 0;
  for (let i = span.first; i <= span.last; i++) {
    // A span over markup ('author="GovChristie" timestamp=') is no name, and none of its parts is.
    if (tokens.nameless[i] === 1) return [span];
    if (QUOTE_MARKS.has(tokens.word[i])) quotes++;
  }
  const parts: TokenSpan[] = [];
  let first = span.first;
  for (let i = span.first; i <= span.last; i++) {
    if (!DASHES.has(tokens.word[i]) && !(quotes % 2 === 1 && QUOTE_MARKS.has(tokens.word[i]))) continue;
    if (i > first) parts.push({ first, last: i - 1, type: span.type });
    first = i + 1;
  }
  if (first === span.first) return [span];
  if (first <= span.last) parts.push({ first, last: span.last, type: span.type });
  return parts;
}
