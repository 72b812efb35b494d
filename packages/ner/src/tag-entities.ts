import type { Entity, NewsDocument, Stage } from '@newslens/core';
import { entitiesFromNames } from './entities/entities-from-names.js';
import { tagNames } from './tagger/index.js';

/**
 * Finds the entities a document names, each with all of its mentions, its fullest name and its
 * salience: `tagEntities(doc)[0]` → `{ id: "e1", name: "Maria Chen", type: "PERSON", ... }`.
 * Names come from the tagger, values (dates, amounts, numbers) from wink's parse; an entity-level
 * classifier retypes (or drops) a name entity when it is confident the tagger's type is wrong.
 */
export function tagEntities(doc: NewsDocument<'sentences'>): Entity[] {
  return entitiesFromNames(doc, tagNames(doc), true);
}

/** The tagger as a pipeline stage. */
export const nerStage: Stage<'sentences', 'entities'> = {
  name: 'ner',
  requires: ['sentences'],
  provides: 'entities',
  run: (doc) => tagEntities(doc),
};
