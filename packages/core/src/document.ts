import { LayerMissingError } from './errors.js';
import type { LayerName, Layers } from './layers.js';
import { parseText, type Parse } from './parse.js';

/**
 * The document every stage reads: the original text, never altered, the one wink parse of it,
 * and the layers added so far. Documents are immutable; adding a layer makes a new one.
 */
export interface NewsDocument<L extends LayerName = never> {
  readonly text: string;
  readonly parse: Parse;
  readonly layers: Readonly<Pick<Layers, L>> & Readonly<Partial<Layers>>;
}

/** Parses a text once and wraps it as a document with no layers. */
export function createDocument(text: string): NewsDocument {
  return { text, parse: parseText(text), layers: {} };
}

/** Returns a new document with one more layer. */
export function withLayer<L extends LayerName, N extends LayerName>(
  doc: NewsDocument<L>,
  name: N,
  layer: Layers[N],
): NewsDocument<L | N> {
  return { text: doc.text, parse: doc.parse, layers: { ...doc.layers, [name]: layer } as NewsDocument<L | N>['layers'] };
}

/** Throws a LayerMissingError unless the document has every named layer. */
export function requireLayers<L extends LayerName, R extends LayerName>(
  doc: NewsDocument<L>,
  stage: string,
  required: readonly R[],
): asserts doc is NewsDocument<L | R> {
  for (const name of required) {
    if (doc.layers[name] === undefined) throw new LayerMissingError(stage, name);
  }
}
