import { requireLayers, withLayer, type NewsDocument } from './document.js';
import type { LayerName, Layers } from './layers.js';

/**
 * A pipeline stage: a pure function from a document holding the layers it `requires` to the one
 * layer it `provides`. Declaring both lets a pipeline check the order instead of remembering it.
 */
export interface Stage<R extends LayerName, P extends LayerName> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly provides: P;
  run(doc: NewsDocument<R>): Layers[P];
}

/** Runs a stage after checking its requirements, and returns the document with its layer added. */
export function applyStage<L extends LayerName, R extends L, P extends LayerName>(
  doc: NewsDocument<L>,
  stage: Stage<R, P>,
): NewsDocument<L | P> {
  requireLayers(doc, stage.name, stage.requires);
  return withLayer(doc, stage.provides, stage.run(doc));
}
