import type { Entity, NewsDocument } from '@newslens/core';
import type { NameSpan } from '../tagger/index.js';
import { clusterMentions } from './cluster.js';
import { dropCommonWords } from './common-words.js';
import { collectMentions } from './mentions.js';
import { mentionRoles } from './roles.js';
import { salience } from './salience.js';

/**
 * The entity layer built from given name spans plus wink's values: mentions, clusters, canonical
 * names, salience. tagEntities feeds it the tagger's names; tests and other taggers feed their own.
 */
export function entitiesFromNames(doc: NewsDocument<'sentences'>, names: readonly NameSpan[]): Entity[] {
  // Every mention must index a sentence: with no sentences there is nothing to point at.
  if (doc.layers.sentences.length === 0) return [];
  const mentions = collectMentions(doc, names);
  if (mentions.length === 0) return [];
  const clusters = dropCommonWords(doc, clusterMentions(mentions), mentions);
  const roles = mentionRoles(doc, mentions);
  const scores = salience(clusters, mentions, roles, doc.layers.sentences.length);
  return clusters.map((c, k) => ({
    id: `e${k + 1}`,
    name: c.name,
    type: c.type,
    salience: scores[k],
    mentions: c.members.map((i) => {
      const m = mentions[i];
      return { start: m.start, end: m.end, text: m.text, sentence: m.sentence };
    }),
  }));
}
