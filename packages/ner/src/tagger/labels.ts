/**
 * The tagger's label set: BILOU over the four CoNLL-2003 types. O is 0; type t has
 * B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
 */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

export const LABEL_COUNT = 1 + 4 * CONLL_TYPES.length;
export const O = 0;
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

/** Label id of a BILOU part (B, I, L, U) of type index t. */
export function label(part: number, t: number): number {
  return part + 4 * t;
}

/** The BILOU part of a label (0 for O). */
export function partOf(y: number): number {
  return y === O ? O : ((y - 1) % 4) + 1;
}

/** The type index of a label, -1 for O. */
export function typeOf(y: number): number {
  return y === O ? -1 : (y - 1) >> 2;
}

/** allowed[prev * LABEL_COUNT + y] is 1 when y may follow prev; row LABEL_COUNT * LABEL_COUNT.. is "sentence start". */
function buildTransitions(): Uint8Array {
  const allowed = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  for (let prev = 0; prev < LABEL_COUNT; prev++) {
    for (let y = 0; y < LABEL_COUNT; y++) {
      const open = partOf(prev) === B || partOf(prev) === I;
      const ok = open
        ? typeOf(y) === typeOf(prev) && (partOf(y) === I || partOf(y) === L)
        : partOf(y) === O || partOf(y) === B || partOf(y) === U;
      allowed[prev * LABEL_COUNT + y] = ok ? 1 : 0;
    }
  }
  return allowed;
}
export const ALLOWED = buildTransitions();

/** True when y may end a sentence (no entity left open). */
export function canEnd(y: number): boolean {
  const p = partOf(y);
  return p !== B && p !== I;
}

/** Names of the labels, for the weights file: "O", "B-PER", ... */
export const LABEL_NAMES: readonly string[] = [
  'O',
  ...CONLL_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
