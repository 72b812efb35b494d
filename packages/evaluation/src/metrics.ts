/** Precision, recall and F1 from counts; each is 0 when its denominator is 0. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** A typed character span, as gold and predicted entities are compared. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * conlleval semantics: a predicted entity is correct only when its start, end and type all match a
 * gold entity. Returns micro-averaged scores and one row per type (types of gold and predictions).
 */
export function spanF1(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): { overall: PRF; byType: Record<string, PRF> } {
  const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const types = new Set([...gold, ...predicted].map((s) => s.type));
  const byType: Record<string, PRF> = {};
  let tp = 0;
  for (const type of [...types].sort()) {
    const g = gold.filter((s) => s.type === type).map(key);
    const p = predicted.filter((s) => s.type === type).map(key);
    const hits = p.filter((k) => goldKeys.has(k)).length;
    byType[type] = prf(hits, new Set(p).size - hits, new Set(g).size - hits);
    tp += hits;
  }
  return { overall: prf(tp, predKeys.size - tp, goldKeys.size - tp), byType };
}

/**
 * Boundary scoring: a predicted boundary offset is a hit when it equals a gold one. Offsets in
 * `neutral` (boundaries a conventional segmenter need not find) count neither as hits nor as misses.
 */
export function boundaryF1(gold: Iterable<number>, predicted: Iterable<number>, neutral: Iterable<number> = []): PRF {
  const goldSet = new Set(gold);
  const predSet = new Set(predicted);
  const neutralSet = new Set(neutral);
  let tp = 0;
  let fp = 0;
  for (const p of predSet) {
    if (goldSet.has(p)) tp++;
    else if (!neutralSet.has(p)) fp++;
  }
  return prf(tp, fp, goldSet.size - tp);
}

/** Macro-F1 and accuracy over class labels; `labels` fixes which classes are averaged. */
export function macroF1(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[] = [...new Set(gold)].sort(),
): { macroF1: number; accuracy: number; byClass: Record<string, PRF> } {
  if (gold.length !== predicted.length) throw new Error('gold and predicted labels differ in length');
  const byClass: Record<string, PRF> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    byClass[label] = prf(tp, fp, fn);
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  const f1s = labels.map((l) => byClass[l].f1);
  return {
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    byClass,
  };
}

/** Pearson correlation; 0 when either series is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** The Golden Rules criterion: the same strings in the same order, each trimmed. */
export function exactListMatch(expected: readonly string[], actual: readonly string[]): boolean {
  return expected.length === actual.length && expected.every((e, i) => e.trim() === actual[i].trim());
}
