import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkModel = typeof model;

/**
 * The wink pipeline components newslens runs: POS tags, besides the tokenizer that always runs.
 * wink's own sentiment and custom entities are left out: the sentiment stage scores with its own
 * lexicon and model, so wink's would be wasted work on every parse. Its sentence-boundary,
 * negation and value-entity passes are left out too: `sentenceEnds`, `negationFlags` and
 * `valueEntities` give the same results from the parsed tokens for a fraction of their cost (the
 * three passes took over a third of a parse). POS tags do not depend on them.
 */
export const WINK_PIPE = ['pos'];

/**
 * wink adds every word it has not seen to its lexicon cache and never drops it (about 250 bytes a
 * word, and newslens's table of the lexemes met about 100 more), so a batch of millions of articles
 * would grow without bound: a fresh instance once the current one has met this many distinct
 * lexemes keeps memory flat. Counted in lexemes rather than parses, since a renewal costs a model
 * load and wink's code growing warm again (about 120 ms): a batch of articles with a settled
 * vocabulary never pays it, one of new words pays it once per some 20 MB of words.
 */
export const WINK_RENEW_AFTER_LEXEMES = 60_000;

/**
 * The web model's loader of its custom-entity meta model (wink-eng-lite-web-model 1.8.1) assigns
 * `JSON.stringify(machines)` back to the variable it stringifies, so each new wink instance
 * receives the previous one's string escaped once more: about twice as long each time, 20 MB at the
 * 16th instance, 330 MB at the 20th and "Invalid string length" at the 21st, that is after 100,000
 * parses of one batch worker, and ever slower loads before that. The first result is the right
 * one; every instance gets that.
 */
function withStableMetaModel(source: WinkModel): WinkModel {
  // wink's types leave the model's parts opaque (unknown); this one is a loader function.
  const load = source.metaCER as () => object;
  let loaded: object | undefined;
  return { ...source, metaCER: () => ({ ...(loaded ??= load()) }) };
}

/** wink-eng-lite-web-model as newslens loads it. */
export const webModel = withStableMetaModel(model);

/**
 * The numbers 0-999, with leading zeros too ("02", "007"), as one text. wink types a string it has
 * not met before when it first meets it, and keeps that type: digits split off a code ("96" in
 * "24.SEP.96") are a word if the instance met them there first and a number if it met them standing
 * alone, so a text would parse differently after another. Read once by each new instance, they are
 * numbers wherever they are met.
 */
const NUMBERS = Array.from({ length: 1000 }, (_, n) => {
  const plain = String(n);
  return n < 10 ? `${plain} 0${plain} 00${plain}` : n < 100 ? `${plain} 0${plain}` : plain;
}).join(' ');

/** A new wink instance with newslens's pipe, with the numbers up to 999 read once. */
export function createWink(): WinkNLP {
  const nlp = winkNLP(webModel, WINK_PIPE);
  nlp.readDoc(NUMBERS);
  return nlp;
}

let instance: WinkNLP | undefined;

/** The wink instance for the next parse, loaded on first use. */
export function wink(): WinkNLP {
  instance ??= createWink();
  return instance;
}

/** Gives the next parse a fresh wink instance once this one has met WINK_RENEW_AFTER_LEXEMES lexemes. */
export function renewWinkIfFull(nlp: WinkNLP, lexemesMet: number): void {
  if (nlp === instance && lexemesMet >= WINK_RENEW_AFTER_LEXEMES) instance = undefined;
}
