import contractions from '../model/contractions.json' with { type: 'json' };
import { tokenSymbols } from './automaton.js';
import { negationFlags } from './negation.js';
import { sentenceEnds } from './sentence-ends.js';
import { valueEntities } from './value-entities.js';
import { isSpaceAt } from './span.js';
import { lexemesMet, tokenStrings } from './token-strings.js';
import { renewWinkIfFull, wink } from './wink.js';

/**
 * wink's tokens as parallel arrays, one entry per token, with character offsets into the text.
 * Arrays of numbers and strings rather than objects: every stage reads them, none copies them.
 */
export interface TokenTable {
  readonly length: number;
  /** Offset of the token's first code unit. */
  readonly start: Int32Array;
  /** Offset just past the token's last code unit. */
  readonly end: Int32Array;
  /** The token as written. */
  readonly value: readonly string[];
  /** Lower-cased, with wink's spelling normalisation. */
  readonly normal: readonly string[];
  /** wink's lemma ("said" → "say"). */
  readonly lemma: readonly string[];
  /** Universal POS tag from wink (PROPN, VERB, PUNCT, SPACE, ...). */
  readonly pos: readonly string[];
  /** wink's token type: word, number, punctuation, tabCRLF, emoji, currency, symbol, url, email, ... */
  readonly type: readonly string[];
  /** True when wink puts the token inside a negation's scope ("did not *say*"). */
  readonly negated: readonly boolean[];
}

/** A range of tokens, `first` and `last` inclusive, as wink reports sentences and entities. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A value entity found by wink (DATE, MONEY, ...), in wink's own type names. */
export interface WinkEntity extends TokenRange {
  start: number;
  end: number;
  type: string;
}

/** Everything taken from the one wink parse of a text. */
export interface Parse {
  readonly tokens: TokenTable;
  /** wink's sentence boundaries, which the segmenter corrects. */
  readonly winkSentences: readonly TokenRange[];
  readonly winkEntities: readonly WinkEntity[];
}

/** How far past the cursor to look for a token whose white space wink reported differently. */
const SEARCH_WINDOW = 256;

/** A clitic ("'s", "’ll", "'d", ...) right before a character that is no space, letter or digit. */
const CLITIC_BEFORE_PUNCTUATION = /['’](?:[sSdDmM]|ll|LL|re|RE|ve|VE)(?=[^\s\p{L}\p{N}])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_OR_DIGIT_OR_APOSTROPHE = /[\p{L}\p{N}'’]/u;

/**
 * The text as wink reads it. wink keeps a clitic joined to its word before punctuation ("Trump's."
 * and "G7's." are one token where "Trump's lawyers" gives "Trump" and "'s"), and caches the joined
 * form as a word of its lexicon, after which that instance never splits it again, in any text: a
 * parse would depend on what the instance read before, and a batch would not give what single runs
 * give. With a space after the clitic wink splits it as it does elsewhere. Only wink's copy gets
 * the spaces; offsets are found in the original text (locateTokens skips white space either way).
 */
export function textForWink(text: string): string {
  return withSpacesAt(text, spacedClitics(text));
}

/** The text with a space inserted at each of the offsets, in order. */
function withSpacesAt(text: string, spaced: readonly number[]): string {
  if (spaced.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of spaced) {
    out += `${text.slice(from, at)} `;
    from = at;
  }
  return out + text.slice(from);
}

/**
 * A contraction written without an apostrophe ("cannot", "dont", "theyre") right before a character
 * that is no space, letter or digit. wink splits such a word ("can" "not") everywhere but there,
 * where it keeps it whole and reads its expansion pointer as a lemma: null, or whatever word has
 * since filled that slot of its cache. The words are the model's own (model/contractions.json).
 */
let plainContractionBeforePunctuation: RegExp | undefined;
function plainContractionPattern(): RegExp {
  // \b, and the letter before checked by hand, rather than a look-behind: five times quicker.
  plainContractionBeforePunctuation ??= new RegExp(`\\b(?:${contractions.words.join('|')})(?=[^\\s\\p{L}\\p{N}])`, 'gu');
  return plainContractionBeforePunctuation;
}

/** Where `textForWink` puts a space: the offsets just past each clitic or plain contraction it splits off, in order. */
function spacedClitics(text: string): number[] {
  const spaced: number[] = [];
  for (const match of text.matchAll(CLITIC_BEFORE_PUNCTUATION)) {
    if (match.index > 0 && LETTER_OR_DIGIT.test(text[match.index - 1])) spaced.push(match.index + match[0].length);
  }
  const clitics = spaced.length;
  for (const match of text.matchAll(plainContractionPattern())) {
    if (match.index === 0 || !LETTER_OR_DIGIT_OR_APOSTROPHE.test(text[match.index - 1])) spaced.push(match.index + match[0].length);
  }
  // Two runs of offsets in order each; a clitic and a contraction never end at the same place.
  return spaced.length > clitics && clitics > 0 ? spaced.sort((a, b) => a - b) : spaced;
}

/**
 * Letters of the Latin Extended blocks (ğ, č, š, ł, ź, ạ, ...), beyond the Latin-1 letters wink
 * knows; and a combining mark (U+0300-U+036F) that follows no letter, digit or mark, as in mojibake
 * ("espÃ ̈re"). wink reads such a lone mark as a word in one context and as an unknown symbol in
 * another, and its cache keeps whichever it met first, so later texts would parse differently.
 */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]|(?<![A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F\u2060])[\u0300-\u036F]/g;
const STRAY_MARK = /^[\u0300-\u036F]$/;
/** Letters with a stroke or other mark that Unicode does not decompose, and the letter they are read as. */
const UNDECOMPOSED = new Map([...'ŁLłlĐDđdĦHħhıiŦTŧtĿLŀlŒOœoŊNŋnſsƑFƒf'.matchAll(/(.)(.)/gu)].map(([, letter, plain]) => [letter, plain]));
const foldedLetters = new Map<string, string>();

/** The plain letter under an extended Latin one: its base letter ("ğ" → "g", "ł" → "l"), else x or X; x for a lone mark. */
function foldLetter(letter: string): string {
  let plain = foldedLetters.get(letter);
  if (plain === undefined) {
    const base = UNDECOMPOSED.get(letter) ?? letter.normalize('NFD')[0];
    plain = STRAY_MARK.test(letter) ? 'x' : /^[A-Za-z]$/.test(base) ? base : letter === letter.toLowerCase() ? 'x' : 'X';
    foldedLetters.set(letter, plain);
  }
  return plain;
}

/**
 * The text with every extended Latin letter replaced by a plain one, so that wink reads
 * "Erdoğan", "Vučić" and "Łódź" as one word each: its tokenizer knows the letters of Latin-1 only
 * and cuts a word at any other ("Erdo", "ğ", "an"), which breaks names of half of Europe. A lone
 * combining mark becomes x (see EXTENDED_LATIN). One code unit for one, so offsets into the result
 * are offsets into the text.
 */
export function foldExtendedLatin(text: string): string {
  return text.replace(EXTENDED_LATIN, foldLetter);
}

/** Parses a text once with wink and lays out what the stages need. */
export function parseText(text: string): Parse {
  const nlp = wink();
  const folded = foldExtendedLatin(text);
  const spaced = spacedClitics(folded);
  const { value, normal, type, lemma, pos } = tokenStrings(nlp, nlp.readDoc(withSpacesAt(folded, spaced)));
  renewWinkIfFull(nlp, lexemesMet(nlp));
  const { start, end } = locateTokens(folded, value);
  // Sentences from wink's spellings, before folded words get their own letters back. wink saw white
  // space before a token where the text has some, and where textForWink put a space.
  const spacedAt = new Set(spaced);
  const spaceBefore = (i: number) => (i === 0 ? start[0] > 0 : start[i] > end[i - 1]) || spacedAt.has(start[i]);
  // What the sentence, negation and value-entity machines read of the tokens, read once for all three.
  const read = tokenSymbols(normal);
  const winkSentences = sentenceEnds({ length: value.length, normal, value }, spaceBefore, read);
  // Tokens are as written: a folded word gets its own letters back (wink's normal form and lemma keep the plain ones).
  if (folded !== text) for (let i = 0; i < value.length; i++) if (end[i] > start[i]) value[i] = text.slice(start[i], end[i]);
  const table: TokenTable = {
    length: value.length,
    start,
    end,
    value,
    normal,
    lemma,
    pos,
    type,
    negated: negationFlags({ length: value.length, normal, type }, winkSentences, read),
  };
  const winkEntities = valueEntities(table, read).map(({ first, last, type }) => ({ first, last, start: start[first], end: end[last], type }));
  return { tokens: table, winkSentences, winkEntities };
}

/**
 * Finds each token's offsets by walking the text in order. wink keeps each token's spelling and
 * makes no tokens of spaces (it does of line breaks), so a token starts after the white space that
 * follows the previous one; a bounded search covers the rare token wink spells differently, and a
 * token not found at all becomes empty. Cheaper than asking wink for each token's preceding spaces.
 */
function locateTokens(text: string, values: string[]): { start: Int32Array; end: Int32Array } {
  const n = values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let at = cursor;
    if (v.length > 0 && !isSpaceAt(v, 0)) {
      while (at < text.length && isSpaceAt(text, at)) at++;
    } else {
      // A line-break token: skip the spaces before it, but not into it.
      while (at < text.length && !text.startsWith(v, at) && isSpaceAt(text, at)) at++;
    }
    if (!text.startsWith(v, at)) {
      // Search a bounded window so that a run of unmatched tokens cannot make this quadratic.
      const found = text.slice(cursor, cursor + SEARCH_WINDOW + v.length).indexOf(v);
      at = found < 0 ? -1 : cursor + found;
    }
    if (at < 0) {
      start[i] = cursor;
      end[i] = cursor;
      continue;
    }
    start[i] = at;
    end[i] = at + v.length;
    cursor = end[i];
  }
  return { start, end };
}
