import { createDocument, withLayer, type EntityType } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';
import { useTypeModel } from './type-classifier.js';

/**
 * Name entities as "TYPE name" when the tagger finds exactly `names`, retyped as tagEntities does
 * but without the trained type classifier, so that the rules alone decide.
 */
export function retypedNames(text: string, names: Record<string, EntityType>): string[] {
  const parsed = createDocument(text);
  const doc = withLayer(parsed, 'sentences', segment(parsed));
  useTypeModel(null);
  try {
    return entitiesFromNames(doc, nameSpansOf(text, names), true)
      .filter((e) => Object.keys(names).includes(e.name))
      .map((e) => `${e.type} ${e.name}`);
  } finally {
    useTypeModel(undefined);
  }
}
