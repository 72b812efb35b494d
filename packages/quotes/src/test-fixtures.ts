import { createDocument, withLayer, type Entity, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { findQuotes } from './find-quotes.js';

/** An entity for a hand-made layer: every occurrence of each of its names becomes a mention. */
export interface EntitySpec {
  type: EntityType;
  names: string[];
}

/** A document with real sentences and a hand-made entity layer (ids e1, e2, ... in spec order). */
export function docOf(text: string, specs: EntitySpec[] = []): NewsDocument<'sentences' | 'entities'> {
  const parsed = createDocument(text);
  const withSentences = withLayer(parsed, 'sentences', segment(parsed));
  const entities: Entity[] = specs.map((spec, i) => ({
    id: `e${i + 1}`,
    name: spec.names[0],
    type: spec.type,
    salience: 0,
    mentions: spec.names.flatMap((name) => occurrences(text, name)).map((start) => {
      const end = start + specName(text, start, spec.names).length;
      return { start, end, text: text.slice(start, end), sentence: 0 };
    }),
  }));
  return withLayer(withSentences, 'entities', entities);
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

function specName(text: string, start: number, names: string[]): string {
  return names.filter((n) => text.startsWith(n, start)).sort((a, b) => b.length - a.length)[0];
}

/** The quotes of a text as [quote, speaker entity id, speaker mention] triples. */
export function quotesOf(text: string, specs: EntitySpec[] = []): [string, string | null, string | null][] {
  return findQuotes(docOf(text, specs)).map((q) => [q.text, q.speaker, q.speakerMention?.text ?? null]);
}
