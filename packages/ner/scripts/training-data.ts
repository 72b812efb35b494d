// Reads CoNLL-2003 and GUM documents into tagging sequences with gold BILOU labels, parsing each
// text with wink exactly as inference does, so features match.
import { createDocument, type Span } from '@newslens/core';
import { readJsonl } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { prepareSequence, type Sequence, type WordCache } from '../src/tagger/features.js';
import { GAZ_DEMONYM } from '../src/tagger/gazetteer-match.js';
import { B, I, L, label, O, partOf, U, CONLL_TYPES } from '../src/tagger/labels.js';
import { taggingTokens } from '../src/tagger/token-view.js';

export interface Example {
  id: string;
  seq: Sequence;
  gold: Uint8Array;
  /**
   * 1 where the gold label is known; 0 where it is unknown (the perceptron aims at whatever label
   * fits best there); 2 where it is only known not to be a person, organisation or place.
   */
  learn: Uint8Array;
  /** Gold entities as character spans with CoNLL types, for scoring. */
  entities: { start: number; end: number; type: string }[];
}

const NOT_PER_ORG_LOC = -3;

interface GoldSpan extends Span {
  /** CoNLL type index; -1 for "unknown: do not learn from these tokens"; -3 for "neither PER, ORG nor LOC". */
  type: number;
}

function example(id: string, text: string, spans: GoldSpan[], cache: WordCache): Example & { misaligned: number } {
  const doc = createDocument(text);
  // Sentences as the segmenter finds them, as at inference (the corpora's own sentence breaks,
  // CoNLL's one line a sentence, scored half a point lower on held-out data).
  const tokens = taggingTokens(doc.parse.tokens, segment(doc));
  const seq = prepareSequence(tokens, cache);
  const n = tokens.length;
  const gold = new Uint8Array(n);
  const learn = new Uint8Array(n).fill(1);
  let misaligned = 0;
  let t = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (t < n && tokens.end[t] <= span.start) t++;
    let last = t;
    while (last + 1 < n && tokens.start[last + 1] < span.end) last++;
    if (t >= n) break;
    if (tokens.start[t] !== span.start || tokens.end[last] !== span.end) misaligned++;
    for (let k = t; k <= last; k++) {
      if (span.type < 0) {
        learn[k] = span.type === NOT_PER_ORG_LOC ? 2 : 0;
        continue;
      }
      gold[k] = label(t === last ? U : k === t ? B : k === last ? L : I, span.type);
    }
  }
  const entities = spans.filter((s) => s.type >= 0).map((s) => ({ start: s.start, end: s.end, type: CONLL_TYPES[s.type] }));
  return { id, seq, gold, learn, entities, misaligned };
}

interface ConllDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

export function conllExamples(path: string, cache: WordCache): Example[] {
  let misaligned = 0;
  const out = readJsonl<ConllDoc>(path).map((d) => {
    const spans = d.entities.map((e) => ({ start: e.start, end: e.end, type: CONLL_TYPES.indexOf(e.type as (typeof CONLL_TYPES)[number]) }));
    const ex = example(d.id, d.text, spans, cache);
    misaligned += ex.misaligned;
    return ex;
  });
  console.log(`${path}: ${out.length} documents, ${misaligned} entities not on token boundaries`);
  return out;
}

interface GumDoc {
  id: string;
  text: string;
  sentences: Span[];
  entities: { start: number; end: number; type: string; nested: boolean }[];
}

/**
 * GUM's types in CoNLL's. GUM's abstract, object and substance names (titles of films and books,
 * software, websites, disciplines, brands) are no person, organisation or place, but CoNLL's MISC
 * takes only some of them: the perceptron learns that they are none of the three, and whether
 * they are MISC or O is left to what fits best. Animals and plants are unknown.
 */
const GUM_TO_CONLL: Record<string, number> = {
  person: 0, organization: 1, place: 2, event: 3, time: -2,
  abstract: NOT_PER_ORG_LOC, object: NOT_PER_ORG_LOC, substance: NOT_PER_ORG_LOC,
};

export function gumExamples(path: string, cache: WordCache): Example[] {
  return readJsonl<GumDoc>(path).map((d) => {
    const spans: GoldSpan[] = [];
    for (const e of d.entities) {
      if (e.nested) continue;
      const type = GUM_TO_CONLL[e.type] ?? -1;
      if (type === -2) continue;
      spans.push({ start: e.start, end: e.end, type });
    }
    const ex = example(d.id, d.text, spans, cache);
    // GUM leaves nationality adjectives unannotated, and calls plural ones ("Americans") persons,
    // where CoNLL tags both MISC: learn nothing from a lone demonym in GUM.
    for (let i = 0; i < ex.gold.length; i++) {
      if ((ex.gold[i] === O || partOf(ex.gold[i]) === U) && ex.seq.gaz[i] & (1 << (GAZ_DEMONYM * 4 + 3))) ex.learn[i] = 0;
    }
    return ex;
  });
}
