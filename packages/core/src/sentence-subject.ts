import type { TokenTable } from './parse.js';

// Where a sentence's main clause names its subject, read without a parser: enough for a stage to
// tell that "She" leads "But she said she was not aware of it" while "Even as he spoke, Giuliani
// declined" is led by Giuliani.

/** Words that may come before a subject without being it: "But she", "Then he", "“Well, she". */
const OPENERS: ReadonlySet<string> = new Set(['PUNCT', 'SPACE', 'CCONJ', 'ADV']);

/** Quotation marks: a sentence that opens inside a quotation is the speaker's, not the narrative's. */
const QUOTE_MARK = /^["“”‘’'«»`]+$/;

/**
 * The token where the subject of the sentence spanning tokens `first`..`last` starts, or -1 past
 * `last`: past punctuation, conjunctions and adverbs, and past a phrase a preposition or a clause a
 * subordinator opens, up to its comma ("In June, she met", "Though he lost Iowa, he said": the
 * subordinate clause's subject may be the main clause's named after it, as in "Even as he spoke,
 * Giuliani declined"). A sentence that opens with a quotation mark has none (-1).
 */
export function subjectToken(tokens: TokenTable, first: number, last: number): number {
  const { pos, value } = tokens;
  let t = first;
  while (t <= last) {
    if (pos[t] === 'PUNCT' && QUOTE_MARK.test(value[t])) return -1;
    if (pos[t] === 'ADP' || pos[t] === 'SCONJ') {
      while (t <= last && value[t] !== ',') t++;
      t++;
    } else if (OPENERS.has(pos[t])) t++;
    else return t;
  }
  return -1;
}
