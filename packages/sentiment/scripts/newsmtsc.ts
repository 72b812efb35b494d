import { createDocument } from '@newslens/core';
import { readJsonl } from '@newslens/evaluation/node';
import { BUCKETS, DENSE, clusterKey, targetFeatures, wordKey } from '../src/features.js';
import { tokensOf } from '../src/locate.js';
import { tokenSignals } from '../src/signals.js';
import { contextOf } from '../src/target-sentiment.js';

export const CLASSES = ['negative', 'neutral', 'positive'] as const;

export interface Record_ {
  id: string;
  set?: string;
  text: string;
  targets: { start: number; end: number; text: string; polarity: string }[];
}

/** One target's features as strings, before a vocabulary turns them into indices. */
export interface RawExample {
  /** Word features and their summed values. */
  words: Map<string, number>;
  dense: Map<number, number>;
  label: number;
  /** Index of the sentence, so cross-validation folds never split one sentence. */
  group: number;
  text: string;
  weight: number;
  /** True when the sentence has more than one target, as every sentence of the "mt" test set has. */
  multi: boolean;
}

export function readNewsMtsc(path: string): Record_[] {
  return readJsonl<Record_>(path);
}

/** Parses each sentence once and extracts every target's features exactly as inference does. */
export function rawExamples(records: readonly Record_[]): RawExample[] {
  const out: RawExample[] = [];
  records.forEach((r, group) => {
    const doc = createDocument(r.text);
    const s = tokenSignals(doc.parse);
    for (const t of r.targets) {
      const span = tokensOf(doc.parse, s, t);
      if (span.first > span.last) continue;
      const ctx = contextOf(doc, span);
      const words = new Map<string, number>();
      const dense = new Map<number, number>();
      const add = (f: string, v: number) => words.set(f, (words.get(f) ?? 0) + v);
      targetFeatures(doc.parse, s, ctx.first, ctx.last, span.first, span.last, {
        word: (b, i, v) => add(`${BUCKETS[b]}|${wordKey(doc.parse, s.flags, i)}`, v),
        cluster: (b, i, v) => {
          const key = clusterKey(doc.parse, s.flags, i);
          if (key !== undefined) add(`${BUCKETS[b]}|${key}`, v);
        },
        dense: (i, v) => dense.set(i, (dense.get(i) ?? 0) + v),
      });
      out.push({ words, dense, label: CLASSES.indexOf(t.polarity as (typeof CLASSES)[number]), group, text: r.text, weight: 1, multi: r.targets.length > 1 });
    }
  });
  return out;
}

export const DENSE_COUNT = DENSE.length;
