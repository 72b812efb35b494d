import { NAME_TYPES, type Entity, type Mention, type NewsDocument, type Sentiment } from '@newslens/core';
import { toSentiment } from './label.js';
import { tokensOf, type TokenSpan } from './locate.js';
import { targetModel } from './model.js';
import { NOUN_FLAG, PRON_FLAG, PROPN_FLAG, SKIP_FLAG, VERB_FLAG, tokenSignals, type TokenSignals } from './signals.js';

/** Entity scores within ±ENTITY_NEUTRAL_BAND are neutral: an average of P(pos) − P(neg) over mentions. */
export const ENTITY_NEUTRAL_BAND = 0.1;
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
 * Each entity's sentiment across the article: the weighted mean of its mentions' target sentiment.
 * Value entities (DATE, MONEY, CARDINAL, ...) are neutral.
 */
export function entitySentiment(
  doc: NewsDocument,
  entities: readonly Entity[],
  sentenceRanges: readonly TokenSpan[],
  sentenceSums?: ArrayLike<number>,
): Record<string, Sentiment> {
  const s = tokenSignals(doc.parse);
  const model = targetModel();
  // How many entities each sentence names: a sentence naming five shares its focus five ways.
  const named = new Int32Array(sentenceRanges.length);
  for (const entity of entities) {
    let last = -1;
    for (const m of entity.mentions) {
      if (m.sentence >= 0 && m.sentence < named.length && m.sentence !== last) named[m.sentence]++;
      last = m.sentence;
    }
  }
  // Mentions in sentence order, so that the mentions of one sentence share its prefix sums;
  // scores and weights go to flat arrays, not objects.
  const mentions: Mention[] = [];
  for (const entity of entities) for (const m of entity.mentions) mentions.push(m);
  // Values (dates, amounts, numbers) are not spoken well or ill of: they stay neutral, unscored.
  const isName = entities.map((e) => NAME_TYPES.has(e.type));
  const score = new Float64Array(mentions.length);
  const weight = new Float64Array(mentions.length);
  const order = Int32Array.from(mentions.keys()).sort((a, b) => mentions[a].sentence - mentions[b].sentence || a - b);
  const ownerOf = new Int32Array(mentions.length);
  for (let k = 0, j = 0; k < entities.length; k++) for (let n = 0; n < entities[k].mentions.length; n++) ownerOf[j++] = k;
  for (const j of order) {
    if (!isName[ownerOf[j]]) continue;
    const m = mentions[j];
    const ctx = sentenceRanges[m.sentence];
    if (ctx === undefined) continue;
    const target = tokensOf(doc.parse, s, m);
    if (target.first > target.last || target.first < ctx.first || target.first > ctx.last) continue;
    model.predict(doc.parse, s, ctx.first, ctx.last, target.first, target.last, probabilities, sentenceSums?.[m.sentence]);
    let subject = true;
    for (let i = ctx.first; i < target.first && subject; i++) if ((s.flags[i] & VERB_FLAG) !== 0) subject = false;
    const role = isModifier(s, target.last, ctx.last) ? MODIFIER_WEIGHT : subject ? SUBJECT_WEIGHT : 1;
    score[j] = probabilities[2] - probabilities[0];
    weight[j] = (role / Math.max(1, named[m.sentence])) * (1 - probabilities[1]) + 1e-6;
  }
  const out: Record<string, Sentiment> = {};
  let j = 0;
  entities.forEach((entity) => {
    const scored: MentionScore[] = [];
    for (const m of entity.mentions) {
      if (weight[j] > 0) scored.push({ sentence: m.sentence, score: score[j], weight: weight[j] });
      j++;
    }
    out[entity.id] = toSentiment(aggregateMentions(scored), ENTITY_NEUTRAL_BAND);
  });
  return out;
}

/** True when the token after a mention is a noun it modifies ("border tensions", "Hall official"). */
function isModifier(s: TokenSignals, last: number, sentenceLast: number): boolean {
  let i = last + 1;
  while (i <= sentenceLast && (s.flags[i] & SKIP_FLAG) !== 0) i++;
  if (i > sentenceLast) return false;
  const f = s.flags[i];
  return (f & (NOUN_FLAG | PROPN_FLAG)) !== 0 && (f & PRON_FLAG) === 0;
}
