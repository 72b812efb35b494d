import { ALLOWED, B, canEnd, LABEL_COUNT, O, partOf, U } from './labels.js';

const LC = LABEL_COUNT;
/** Row of the transition table for "before the first token". */
export const START = LC;

/** 1 for labels that may open a sentence (those allowed after O), and for those that may close one. */
const OPENS = Uint8Array.from({ length: LC }, (_, y) => ALLOWED[y]);
const ENDS = Uint8Array.from({ length: LC }, (_, y) => (canEnd(y) ? 1 : 0));
/** 1 for B and U labels: those that start a name. */
const STARTS = Uint8Array.from({ length: LC }, (_, y) => (partOf(y) === B || partOf(y) === U ? 1 : 0));

const labelsWhere = (keep: (y: number) => boolean) => Uint8Array.from({ length: LC }, (_, y) => y).filter(keep);

/**
 * Labels a token may take, by `labelSet`: [may open, not last], [may open, last], [may not open,
 * not last], [may not open, last] for a token after the first, then the same four for the first,
 * which follows an O or the sentence start. Set 0 holds every label.
 */
const LABELS: Uint8Array[] = [
  labelsWhere(() => true),
  labelsWhere((y) => ENDS[y] === 1),
  labelsWhere((y) => STARTS[y] === 0),
  labelsWhere((y) => STARTS[y] === 0 && ENDS[y] === 1),
  labelsWhere((y) => OPENS[y] === 1),
  labelsWhere((y) => OPENS[y] === 1 && ENDS[y] === 1),
  labelsWhere((y) => OPENS[y] === 1 && STARTS[y] === 0),
  labelsWhere((y) => OPENS[y] === 1 && STARTS[y] === 0 && ENDS[y] === 1),
];

/** The set in LABELS of the labels token i of n may take. */
function labelSet(i: number, n: number, mayOpen: boolean): number {
  return (i === 0 ? 4 : 0) + (mayOpen ? 0 : 2) + (i === n - 1 ? 1 : 0);
}

/** The labels token i of n may take: the only ones whose emission scores `viterbi` reads (with no `fixed` labels). */
export function tokenLabels(i: number, n: number, mayOpen: boolean): Uint8Array {
  return LABELS[labelSet(i, n, mayOpen)];
}

// For each label set and label, the labels of the set that may precede it (BILOU constraints),
// ascending and flattened for a tight loop. A token's scores read only the labels the token before
// it may take, the others being impossible there: after a run's first word without a capital that
// is O alone, where every label that BILOU allows before each label had been read.
const PRED_FROM: Int32Array[] = [];
const PREDECESSORS: Int32Array[] = [];
for (const set of LABELS) {
  const from = new Int32Array(LC + 1);
  const preds: number[] = [];
  for (let y = 0; y < LC; y++) {
    from[y] = preds.length;
    for (const prev of set) if (ALLOWED[prev * LC + y]) preds.push(prev);
  }
  from[LC] = preds.length;
  PRED_FROM.push(from);
  PREDECESSORS.push(Int32Array.from(preds));
}

let delta = new Float32Array(64 * LC);
let back = new Uint8Array(64 * LC);

/**
 * Best label sequence for n tokens (first-order Viterbi under BILOU constraints).
 * `emission[i * LC + y]` scores label y at token i; `transition[prev * LC + y]` scores y after prev,
 * with row `startRow` (START unless the tokens continue a sentence after an O) for the first token;
 * `thenO` adds the move into an O that follows the last token. `fixed[i]`, when given and below LC, forces token i's label
 * (training uses it to find the best path consistent with partly known gold labels).
 * A token with `canOpen[i]` 0 starts no name (B and U are not scored for it): names start with a
 * capital letter in all but a few cases ("van der Sar"), and skipping them halves the work.
 * `at` offsets token i to index `at + i` of `canOpen`, `out` and `fixed`, so that a run inside a
 * sentence is decoded in place; a view per run cost the tagger a typed-array object each time.
 */
export function viterbi(
  n: number,
  emission: Float32Array,
  transition: Float32Array,
  canOpen: Uint8Array,
  out: Uint8Array,
  fixed?: Uint8Array,
  startRow = START,
  thenO = false,
  at = 0,
): void {
  if (n === 0) return;
  if (delta.length < n * LC) {
    delta = new Float32Array(n * LC * 2);
    back = new Uint8Array(n * LC * 2);
  }
  const d = delta;
  const bp = back;
  const free = fixed === undefined || fixed[at] >= LC;
  for (let y = 0; y < LC; y++) {
    const ok = OPENS[y] && (n > 1 || ENDS[y]) && (free ? canOpen[at] || !STARTS[y] : fixed[at] === y);
    d[y] = ok ? emission[y] + transition[startRow * LC + y] : -Infinity;
  }
  // The labels the previous token may take; all of them after a fixed one.
  let prevSet = free ? labelSet(0, n, canOpen[at] !== 0) : 0;
  for (let i = 1; i < n; i++) {
    const row = i * LC;
    const prevRow = row - LC;
    const f = fixed === undefined ? LC : fixed[at + i];
    // Only the labels this token may take are scored, and only they are read, by the next token
    // and at the end; a fixed token's set is every label, so its others are made impossible.
    const set = f < LC ? 0 : labelSet(i, n, canOpen[at + i] !== 0);
    const ys = f < LC ? undefined : LABELS[set];
    if (f < LC) d.fill(-Infinity, row, row + LC);
    const predFrom = PRED_FROM[prevSet];
    const preds = PREDECESSORS[prevSet];
    const count = ys ? ys.length : 1;
    for (let c = 0; c < count; c++) {
      const y = ys ? ys[c] : f;
      if (i === n - 1 && !ENDS[y]) continue;
      let best = -Infinity;
      let arg = 0;
      for (let k = predFrom[y], end = predFrom[y + 1]; k < end; k++) {
        const p = preds[k];
        const v = d[prevRow + p] + transition[p * LC + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      d[row + y] = best + emission[row + y];
      bp[row + y] = arg;
    }
    prevSet = set;
  }
  let y = 0;
  let best = -Infinity;
  const lastRow = (n - 1) * LC;
  const lastLabels = LABELS[prevSet];
  for (let c = 0; c < lastLabels.length; c++) {
    const k = lastLabels[c];
    const v = thenO ? d[lastRow + k] + transition[k * LC + O] : d[lastRow + k];
    if (v > best) {
      best = v;
      y = k;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = y;
    y = bp[i * LC + y];
  }
}
