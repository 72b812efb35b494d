import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let instance: WinkNLP | undefined;

/** The one wink instance, loaded on first use: loading the model costs about 100 ms, so do it once. */
export function wink(): WinkNLP {
  instance ??= winkNLP(model);
  return instance;
}
