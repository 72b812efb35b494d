import { findSpanIndex, type Entity, type NewsDocument, type Stage } from '@newslens/core';
import { WINK_TO_ONTONOTES } from './wink-types.js';

/**
 * Finds the entities a document names, each with all of its mentions.
 * Value types (dates, money, numbers) come from wink's parse, mapped to OntoNotes.
 */
export function tagEntities(doc: NewsDocument<'sentences'>): Entity[] {
  const { text } = doc;
  const sentences = doc.layers.sentences;
  const entities: Entity[] = [];
  for (const w of doc.parse.winkEntities) {
    const type = WINK_TO_ONTONOTES[w.type];
    if (!type) continue;
    const mentionText = text.slice(w.start, w.end);
    entities.push({
      id: `e${entities.length + 1}`,
      name: mentionText,
      type,
      salience: 0,
      mentions: [{ start: w.start, end: w.end, text: mentionText, sentence: findSpanIndex(sentences, w.start) }],
    });
  }
  return entities;
}

/** The tagger as a pipeline stage. */
export const nerStage: Stage<'sentences', 'entities'> = {
  name: 'ner',
  requires: ['sentences'],
  provides: 'entities',
  run: (doc) => tagEntities(doc),
};
