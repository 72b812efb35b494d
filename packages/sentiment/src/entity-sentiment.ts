import { NAME_TYPES, type Entity, type Mention, type NewsDocument, type Sentiment } from '@newslens/core';
import { toSentiment, type LabelThresholds } from './label.js';
import { tokensOf, type TokenSpan } from './locate.js';
import { targetModel } from './model.js';
import { pronounMentions } from './pronouns.js';
import { NOUN_FLAG, PRON_FLAG, PROPN_FLAG, SKIP_FLAG, VERB_FLAG, tokenSignals, type TokenSignals } from './signals.js';

/**
 * An entity is negative at a score of -0.35 or below, positive at 0.2 or above. Its score is a
 * weighted mean of its mentions' target scores, P(positive) − P(negative), which lean negative:
 * on NewsMTSC dev the median neutral target scores -0.06, the median positive one 0.23. These are
 * the thresholds on a 0.05 grid that label those targets' scores best (macro-F1 0.688;
 * `npm run calibrate:entity`).
 */
export const ENTITY_THRESHOLDS: LabelThresholds = { negative: -0.35, positive: 0.2 };
/** A mention before its sentence's first verb (its subject, roughly) counts this much more. */
export const SUBJECT_WEIGHT = 2;
/** A mention that only modifies a noun ("the Franco-German talks", "a City Hall official") counts this much. */
export const MODIFIER_WEIGHT = 0.25;

/** One scored mention: its target score and how much the sentence is about the entity. */
export interface MentionScore {
  sentence: number;
  score: number;
  weight: number;
}

/**
 * The weight of a mention: the sentence's focus on the entity, `1 / entities named in the sentence`,
 * doubled when the mention is the sentence's subject (before its first verb), a quarter when it only
 * modifies the noun after it (a passing mention: "the Franco-German talks"), times the model's
 * confidence that the sentence takes a side (1 − P(neutral)). A sentence counts once per entity,
 * through its heaviest mention, so naming an entity three times in one list does not triple it.
 */
export function aggregateMentions(mentions: readonly MentionScore[]): number {
  let ordered = true;
  for (let i = 1; i < mentions.length && ordered; i++) ordered = mentions[i].sentence >= mentions[i - 1].sentence;
  const list = ordered ? mentions : [...mentions].sort((a, b) => a.sentence - b.sentence);
  let sum = 0;
  let weights = 0;
  for (let i = 0; i < list.length; ) {
    let best = list[i];
    let j = i + 1;
    for (; j < list.length && list[j].sentence === best.sentence; j++) if (list[j].weight > best.weight) best = list[j];
    sum += best.weight * best.score;
    weights += best.weight;
    i = j;
  }
  return weights > 0 ? sum / weights : 0;
}

const probabilities = new Float64Array(3);

/**
 * Working arrays of one `scoreEntities` call, reused from call to call (allocating typed arrays
 * costs more than the work on them in a short article); the counters and weights come zeroed.
 */
const buffers = {
  named: new Int32Array(256),
  sentenceOf: new Int32Array(1024),
  bucketStart: new Int32Array(257),
  order: new Int32Array(1024),
  score: new Float64Array(1024),
  weight: new Float64Array(1024),
};

function scratch(sentences: number, mentions: number): typeof buffers {
  if (buffers.named.length < sentences) {
    buffers.named = new Int32Array(2 * sentences);
    buffers.bucketStart = new Int32Array(2 * sentences + 1);
  }
  if (buffers.sentenceOf.length < mentions) {
    buffers.sentenceOf = new Int32Array(2 * mentions);
    buffers.order = new Int32Array(2 * mentions);
    buffers.score = new Float64Array(2 * mentions);
    buffers.weight = new Float64Array(2 * mentions);
  }
  buffers.named.fill(0, 0, sentences);
  buffers.bucketStart.fill(0, 0, sentences + 1);
  buffers.score.fill(0, 0, mentions);
  buffers.weight.fill(0, 0, mentions);
  return buffers;
}
/** Scratch for one entity's scored mentions (indices into the flat mention arrays). */
let picked = new Int32Array(64);

/**
 * Each entity's sentiment across the article: the weighted mean of its mentions' target sentiment,
 * a person's mentions including the pronouns that stand for them (`pronounMentions`). Value
 * entities (DATE, MONEY, CARDINAL, ...) are neutral.
 */
export function entitySentiment(
  doc: NewsDocument,
  entities: readonly Entity[],
  sentenceRanges: readonly TokenSpan[],
  sentenceSums?: ArrayLike<number>,
): Record<string, Sentiment> {
  return scoreEntities(doc, entities, sentenceRanges, sentenceSums);
}

/**
 * `entitySentiment`, sentence by sentence: `beforeSentence(k)` runs just before the mentions of
 * sentence k are scored (and may fill `sentenceSums[k]`), so the sentence's prefix sums, computed
 * for its own score, are still at hand for its mentions.
 */
export function scoreEntities(
  doc: NewsDocument,
  namedEntities: readonly Entity[],
  sentenceRanges: readonly TokenSpan[],
  sentenceSums?: ArrayLike<number>,
  beforeSentence?: (sentence: number) => void,
): Record<string, Sentiment> {
  const s = tokenSignals(doc.parse);
  const model = targetModel();
  const entities = withPronouns(doc, s, namedEntities, sentenceRanges);
  const sentenceCount = sentenceRanges.length;
  let total = 0;
  for (const entity of entities) total += entity.mentions.length;
  const { named, sentenceOf, bucketStart, order, score, weight } = scratch(sentenceCount, total);
  // How many entities each sentence names: a sentence naming five shares its focus five ways.
  for (const entity of entities) {
    let last = -1;
    for (const m of entity.mentions) {
      if (m.sentence >= 0 && m.sentence < sentenceCount && m.sentence !== last) named[m.sentence]++;
      last = m.sentence;
    }
  }
  // Mentions of name entities in sentence order (a stable counting sort), so that the mentions of
  // one sentence share its prefix sums. Values (dates, amounts, numbers) are not spoken well or ill
  // of: they stay neutral, unscored. Scores and weights go to flat arrays, not objects.
  const mentions: Mention[] = new Array(total);
  for (let k = 0, j = 0; k < entities.length; k++) {
    const name = NAME_TYPES.has(entities[k].type);
    for (const m of entities[k].mentions) {
      mentions[j] = m;
      const at = m.sentence;
      const ok = name && at >= 0 && at < sentenceCount && (at | 0) === at;
      sentenceOf[j++] = ok ? at : -1;
      if (ok) bucketStart[at + 1]++;
    }
  }
  for (let i = 0; i < sentenceCount; i++) bucketStart[i + 1] += bucketStart[i];
  for (let j = 0; j < total; j++) if (sentenceOf[j] >= 0) order[bucketStart[sentenceOf[j]]++] = j;
  // bucketStart[k] now ends sentence k's mentions in `order`.
  const { flags } = s;
  let o = 0;
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    beforeSentence?.(sentence);
    const end = bucketStart[sentence];
    if (o === end) continue;
    const ctx = sentenceRanges[sentence];
    // The first verb of the sentence: a mention before it is the subject, roughly.
    let firstVerb = ctx.first;
    while (firstVerb <= ctx.last && (flags[firstVerb] & VERB_FLAG) === 0) firstVerb++;
    for (; o < end; o++) {
      const j = order[o];
      const target = tokensOf(doc.parse, s, mentions[j], ctx);
      if (target.first > target.last || target.first < ctx.first || target.first > ctx.last) continue;
      model.predict(doc.parse, s, ctx.first, ctx.last, target.first, target.last, probabilities, sentenceSums?.[sentence]);
      const subject = firstVerb >= target.first;
      const role = isModifier(s, target.last, ctx.last) ? MODIFIER_WEIGHT : subject ? SUBJECT_WEIGHT : 1;
      score[j] = probabilities[2] - probabilities[0];
      weight[j] = (role / Math.max(1, named[sentence])) * (1 - probabilities[1]) + 1e-6;
    }
  }
  const out: Record<string, Sentiment> = {};
  for (let k = 0, j = 0; k < entities.length; k++) {
    const entity = entities[k];
    const count = entity.mentions.length;
    if (picked.length < count) picked = new Int32Array(2 * count);
    let n = 0;
    for (let c = 0; c < count; c++, j++) if (weight[j] > 0) picked[n++] = j;
    out[entity.id] = toSentiment(aggregateScored(picked, n, mentions, score, weight), ENTITY_THRESHOLDS);
  }
  return out;
}

/** The entities with the pronouns that stand for people among their mentions, in text order (`pronounMentions`). */
function withPronouns(doc: NewsDocument, s: TokenSignals, entities: readonly Entity[], sentenceRanges: readonly TokenSpan[]): readonly Entity[] {
  const pronouns = pronounMentions(doc, s, entities, sentenceRanges);
  return entities.map((entity, k) =>
    pronouns[k].length === 0 ? entity : { ...entity, mentions: [...entity.mentions, ...pronouns[k]].sort((a, b) => a.start - b.start) },
  );
}

/** `aggregateMentions` over the flat arrays: the `n` scored mentions listed in `list`. */
function aggregateScored(
  list: Int32Array,
  n: number,
  mentions: readonly Mention[],
  score: Float64Array,
  weight: Float64Array,
): number {
  let ordered = true;
  for (let i = 1; i < n && ordered; i++) ordered = mentions[list[i]].sentence >= mentions[list[i - 1]].sentence;
  if (!ordered) {
    const sorted = Array.from(list.subarray(0, n)).sort((a, b) => mentions[a].sentence - mentions[b].sentence);
    list.set(sorted);
  }
  let sum = 0;
  let weights = 0;
  for (let i = 0; i < n; ) {
    let best = list[i];
    const sentence = mentions[best].sentence;
    let j = i + 1;
    for (; j < n && mentions[list[j]].sentence === sentence; j++) if (weight[list[j]] > weight[best]) best = list[j];
    sum += weight[best] * score[best];
    weights += weight[best];
    i = j;
  }
  return weights > 0 ? sum / weights : 0;
}

/** True when the token after a mention is a noun it modifies ("border tensions", "Hall official"). */
function isModifier(s: TokenSignals, last: number, sentenceLast: number): boolean {
  let i = last + 1;
  while (i <= sentenceLast && (s.flags[i] & SKIP_FLAG) !== 0) i++;
  if (i > sentenceLast) return false;
  const f = s.flags[i];
  return (f & (NOUN_FLAG | PROPN_FLAG)) !== 0 && (f & PRON_FLAG) === 0;
}
