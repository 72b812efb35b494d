import { ALLOWED, B, canEnd, LABEL_COUNT, O, partOf, U } from './labels.js';

const LC = LABEL_COUNT;
/** Row of the transition table for "before the first token". */
export const START = LC;

// For each label, the labels that may precede it (BILOU constraints), flattened for a tight loop.
const PRED_FROM = new Int32Array(LC + 1);
const PRED: number[] = [];
for (let y = 0; y < LC; y++) {
  PRED_FROM[y] = PRED.length;
  for (let prev = 0; prev < LC; prev++) if (ALLOWED[prev * LC + y]) PRED.push(prev);
}
PRED_FROM[LC] = PRED.length;
const PREDECESSORS = Int32Array.from(PRED);
/** 1 for labels that may open a sentence (those allowed after O), and for those that may close one. */
const OPENS = Uint8Array.from({ length: LC }, (_, y) => ALLOWED[y]);
const ENDS = Uint8Array.from({ length: LC }, (_, y) => (canEnd(y) ? 1 : 0));
/** 1 for B and U labels: those that start a name. */
const STARTS = Uint8Array.from({ length: LC }, (_, y) => (partOf(y) === B || partOf(y) === U ? 1 : 0));

/** Labels a token may take: [may open, not last], [may open, last], [may not open, not last], [may not open, last]. */
const LABELS: Uint8Array[] = [
  Uint8Array.from({ length: LC }, (_, y) => y),
  Uint8Array.from({ length: LC }, (_, y) => y).filter((y) => ENDS[y]),
  Uint8Array.from({ length: LC }, (_, y) => y).filter((y) => !STARTS[y]),
  Uint8Array.from({ length: LC }, (_, y) => y).filter((y) => !STARTS[y] && ENDS[y]),
];

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
  for (let y = 0; y < LC; y++) {
    const free = fixed === undefined || fixed[at] >= LC;
    const ok = OPENS[y] && (n > 1 || ENDS[y]) && (free ? canOpen[at] || !STARTS[y] : fixed[at] === y);
    d[y] = ok ? emission[y] + transition[startRow * LC + y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const row = i * LC;
    const prevRow = row - LC;
    const f = fixed === undefined ? LC : fixed[at + i];
    // Only the labels this token may take are scored; the others stay impossible.
    const ys = f < LC ? undefined : LABELS[(canOpen[at + i] ? 0 : 2) + (i === n - 1 ? 1 : 0)];
    d.fill(-Infinity, row, row + LC);
    const count = ys ? ys.length : 1;
    for (let c = 0; c < count; c++) {
      const y = ys ? ys[c] : f;
      if (i === n - 1 && !ENDS[y]) continue;
      let best = -Infinity;
      let arg = 0;
      for (let k = PRED_FROM[y], end = PRED_FROM[y + 1]; k < end; k++) {
        const p = PREDECESSORS[k];
        const v = d[prevRow + p] + transition[p * LC + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      d[row + y] = best + emission[row + y];
      bp[row + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  const lastRow = (n - 1) * LC;
  for (let k = 0; k < LC; k++) {
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
