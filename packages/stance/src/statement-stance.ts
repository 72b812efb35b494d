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
 * mention followed by a hostile act it commits ("X's military build-up") counts as spoken against,
 * and so does one that a verb of opposition or defeat acts on ("to beat Donald Trump"), whatever
 * else the words around it say; a verb of support acting on it counts for it.
 */
export function valenceInQuote(info: TokenInfo, mention: TokenSpan, quote: TokenSpan): number {
  // "rewards Hamas's terrorism": what comes before a possessive is done to the thing possessed,
  // which the words after it describe.
  const possessive = mention.last + 1 <= quote.last && (info.flags(mention.last + 1) & FLAG.possessive) !== 0;
  // "the best candidate to beat Donald Trump": the mention is the object of a hostile act, whatever
  // the words before the verb say of someone else.
  const acting = possessive ? 0 : actOn(info, mention.first, quote.first);
  if (acting !== 0) return acting;
  let sum = 0;
  let victim = false;
  for (let i = mention.first - 1, k = 0; !possessive && i >= quote.first && k < LEFT_WINDOW; i--, k++) {
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

/** Verbs of defeat the lexicon leaves out, as it also reads sports and markets ("beat expectations"). */
const DEFEAT_VERBS = new Set(['beat', 'defeat', 'oust', 'topple', 'unseat']);

/**
 * The valence of an act whose object is the mention: a verb of opposition or defeat right before it
 * (a determiner may come between) counts as spoken against the mention, a verb of support as for
 * it, each the other way round when negated; 0 when no such verb governs it.
 */
function actOn(info: TokenInfo, first: number, quoteFirst: number): number {
  let v = first - 1;
  if (v >= quoteFirst && info.tokens.pos[v] === 'DET') v--;
  if (v < quoteFirst) return 0;
  const f = info.flags(v);
  if ((f & FLAG.verb) === 0) return 0;
  // "We do not trust Brazil": a negated verb says the opposite.
  const sign = f & FLAG.negated ? -1 : 1;
  if (f & FLAG.oppose || DEFEAT_VERBS.has(info.tokens.lemma[v])) return sign * HOSTILE_ACT_VALENCE;
  return f & FLAG.support ? -sign * HOSTILE_ACT_VALENCE : 0;
}
