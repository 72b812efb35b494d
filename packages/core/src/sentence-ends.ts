import tables from '../model/sentence-ends.json' with { type: 'json' };
import { CATEGORY, machineOf, recognize, symbolOf, type Machine } from './automaton.js';
import type { TokenRange } from './parse.js';
import { webModel } from './wink.js';

/** The machine reads a sentence-boundary hint h as category HINT_BASE + h. */
const HINT_BASE = 1_080_000;
/** The hint of a quote mark that may open or close (" and '), and what it becomes after white space. */
const AMBIGUOUS_QUOTE = 4;
const SPACED_AMBIGUOUS_QUOTE = 6;
/** An abbreviation of more than two characters may end a sentence ("Corp."); of two ("U."), it does not. */
const LIKELY_END = 7;
const NOT_END = 8;
/** wink's rule for an abbreviation: a letter, and a full stop last. Its lexicon marks every word by it (a test checks). */
const ABBREVIATION = /[a-z].*\.$/i;

const HINTS: ReadonlyMap<string, number> = new Map(Object.entries(tables.hints as Record<string, number>));
const hintKey = (hint: number) => CATEGORY + (HINT_BASE + hint);
let machine: Machine | undefined;
/** The symbol of each hint, and of the words the machine moves on (set with the machine). */
let hintSymbols: Int32Array;
let wordSymbols: ReadonlyMap<string, number>;

function load(): Machine {
  const m = machineOf((webModel.sbd as () => { machines: string[] })().machines[0], tables.words);
  const hints = Math.max(NOT_END, SPACED_AMBIGUOUS_QUOTE, ...HINTS.values()) + 1;
  hintSymbols = Int32Array.from({ length: hints }, (_, hint) => symbolOf(hintKey(hint)));
  wordSymbols = new Map(Object.values(tables.words as Record<string, string>).map((word) => [word, symbolOf(word)]));
  return m;
}

/** True for a word of wink's abbreviation rule; the full stop is checked first, as few words end so. */
const isAbbreviation = (word: string) => word.charCodeAt(word.length - 1) === 46 && ABBREVIATION.test(word);

/**
 * wink's sentences, without wink's sentence-boundary pass: the model's machine run over the tokens
 * as wink's pass reads them (a token's hint, by its normal form or else as written; an ambiguous
 * quote mark by whether white space comes before it in the text wink read, `spaceBefore`; an
 * abbreviation by its length), and the boundaries it finds laid out as wink lays them out. Token
 * ranges in order, covering every token. `sentence-ends.test.ts` compares them with wink's.
 */
export function sentenceEnds(
  tokens: { readonly length: number; readonly normal: readonly string[]; readonly value: readonly string[] },
  spaceBefore: (token: number) => boolean,
): TokenRange[] {
  machine ??= load();
  const { normal, value } = tokens;
  const n = tokens.length;
  const lineFeed = new Uint8Array(n);
  const symbols = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const word = normal[i];
    if (word === '\n') lineFeed[i] = 1;
    let hint = HINTS.get(word) || (value[i] === word ? 0 : HINTS.get(value[i])) || 0;
    if (hint === AMBIGUOUS_QUOTE && spaceBefore(i)) hint = SPACED_AMBIGUOUS_QUOTE;
    if (hint) symbols[i] = hintSymbols[hint];
    else if (isAbbreviation(word)) symbols[i] = hintSymbols[word.length === 2 ? NOT_END : LIKELY_END];
    else symbols[i] = wordSymbols.get(word) ?? -1;
  }
  // As wink's setter: each boundary's token closes a sentence, and the last runs to the text's end.
  const ends = recognize(machine, symbols, lineFeed, undefined);
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
