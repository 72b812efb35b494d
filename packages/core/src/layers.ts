import type { Span, TextSpan } from './span.js';

/** OntoNotes entity types, the names spaCy and CoreNLP users know. */
export const ENTITY_TYPES = [
  'PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'LANGUAGE',
  'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The types that name something, as opposed to values (dates, amounts, numbers). */
export const NAME_TYPES: ReadonlySet<EntityType> = new Set([
  'PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'LANGUAGE',
]);

/** A sentence: a span that excludes the white space around it. */
export type Sentence = Span;

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** A sentiment score in -1..1 with its label. */
export interface Sentiment {
  score: number;
  label: SentimentLabel;
}

/** One place where the text names an entity; `sentence` indexes the sentences layer. */
export interface Mention extends TextSpan {
  sentence: number;
}

/** An entity: all the mentions that name one thing, under its fullest name. */
export interface Entity {
  /** Stable within one report: "e1", "e2", ... in order of first mention. */
  id: string;
  /** The fullest proper name the article uses ("Maria Chen", not "Chen"). */
  name: string;
  type: EntityType;
  /** How central the entity is to the article, 0..1. */
  salience: number;
  mentions: Mention[];
}

/** Sentence-level and document-level sentiment. */
export interface SentimentLayer {
  sentences: Sentiment[];
  document: Sentiment;
  /** Entity id → how the article speaks of it. */
  entities: Record<string, Sentiment>;
}

/** A direct quotation, its marks included, and who said it where the text says so. */
export interface Quote extends TextSpan {
  /** Entity id of the speaker, when the speaker is a tagged entity. */
  speaker: string | null;
  /** Where the text names the speaker ("a senior administration official"), or null. */
  speakerMention: TextSpan | null;
}

export type StancePolarity = 'support' | 'oppose';

/** One aggregated relation: `source` supports or opposes `target` across the article. */
export interface StanceRelation {
  source: string;
  target: string;
  polarity: StancePolarity;
  /** Strength in 0..1. */
  score: number;
  /** Indices of the sentences that show the relation. */
  evidence: number[];
}

/** Every layer a stage can add to a document. */
export interface Layers {
  sentences: Sentence[];
  entities: Entity[];
  sentiment: SentimentLayer;
  quotes: Quote[];
  stance: StanceRelation[];
}

export type LayerName = keyof Layers;
