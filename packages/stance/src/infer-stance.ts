import type { NewsDocument, Stage, StanceRelation } from '@newslens/core';

/** The layers stance inference reads. */
export type StanceInput = NewsDocument<'sentences' | 'entities' | 'sentiment' | 'quotes'>;

/**
 * Infers who supports or opposes whom, one relation per ordered pair and polarity.
 * Not implemented yet: returns no relations.
 */
export function inferStance(_doc: StanceInput): StanceRelation[] {
  return [];
}

/** Stance inference as a pipeline stage. */
export const stanceStage: Stage<'sentences' | 'entities' | 'sentiment' | 'quotes', 'stance'> = {
  name: 'stance',
  requires: ['sentences', 'entities', 'sentiment', 'quotes'],
  provides: 'stance',
  run: (doc) => inferStance(doc),
};
