import type { Quote } from '@newslens/core';
import type { TokenSpan } from './features.js';
import { FLAG, hostileAfter, type TokenInfo } from './token-info.js';

const LEFT_WINDOW = 4;
const RIGHT_WINDOW = 3;
/** What naming the target as the author of a hostile act ("X's aggression") counts for. */
const HOSTILE_ACT_VALENCE = -3;

/**
 * How a quote speaks of one entity it names: the AFINN valence of the few words around the mention
 * inside the quote, stopping at punctuation. A mention right after "against", "on", "to" (a victim
 * or beneficiary: "aggression against X") takes no blame from the negative words before it; a
 * mention followed by a hostile act it commits ("X's military build-up") counts as spoken against.
 */
export function valenceInQuote(info: TokenInfo, mention: TokenSpan, quote: TokenSpan): number {
  let sum = 0;
  let victim = false;
  for (let i = mention.first - 1, k = 0; i >= quote.first && k < LEFT_WINDOW; i--, k++) {
    const f = info.flags(i);
    if (f & FLAG.punct) break;
    if (k <= 1 && f & FLAG.toward) victim = true;
    const v = info.valence(i);
    if (!(victim && v < 0)) sum += v;
  }
  if (hostileAfter(info, mention.last + 1, quote.last)) sum += HOSTILE_ACT_VALENCE;
  for (let i = mention.last + 1, k = 0; i <= quote.last && k < RIGHT_WINDOW; i++, k++) {
    const f = info.flags(i);
    if (f & FLAG.punct) break;
    sum += info.valence(i);
  }
  return sum;
}

/** A quote whose speaker is a tagged entity. */
export function hasEntitySpeaker(quote: Quote): quote is Quote & { speaker: string } {
  return typeof quote.speaker === 'string' && quote.speaker !== '';
}
