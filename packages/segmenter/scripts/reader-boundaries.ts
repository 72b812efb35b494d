/**
 * Which of GUM's gold sentence ends a reader expects, as ../shared/datasets/gum-written/README.md
 * defines them: ends after terminal punctuation (. ! ? …, with any closing quote or bracket after
 * it), at a line break, or at the end of the text. GUM's other ends (some semicolons, colons and
 * dashes) are neutral: a predicted end there is neither a hit nor a false positive.
 */

/** Closing quotes and brackets that may follow terminal punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/** Offset just past the last non-white-space character before `end`. */
export function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  return end;
}

/** True when a reader expects a sentence to end at `end` (an end offset with no trailing white space). */
export function isReaderBoundary(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && CLOSERS.has(text[i - 1])) i--;
  if (i > 0 && TERMINALS.has(text[i - 1])) return true;
  for (let j = end; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return true;
    if (!/\s/u.test(c)) return false;
  }
  return true;
}

export interface GoldEnds {
  /** Ends a reader expects: the gold boundaries scored. */
  expected: number[];
  /** GUM's other ends: neutral. */
  neutral: number[];
}

/** Splits a document's gold sentence ends into the expected and the neutral ones. */
export function readerGoldEnds(text: string, sentences: readonly { end: number }[]): GoldEnds {
  const expected: number[] = [];
  const neutral: number[] = [];
  for (const s of sentences) {
    const end = trimEnd(text, s.end);
    (isReaderBoundary(text, end) ? expected : neutral).push(end);
  }
  return { expected, neutral };
}
