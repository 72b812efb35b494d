import type { Entity, NewsDocument } from '@newslens/core';
import type { NameSpan } from '../tagger/index.js';
import { clusterMentions } from './cluster.js';
import { dropCommonWords } from './common-words.js';
import { collectMentions } from './mentions.js';
import { mentionRoles } from './roles.js';
import { salience } from './salience.js';
import { retypeClusters } from './type-classifier.js';
import { organisationsByApposition } from './appositions.js';
import { groupsByPlural } from './group-plurals.js';
import type { Candidate } from './candidate.js';
import type { Cluster } from './cluster.js';
import { headlineEnd } from '../tagger/headline.js';

/** Mentions and their clusters before the type classifier (scripts train it on these). */
export function clustersFromNames(doc: NewsDocument<'sentences'>, names: readonly NameSpan[]): { mentions: Candidate[]; clusters: Cluster[] } {
  if (doc.layers.sentences.length === 0) return { mentions: [], clusters: [] };
  const mentions = collectMentions(doc, names);
  if (mentions.length === 0) return { mentions, clusters: [] };
  return { mentions, clusters: dropCommonWords(doc, clusterMentions(mentions, headlineEnd(doc)), mentions) };
}

/**
 * The entity layer built from given name spans plus wink's values: mentions, clusters, canonical
 * names, salience. tagEntities feeds it the tagger's names; tests and other taggers feed their own.
 * With `retype`, the entity type classifier (trained on the tagger's output; see type-classifier.ts)
 * may change or drop a name entity; tagEntities asks for it, given names are kept as given.
 */
export function entitiesFromNames(doc: NewsDocument<'sentences'>, names: readonly NameSpan[], retype = false): Entity[] {
  // Every mention must index a sentence: with no sentences there is nothing to point at.
  const built = clustersFromNames(doc, names);
  const { mentions } = built;
  if (mentions.length === 0) return [];
  const roles = mentionRoles(doc, mentions);
  const clusters = retype
    ? groupsByPlural(doc, organisationsByApposition(doc, retypeClusters(doc, built.clusters, mentions, roles), mentions), mentions)
    : built.clusters;
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
