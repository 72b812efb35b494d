import { createDocument, withLayer, type Entity, type EntityType, type Quote, type Span } from '@newslens/core';
import type { StanceInput } from './infer-stance.js';

/** An entity as a test writes it: its id, type and the exact strings that mention it. */
export interface EntitySketch {
  id: string;
  type?: EntityType;
  mentions: string[];
}

/**
 * Builds a document with hand-made layers: sentences split after ". ", entities at every
 * occurrence of their mention strings, quotes given as [quoted text, speaker id].
 */
export function sketchDocument(
  text: string,
  sketches: EntitySketch[],
  quotes: [string, string | null][] = [],
  givenSentences?: Span[],
): StanceInput {
  const doc = createDocument(text);
  const sentences: Span[] = givenSentences ? [...givenSentences] : [];
  let from = 0;
  for (const m of givenSentences ? [] : text.matchAll(/[.!?]["”]?(?=\s+|$)/g)) {
    const end = m.index + m[0].length;
    sentences.push({ start: from, end });
    from = end;
    while (from < text.length && /\s/.test(text[from])) from++;
  }
  if (!givenSentences && from < text.length) sentences.push({ start: from, end: text.length });
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const entities: Entity[] = sketches.map((e) => ({
    id: e.id,
    name: e.mentions[0],
    type: e.type ?? 'PERSON',
    salience: 0.5,
    mentions: e.mentions.flatMap((m) =>
      [...text.matchAll(new RegExp(`\\b${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((hit) => ({
        start: hit.index,
        end: hit.index + m.length,
        text: m,
        sentence: sentenceAt(hit.index),
      })),
    ),
  }));
  const quoteLayer: Quote[] = quotes.map(([quoted, speaker]) => {
    const start = text.indexOf(quoted);
    if (start < 0) throw new Error(`quote not in text: ${quoted}`);
    return { start, end: start + quoted.length, text: quoted, speaker, speakerMention: null };
  });
  const neutral = { score: 0, label: 'neutral' as const };
  return withLayer(
    withLayer(withLayer(withLayer(doc, 'sentences', sentences), 'entities', entities), 'quotes', quoteLayer),
    'sentiment',
    { sentences: sentences.map(() => neutral), document: neutral, entities: {} },
  );
}
