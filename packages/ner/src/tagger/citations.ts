import { isJoinedHyphen, type TaggingTokens } from './token-view.js';
import type { WordFeatures } from './word-features.js';

/** A year as author-year citations write it (a letter after it, "2017a", is a token of its own). */
const YEAR = /^(1[5-9]|20)\d\d$/;
/** Authors read back from one year at most: a longer run of capitalised words and commas is no citation list. */
const MAX_AUTHORS = 12;

/**
 * Token ranges [first, last] of the authors of author-year citations in brackets, the form
 * academic and explanatory writing cites in: "(Boot, Kramer, & Gratton, 2008; Munafò et al.,
 * 2017)". The shape says these words are people's surnames, however unusual: single capitalised
 * words (or words joined by hyphens) listed with commas, "&" or "and", the last one followed by a
 * comma and a year, the list opened by a bracket or a semicolon. A year in brackets after a name
 * in running text, "Porte (2012)", is left out: "The Imitation Game (2014)" has that shape too.
 */
export function citedAuthors(tokens: TaggingTokens, words: readonly WordFeatures[]): [number, number][] {
  const out: [number, number][] = [];
  const word = tokens.word;
  for (let y = 2; y < tokens.length; y++) {
    // A comma before it first: the cheap test rules out nearly every token.
    if (word[y - 1] !== ',' || !YEAR.test(word[y])) continue;
    const list = authorList(tokens, words, y - 2);
    const opener = word[list.stop];
    if (list.names.length > 0 && list.complete && (opener === '(' || opener === ';')) out.push(...list.names);
  }
  return out;
}

interface AuthorList {
  names: [number, number][];
  /** The token before the list. */
  stop: number;
  /** False when a separator was not preceded by a name. */
  complete: boolean;
}

/** Reads a list of author names backwards from token `j`: "A, B, & C", "A and B", "A et al.". */
function authorList(tokens: TaggingTokens, words: readonly WordFeatures[], j: number): AuthorList {
  const word = tokens.word;
  const names: [number, number][] = [];
  while (names.length < MAX_AUTHORS) {
    if (j >= 2 && word[j] === '.' && word[j - 1] === 'al' && word[j - 2] === 'et') j -= 3;
    const first = nameStart(tokens, words, j);
    if (first > j) return { names, stop: j, complete: false };
    names.push([first, j]);
    // Between two names: ",", "&", "and", or a comma and either ("A, B, & C", "A & B", "A, and B").
    let before = first - 1;
    if (before >= 0 && (word[before] === '&' || word[before] === 'and')) before--;
    if (before >= 0 && word[before] === ',') before--;
    if (before === first - 1) return { names, stop: before, complete: true };
    j = before;
  }
  return { names, stop: j, complete: false };
}

/**
 * The first token of the surname ending at token `last`: one capitalised word, or several joined by
 * hyphens with no space ("Berez-Kroeker"); `last + 1` when there is none.
 */
function nameStart(tokens: TaggingTokens, words: readonly WordFeatures[], last: number): number {
  if (last < 0 || words[last].cap !== 1) return last + 1;
  let first = last;
  while (first >= 2 && isJoinedHyphen(tokens, first - 1) && words[first - 2].cap === 1) {
    first -= 2;
  }
  return first;
}
