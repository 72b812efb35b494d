import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

/**
 * The wink pipeline components newslens reads: sentence boundaries (negation and POS work within
 * them), negation scope, POS tags and value entities. wink's own sentiment and custom entities are
 * left out: the sentiment stage scores with its own lexicon and model, so computing wink's would be
 * wasted work on every parse.
 */
export const WINK_PIPE = ['sbd', 'negation', 'pos', 'ner'];

let instance: WinkNLP | undefined;

/** The one wink instance, loaded on first use: loading the model costs about 100 ms, so do it once. */
export function wink(): WinkNLP {
  instance ??= winkNLP(model, WINK_PIPE);
  return instance;
}
