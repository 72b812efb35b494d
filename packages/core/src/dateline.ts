import type { TokenTable } from './parse.js';

/** Dashes that close a dateline: em dash, en dash, hyphen, double hyphen, horizontal bar. */
const DASHES = new Set(['—', '–', '-', '--', '―']);
/** Tokens a dateline may hold between its place and its dash: ", Nigeria", ", March 3", "(Reuters)". */
const WITHIN = new Set([',', '(', ')', '.']);
/** How far past the dateline's first token its dash may come. */
const MAX_DATELINE_TOKENS = 10;

/**
 * The dash that closes a dateline opening at token `first`, or -1: the line news puts before its
 * first sentence, "BRUSSELS — …", "WASHINGTON (Reuters) - …", "LAGOS, Nigeria — …". It opens a
 * line with a name, and a dash followed by a space comes within a few tokens, after nothing but
 * names, numbers, commas and brackets.
 */
export function datelineDash(tokens: DatelineTokens, first: number): number {
  if (first < 0 || first >= tokens.length || tokens.pos[first] !== 'PROPN') return -1;
  if (first > 0 && tokens.type[first - 1] !== 'tabCRLF') return -1;
  const end = Math.min(tokens.length - 1, first + MAX_DATELINE_TOKENS);
  for (let k = first + 1; k <= end; k++) {
    const value = tokens.value[k];
    if (DASHES.has(value)) return k + 1 < tokens.length && tokens.start[k + 1] > tokens.end[k] ? k : -1;
    if (!WITHIN.has(value) && tokens.pos[k] !== 'PROPN' && tokens.pos[k] !== 'NUM') return -1;
  }
  return -1;
}

/**
 * True when tokens first..last (a mention) stand in a dateline: its place ("BRUSSELS", "LAGOS,
 * Nigeria") is where the story was filed and its agency ("(Reuters)") who filed it, not what the
 * story is about.
 */
export function inDateline(tokens: DatelineTokens, first: number, last: number): boolean {
  let lineStart = first;
  while (lineStart > 0 && first - lineStart < MAX_DATELINE_TOKENS && tokens.type[lineStart - 1] !== 'tabCRLF') lineStart--;
  if (lineStart > 0 && tokens.type[lineStart - 1] !== 'tabCRLF') return false;
  return datelineDash(tokens, lineStart) > last;
}

type DatelineTokens = Pick<TokenTable, 'length' | 'start' | 'end' | 'value' | 'pos' | 'type'>;
