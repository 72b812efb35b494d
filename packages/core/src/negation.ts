import tables from '../model/negation.json' with { type: 'json' };
import { machineOf, onFirstUse, recognize, tokenSymbols, type TokenSymbols } from './automaton.js';
import type { TokenRange } from './parse.js';
import { webModel } from './wink.js';

/**
 * The model's name of a boundary phrase, which ends a negator's scope (punctuation, "but",
 * "because", "which"). Negators ("not", "never", "fail to", "rule out") are named "1"; phrases
 * named "0" ("not only", "no wonder") are read and dropped by the automaton.
 */
const BOUNDARY = '2';

/** Token types a negation never covers. */
const UNNEGATED_TYPES: ReadonlySet<string> = new Set(['punctuation', 'emoji', 'emoticon']);

const negationMachine = onFirstUse(() => machineOf((webModel.negation as () => { machines: string[] })().machines[0], tables.words));

/**
 * wink's negation flags, without wink's negation pass: the web model's negation machine finds the
 * negators and boundaries, and each negator covers the tokens after it up to the next phrase found,
 * within its sentence. As in wink's setter, the sentence's last token is left out when another
 * phrase follows later in the text, and punctuation and emoji are never covered. `sentences` are
 * wink's, in token order; `read`, the tokens' symbols when the caller has them already.
 * `negation.test.ts` compares the flags with wink's.
 */
export function negationFlags(
  tokens: { readonly length: number; readonly normal: readonly string[]; readonly type: readonly string[] },
  sentences: readonly TokenRange[],
  read: TokenSymbols = tokenSymbols(tokens.normal),
): boolean[] {
  const n = tokens.length;
  const phrases = recognize(negationMachine(), read.symbols, read.lineFeed, undefined);
  const flags = new Array<boolean>(n).fill(false);
  for (let k = 0; k < phrases.length; k++) {
    const [, last, name] = phrases[k];
    if (name === BOUNDARY) continue;
    const sentence = sentenceOf(sentences, last);
    if (sentence === undefined) continue;
    const end = k + 1 < phrases.length ? Math.min(sentence.last, phrases[k + 1][0]) : sentence.last + 1;
    for (let i = last + 1; i < end; i++) if (!UNNEGATED_TYPES.has(tokens.type[i])) flags[i] = true;
  }
  return flags;
}

function sentenceOf(sentences: readonly TokenRange[], token: number): TokenRange | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (token > sentences[mid].last) lo = mid + 1;
    else if (token < sentences[mid].first) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}
