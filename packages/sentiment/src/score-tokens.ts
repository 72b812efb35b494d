import { AFTER_CONTRAST, BEFORE_CONTRAST, EXCLAMATION_EMPHASIS, HEDGE_WEIGHT, MAX_EXCLAMATIONS, NEGATION_SCALE } from './modifiers.js';
import {
  CLAUSE_FLAG, CONCESSION_FLAG, CONCESSIVE_CONJUNCTION_FLAG, CONTRAST_FLAG, EXCLAMATION_FLAG, HEDGE_FLAG, OPENING_CONCESSION_FLAG, QUOTE_FLAG, SKIP_FLAG,
  type TokenSignals,
} from './signals.js';

/** How many tokens back a degree word ("very", "slightly") reaches. */
const DEGREE_REACH = 2;

/**
 * The rule-weighted lexicon sum of tokens `first..last` (inclusive), on AFINN's scale:
 * - a degree word within two tokens before a sentiment word scales it ("very good", "slightly bad");
 * - inside wink's negation scope a valence flips and shrinks by VADER's 0.74 ("not good");
 * - after a hedge ("may", "reportedly") valences count 0.75;
 * - the words before the last contrast marker count half and the words after it 1.5 times
 *   ("professional, but it failed"); a clause opened by "although"/"though" counts half, and so
 *   does what "despite" concedes, to the next clause mark ("a success despite the violence"), and
 *   a clause opened by "while" at the start of the sentence ("While the economy grew, ...");
 * - each "!" in the range, up to four, adds EXCLAMATION_EMPHASIS in the sum's direction.
 * Allocates nothing.
 */
export function weightedSum(s: TokenSignals, first: number, last: number): number {
  const sum = prefixWeights(s, first, last)[last - first + 1] || 0;
  return sum === 0 ? 0 : sum + Math.sign(sum) * EXCLAMATION_EMPHASIS * Math.min(prefixExclamations, MAX_EXCLAMATIONS);
}

let prefix = new Float64Array(256);
let prefixOf: TokenSignals | undefined;
let prefixFirst = -1;
let prefixLast = -1;
/** How many "!" the range of the last prefix holds. */
let prefixExclamations = 0;

/**
 * Prefix sums of the rule-weighted valences of tokens `first..last`: entry k is the sum over the
 * first k tokens, so any stretch of the sentence sums in O(1). The rules see the whole range
 * (a "but" anywhere in the sentence reweighs every word). The last range is kept, so the mentions
 * of one sentence share one computation. The returned array is reused by the next call.
 */
export function prefixWeights(s: TokenSignals, first: number, last: number): Float64Array {
  if (s === prefixOf && first === prefixFirst && last === prefixLast) return prefix;
  const n = Math.max(0, last - first + 1);
  if (prefix.length < n + 1) prefix = new Float64Array(2 * n + 2);
  prefix[0] = 0;
  prefixOf = s;
  prefixFirst = first;
  prefixLast = last;
  prefixExclamations = 0;
  if (n === 0) return prefix;
  const { valence, degree, flags, negated } = s;
  let contrastAt = -1;
  for (let i = first; i <= last; i++) {
    if ((flags[i] & CONTRAST_FLAG) !== 0 && i > first) contrastAt = i;
    if ((flags[i] & EXCLAMATION_FLAG) !== 0) prefixExclamations++;
  }
  let opening = first;
  while (opening < last && (flags[opening] & (SKIP_FLAG | QUOTE_FLAG)) !== 0) opening++;
  let sum = 0;
  let hedged = false;
  let concessive = false;
  for (let i = first; i <= last; i++) {
    const f = flags[i];
    if ((f & HEDGE_FLAG) !== 0) hedged = true;
    if ((f & CONCESSIVE_CONJUNCTION_FLAG) !== 0 && (i === first || flags[i - 1] & CLAUSE_FLAG) && i !== contrastAt) concessive = true;
    else if ((f & CONCESSION_FLAG) !== 0 || ((f & OPENING_CONCESSION_FLAG) !== 0 && i === opening)) concessive = true;
    else if ((f & CLAUSE_FLAG) !== 0) concessive = false;
    const v = valence[i];
    if (v === 0) {
      prefix[i - first + 1] = sum;
      continue;
    }
    let w = v;
    for (let j = i - 1, seen = 0; j >= first && seen < DEGREE_REACH; j--) {
      if ((flags[j] & SKIP_FLAG) !== 0) continue;
      seen++;
      if (degree[j] !== 1) {
        w *= degree[j];
        break;
      }
    }
    if (negated[i] === 1) w *= NEGATION_SCALE;
    if (hedged) w *= HEDGE_WEIGHT;
    if (concessive) w *= BEFORE_CONTRAST;
    if (contrastAt >= 0) w *= i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += w;
    prefix[i - first + 1] = sum;
  }
  return prefix;
}
