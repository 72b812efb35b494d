import type { Entity, NewsDocument, Quote, Sentiment, Span, StanceRelation } from '@newslens/core';

/** Bumped whenever a field changes meaning or is removed; adding a field keeps the version. */
export const SCHEMA_VERSION = 1;

export interface ReportSentence extends Span {
  sentiment: Sentiment;
}

export interface ReportEntity extends Entity {
  sentiment: Sentiment;
}

/** Where the text came from, when the pipeline read it from a file. */
export interface ReportInput {
  path?: string;
  /** Length of the text in UTF-16 code units. */
  chars: number;
  /** SHA-256 of the input bytes, hex. */
  sha256?: string;
}

/** Something the reader should know about the input: it is not English, it looks like HTML, ... */
export interface ReportWarning {
  code: string;
  message: string;
}

/** The JSON report, schemaVersion 1. Every span is UTF-16 offsets into `text`, end exclusive. */
export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  text: string;
  input?: ReportInput;
  warnings: ReportWarning[];
  sentences: ReportSentence[];
  entities: ReportEntity[];
  quotes: Quote[];
  stance: StanceRelation[];
  sentiment: Sentiment;
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}

export type AnalysedDocument = NewsDocument<'sentences' | 'entities' | 'sentiment' | 'quotes' | 'stance'>;

export interface ReportMeta {
  input?: ReportInput;
  warnings?: ReportWarning[];
  timings?: Record<string, number>;
}

const NEUTRAL: Sentiment = { score: 0, label: 'neutral' };

/** Gathers a fully analysed document's layers into the schemaVersion 1 report. */
export function buildReport(doc: AnalysedDocument, meta: ReportMeta = {}): Report {
  const { sentences, entities, sentiment, quotes, stance } = doc.layers;
  return {
    schemaVersion: SCHEMA_VERSION,
    text: doc.text,
    ...(meta.input ? { input: meta.input } : {}),
    warnings: meta.warnings ?? [],
    sentences: sentences.map((s, i) => ({ start: s.start, end: s.end, sentiment: sentiment.sentences[i] ?? NEUTRAL })),
    entities: entities.map((e) => ({ ...e, sentiment: sentiment.entities[e.id] ?? NEUTRAL })),
    quotes,
    stance,
    sentiment: sentiment.document,
    timings: meta.timings ?? {},
  };
}
