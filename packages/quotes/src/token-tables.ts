import { NAME_TYPES, type Entity, type NewsDocument } from '@newslens/core';

// Per-token tables built once per document, so every cue search reads integers, not objects.

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAtOrAfter(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each token, the index of the named entity a mention of which covers it, or -1. */
export function entityPerToken(doc: NewsDocument<'entities'>, entities: readonly Entity[]): Int32Array {
  const { start, end } = doc.parse.tokens;
  const out = new Int32Array(start.length).fill(-1);
  for (let e = 0; e < entities.length; e++) {
    if (!NAME_TYPES.has(entities[e].type)) continue;
    for (const m of entities[e].mentions) {
      // One binary search per mention: its first token, and the token before for a mention that starts inside one.
      const first = tokenAtOrAfter(start, m.start);
      for (let t = first; t < start.length && start[t] < m.end; t++) out[t] = e;
      if (first > 0 && end[first - 1] > m.start) out[first - 1] = e;
    }
  }
  return out;
}

/** For each token, the first token of its sentence (the sentences layer), so clauses stop there. */
export function sentenceStartPerToken(doc: NewsDocument<'sentences'>): Int32Array {
  const { start, length } = doc.parse.tokens;
  const sentences = doc.layers.sentences;
  const out = new Int32Array(length);
  let s = -1;
  let first = 0;
  for (let t = 0; t < length; t++) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= start[t]) {
      s++;
      first = t;
    }
    out[t] = first;
  }
  return out;
}

/** For each token, its paragraph number: paragraphs are separated by line breaks. */
export function paragraphPerToken(doc: NewsDocument): Int32Array {
  const { value, pos, length } = doc.parse.tokens;
  const out = new Int32Array(length);
  let p = 0;
  for (let t = 0; t < length; t++) {
    if (pos[t] === 'SPACE' && value[t].includes('\n')) p++;
    out[t] = p;
  }
  return out;
}
