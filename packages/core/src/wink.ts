import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

/**
 * The wink pipeline components newslens reads: sentence boundaries (negation and POS work within
 * them), negation scope, POS tags and value entities. wink's own sentiment and custom entities are
 * left out: the sentiment stage scores with its own lexicon and model, so wink's would be
 * wasted work on every parse.
 */
export const WINK_PIPE = ['sbd', 'negation', 'pos', 'ner'];

/**
 * wink adds every word it has not seen to its lexicon cache and never drops it, so a batch of
 * millions of articles would grow without bound: a fresh instance after this many parses keeps
 * memory flat, at the cost of one model load (about 100 ms) per batch of parses.
 */
export const WINK_RENEW_AFTER = 5_000;

let instance: WinkNLP | undefined;
let parses = 0;

/** The wink instance for the next parse, loaded on first use and renewed every WINK_RENEW_AFTER parses. */
export function wink(): WinkNLP {
  if (instance === undefined || parses >= WINK_RENEW_AFTER) {
    instance = winkNLP(model, WINK_PIPE);
    parses = 0;
  }
  parses++;
  return instance;
}
