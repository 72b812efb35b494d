import type { NewsDocument, Span } from '@newslens/core';
import { MAX_FEATURES, pairFeatures, type TokenSpan } from './features.js';
import { loadModel, scoreFeatures, STANCE_CLASSES, type ModelFile, type StanceClass, type StanceModel } from './model.js';
import { TokenInfo } from './token-info.js';
import { firstTokenEndingAfter, tokensOf } from './token-spans.js';
import modelFile from '../model/stance-model.json' with { type: 'json' };

let defaultModel: StanceModel | undefined;
// One feature buffer and one output for every classifier: scoring is synchronous, and each call
// overwrites what the previous one returned (as documented on scoreTokens).
const FEATURES = new Int32Array(MAX_FEATURES);
const PROBABILITIES = new Float64Array(STANCE_CLASSES.length);

/** The committed model, expanded on first use. */
export function stanceModel(): StanceModel {
  defaultModel ??= loadModel(modelFile as ModelFile);
  return defaultModel;
}

/** The class a pair gets and the probability of each class. */
export interface PairStance {
  /** Directed class, where p is the span read first and q the span read second. */
  label: StanceClass;
  /** Probability of `label`. */
  score: number;
  probabilities: Record<StanceClass, number>;
}

/**
 * Per-document state for classifying many pairs: per-token facts are computed once per document,
 * and one feature buffer is reused, so a pair costs only its feature walk.
 */
export class PairClassifier {
  readonly doc: NewsDocument;
  private readonly model: StanceModel;
  readonly info: TokenInfo;
  private readonly features = FEATURES;
  private readonly probabilities = PROBABILITIES;

  constructor(doc: NewsDocument, model: StanceModel = stanceModel()) {
    this.doc = doc;
    this.model = model;
    this.info = new TokenInfo(doc.parse.tokens, model.vocab);
  }

  /**
   * Class probabilities for token ranges a before b inside `sentence`, softened by `temperature`
   * (1: the model's own). The returned array is reused by the next call: copy what you keep.
   */
  scoreTokens(a: TokenSpan, b: TokenSpan, sentence: TokenSpan, temperature = 1): Float64Array {
    const n = pairFeatures(this.info, a, b, sentence, this.model.vocabSize, this.features);
    return scoreFeatures(this.model, this.features, n, this.probabilities, temperature);
  }

  /** Tokens of a sentence span, or undefined when it holds none. */
  sentenceTokens(sentence: Span): TokenSpan | undefined {
    return tokensOf(this.doc.parse.tokens, sentence);
  }
}

/**
 * Classifies the stance between two spans of a document, whatever tagged them: `p` is the span
 * that comes first in the text. The context is the sentence holding both (from the sentences
 * layer when present), or the whole text. Returns undefined when the spans overlap or hold no token.
 *
 * classifyPair(doc, spanOf('Smith'), spanOf('Jones')).label → 'p-opposes-q' for "Smith condemned Jones."
 */
export function classifyPair(doc: NewsDocument, p: Span, q: Span, classifier = new PairClassifier(doc)): PairStance | undefined {
  const tokens = doc.parse.tokens;
  const a = tokensOf(tokens, p);
  const b = tokensOf(tokens, q);
  if (!a || !b) return undefined;
  const [first, second] = a.first <= b.first ? [a, b] : [b, a];
  if (first.last >= second.first) return undefined;
  const sentence = contextOf(doc, first, second);
  const probs = classifier.scoreTokens(first, second, sentence);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
  const probabilities = Object.fromEntries(STANCE_CLASSES.map((c, i) => [c, probs[i]])) as Record<StanceClass, number>;
  let label = STANCE_CLASSES[best];
  // The caller named p and q; report the class in their order.
  if (a.first > b.first) label = swapDirection(label);
  if (a.first > b.first) {
    const swapped = { ...probabilities };
    for (const c of STANCE_CLASSES) swapped[swapDirection(c)] = probabilities[c];
    return { label, score: probs[best], probabilities: swapped };
  }
  return { label, score: probs[best], probabilities };
}

/** The same class seen from the other side: p-supports-q becomes q-supports-p. */
export function swapDirection(label: StanceClass): StanceClass {
  switch (label) {
    case 'p-supports-q': return 'q-supports-p';
    case 'q-supports-p': return 'p-supports-q';
    case 'p-opposes-q': return 'q-opposes-p';
    case 'q-opposes-p': return 'p-opposes-q';
    default: return label;
  }
}

function contextOf(doc: NewsDocument, a: TokenSpan, b: TokenSpan): TokenSpan {
  const tokens = doc.parse.tokens;
  const sentences = doc.layers.sentences;
  if (sentences && sentences.length > 0) {
    const from = tokens.start[a.first];
    const to = tokens.end[b.last];
    // The first sentence that ends after p starts; use it if it also holds q.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sentences[mid].end <= from) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last + 1 < sentences.length && sentences[last].end < to) last++;
    if (lo < sentences.length) {
      const first = firstTokenEndingAfter(tokens, sentences[lo].start);
      const end = firstTokenEndingAfter(tokens, sentences[last].end) - 1;
      if (first <= a.first && end >= b.last) return { first, last: end };
    }
  }
  return { first: 0, last: tokens.length - 1 };
}
