import { applyStage, createDocument, type Entity, type EntityType, type NewsDocument, type Stage } from '@newslens/core';
import { sentimentStage } from './score-sentiment.js';

/** Test fixture: sentences split after each full stop, so tests do not depend on the segmenter. */
export const periodSentences: Stage<never, 'sentences'> = {
  name: 'test-sentences',
  requires: [],
  provides: 'sentences',
  run: (doc) => [...doc.text.matchAll(/[^.\s][^.]*\.?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
};

/** Test fixture: a hand-made entity layer, one entity per name (of one type), every occurrence a mention. */
export function handEntities(names: readonly string[], type: EntityType = 'GPE'): Stage<'sentences', 'entities'> {
  return {
    name: 'test-entities',
    requires: ['sentences'],
    provides: 'entities',
    run: (doc) =>
      names.map((name, k): Entity => ({
        id: `e${k + 1}`,
        name,
        type,
        salience: 0.5,
        mentions: [...doc.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
          start: m.index,
          end: m.index + name.length,
          text: name,
          sentence: doc.layers.sentences.findIndex((s) => s.start <= m.index && m.index < s.end),
        })),
      })),
  };
}

/** Runs the sentiment stage over a text with the fixture sentences and entities. */
export function analyse(text: string, names: readonly string[] = [], type: EntityType = 'GPE'): NewsDocument<'sentences' | 'entities' | 'sentiment'> {
  const withSentences = applyStage(createDocument(text), periodSentences);
  return applyStage(applyStage(withSentences, handEntities(names, type)), sentimentStage);
}
