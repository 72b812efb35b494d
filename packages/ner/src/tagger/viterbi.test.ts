import { describe, expect, it } from 'vitest';
import { B, L, label, LABEL_COUNT, O, U } from './labels.js';
import { START, tokenLabels, viterbi } from './viterbi.js';

const LC = LABEL_COUNT;
const PER = 0;

function decode(emissionRows: number[][], canOpen = emissionRows.map(() => 1)): number[] {
  const n = emissionRows.length;
  const emission = new Float32Array(n * LC);
  emissionRows.forEach((row, i) => row.forEach((v, y) => (emission[i * LC + y] = v)));
  const out = new Uint8Array(n);
  viterbi(n, emission, new Float32Array((LC + 1) * LC), Uint8Array.from(canOpen), out);
  return [...out];
}

/** A row scoring one label high and everything else 0. */
const prefer = (y: number, score = 5) => Array.from({ length: LC }, (_, k) => (k === y ? score : 0));

describe('viterbi', () => {
  it('never leaves a name open: B must be followed by L, even when L scores low', () => {
    // Token 0 strongly prefers B-PER; token 1 prefers O. The best valid path is U-PER O or B-PER L-PER.
    const path = decode([prefer(label(B, PER), 10), prefer(O, 3)]);
    expect([[label(U, PER), O], [label(B, PER), label(L, PER)], [O, O]]).toContainEqual(path);
  });

  it('does not end a sentence inside a name', () => {
    const path = decode([prefer(label(B, PER))]);
    expect(path[0]).not.toBe(label(B, PER));
  });

  it('starts no name on a token that may not open one', () => {
    expect(decode([prefer(label(U, PER))], [0])).toEqual([O]);
  });

  it('uses the START row for the first token', () => {
    const emission = new Float32Array(LC);
    const transition = new Float32Array((LC + 1) * LC);
    transition[START * LC + label(U, PER)] = 1;
    const out = new Uint8Array(1);
    viterbi(1, emission, transition, Uint8Array.of(1), out);
    expect(out[0]).toBe(label(U, PER));
  });

  it('decodes a run at an offset in place, as it decodes the run alone, and writes nothing else', () => {
    const rows = [prefer(label(B, PER)), prefer(label(L, PER)), prefer(O), prefer(label(U, PER), 2)];
    const alone = decode(rows, [1, 0, 0, 1]);
    const n = rows.length;
    const at = 3;
    const emission = new Float32Array(n * LC);
    rows.forEach((row, i) => row.forEach((v, y) => (emission[i * LC + y] = v)));
    const canOpen = Uint8Array.from([0, 0, 0, 1, 0, 0, 1, 0]);
    const out = new Uint8Array(8).fill(99);
    viterbi(n, emission, new Float32Array((LC + 1) * LC), canOpen, out, undefined, START, false, at);
    expect([...out]).toEqual([99, 99, 99, ...alone, 99]);
  });

  it('reads only the emission scores of the labels tokenLabels gives each token', () => {
    const rows = [prefer(O, 1), prefer(label(B, PER)), prefer(label(L, PER)), prefer(O, 2), prefer(label(U, PER), 3)];
    const canOpen = [0, 1, 1, 0, 1];
    const n = rows.length;
    const emission = new Float32Array(n * LC).fill(NaN);
    rows.forEach((row, i) => tokenLabels(i, n, canOpen[i] === 1).forEach((y) => (emission[i * LC + y] = row[y])));
    const out = new Uint8Array(n);
    viterbi(n, emission, new Float32Array((LC + 1) * LC), Uint8Array.from(canOpen), out);
    expect([...out]).toEqual(decode(rows, canOpen));
  });
});
