import tables from '../model/sentence-ends.json' with { type: 'json' };
import { hintKey, machineOf, onFirstUse, recognize, symbolOf, tokenSymbols, type TokenSymbols } from './automaton.js';
import type { TokenRange } from './parse.js';
import { webModel } from './wink.js';

/** The hint of a quote mark that may open or close (" and '), and what it becomes after white space. */
const AMBIGUOUS_QUOTE = 4;
const SPACED_AMBIGUOUS_QUOTE = 6;
/** An abbreviation of more than two characters may end a sentence ("Corp."); of two ("U."), it does not. */
const LIKELY_END = 7;
const NOT_END = 8;
/** wink's rule for an abbreviation: a letter, and a full stop last. Its lexicon marks every word by it (a test checks). */
const ABBREVIATION = /[a-z].*\.$/i;

const HINTS: ReadonlyMap<string, number> = new Map(Object.entries(tables.hints as Record<string, number>));
/** The model's machine, and the symbol of each hint. */
const sbd = onFirstUse(() => {
  const machine = machineOf((webModel.sbd as () => { machines: string[] })().machines[0], tables.words);
  const hintSymbols = Int32Array.from({ length: Math.max(NOT_END, SPACED_AMBIGUOUS_QUOTE, ...HINTS.values()) + 1 }, (_, hint) => symbolOf(hintKey(hint)));
  return { machine, hintSymbols };
});

/** True for a word of wink's abbreviation rule; the full stop is checked first, as few words end so. */
const isAbbreviation = (word: string) => word.charCodeAt(word.length - 1) === 46 && ABBREVIATION.test(word);

/**
 * wink's sentences, without wink's sentence-boundary pass: the model's machine run over the tokens
 * as wink's pass reads them (a token's hint, by its normal form or else as written; an ambiguous
 * quote mark by whether white space comes before it in the text wink read, `spaceBefore`; an
 * abbreviation by its length), and the boundaries it finds laid out as wink lays them out. Token
 * ranges in order, covering every token. `read`: the tokens' symbols when the caller has them
 * already. `sentence-ends.test.ts` compares them with wink's.
 */
export function sentenceEnds(
  tokens: { readonly length: number; readonly normal: readonly string[]; readonly value: readonly string[] },
  spaceBefore: (token: number) => boolean,
  read: TokenSymbols = tokenSymbols(tokens.normal),
): TokenRange[] {
  const { machine, hintSymbols } = sbd();
  const { normal, value } = tokens;
  const n = tokens.length;
  const symbols = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const word = normal[i];
    let hint = HINTS.get(word) || (value[i] === word ? 0 : HINTS.get(value[i])) || 0;
    if (hint === AMBIGUOUS_QUOTE && spaceBefore(i)) hint = SPACED_AMBIGUOUS_QUOTE;
    if (hint) symbols[i] = hintSymbols[hint];
    else if (isAbbreviation(word)) symbols[i] = hintSymbols[word.length === 2 ? NOT_END : LIKELY_END];
    else symbols[i] = read.symbols[i];
  }
  // As wink's setter: each boundary's token closes a sentence, and the last runs to the text's end.
  const ends = recognize(machine, symbols, read.lineFeed, undefined);
  const sentences: TokenRange[] = [];
  let current = { first: 0, last: n - 1 };
  ends.forEach(([end], k) => {
    current.last = end;
    if (k < ends.length - 1) {
      sentences.push(current);
      current = { first: end + 1, last: n - 1 };
    }
  });
  sentences.push(current);
  if (current.last < n - 1) sentences.push({ first: current.last + 1, last: n - 1 });
  return sentences;
}
