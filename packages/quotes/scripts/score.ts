import type { Entity, Quote, Span } from '@newslens/core';

/** A PolNeAR gold quote, as the dataset's JSONL holds it. */
export interface GoldQuote extends Span {
  text: string;
  speaker: string | null;
  speakerSpan: Span | null;
  kind: 'full' | 'partial';
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
}

/** The span without quotation marks, white space and punctuation at its edges, as PolNeAR scores. */
export function core(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”„‟«»'‘’‚‹›.,;:!?()[\]—–-]/.test(text[start])) start++;
  while (end > start && /[\s"“”„‟«»'‘’‚‹›.,;:!?()[\]—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * PolNeAR's scoring: a predicted quote matches a gold one when their cores overlap by at least half
 * of the longer; each is matched at most once (greedily, largest overlap first). A matched quote's
 * speaker is right when the predicted speaker mention, or a mention of the predicted speaker entity,
 * overlaps the gold speaker span (a gold quote without a speaker counts as wrong).
 */
export function scoreDoc(text: string, gold: readonly GoldQuote[], predicted: readonly Quote[], entities: readonly Entity[], tally: Tally, onPair?: (g: GoldQuote | null, p: Quote | null, speakerRight: boolean) => void): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const g = gold.map((q) => core(text, q));
  const p = predicted.map((q) => core(text, q));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < p.length; j++) {
      const o = overlap(g[i], p[j]);
      const longer = Math.max(g[i].end - g[i].start, p[j].end - p[j].start);
      if (o > 0 && o * 2 >= longer) pairs.push([o, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    tally.matched++;
    const right = speakerRight(gold[i], predicted[j], entities);
    if (right) tally.speakerRight++;
    onPair?.(gold[i], predicted[j], right);
  }
  gold.forEach((q, i) => usedG.has(i) || onPair?.(q, null, false));
  predicted.forEach((q, j) => usedP.has(j) || onPair?.(null, q, false));
}

function speakerRight(gold: GoldQuote, predicted: Quote, entities: readonly Entity[]): boolean {
  const span = gold.speakerSpan;
  if (!span) return false;
  if (predicted.speakerMention && overlap(predicted.speakerMention, span) > 0) return true;
  const entity = predicted.speaker ? entities.find((e) => e.id === predicted.speaker) : undefined;
  return !!entity?.mentions.some((m) => overlap(m, span) > 0);
}

export function figures(t: Tally) {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speakerAccuracy: t.matched ? t.speakerRight / t.matched : 0 };
}
