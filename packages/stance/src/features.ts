import { FLAG, hostileAfter, supportedAfter, type TokenInfo } from './token-info.js';

/** Word templates: where a word sits relative to the two entities, by reading order A then B. */
export const TEMPLATES = [
  'btw', // a word between A and B
  'btw-verb', // a verb between A and B
  'bef', // one of the 3 words before A
  'aft', // one of the 3 words after B
  'a+1', // the word right after A
  'a+2',
  'b-1', // the word right before B
  'b-2',
  'b+1', // the word right after B
  'a-1', // the word right before A
  'bef-verb', // a verb among the 6 words before A
  'aft-verb', // a verb among the 6 words after B
] as const;

const T_BTW = 0, T_BTW_VERB = 1, T_BEF = 2, T_AFT = 3, T_A1 = 4, T_A2 = 5, T_B1 = 6, T_B2 = 7, T_BN = 8, T_AP = 9,
  T_BEF_VERB = 10, T_AFT_VERB = 11;

/** Features that are not a word: distances, lexicon cues, AFINN sums per region, order cues. */
export const MISC = [
  'bias',
  'dist:0', 'dist:1-2', 'dist:3-5', 'dist:6-10', 'dist:11-20', 'dist:21+',
  'afinn-bef:--', 'afinn-bef:-', 'afinn-bef:0', 'afinn-bef:+', 'afinn-bef:++',
  'afinn-btw:--', 'afinn-btw:-', 'afinn-btw:0', 'afinn-btw:+', 'afinn-btw:++',
  'afinn-aft:--', 'afinn-aft:-', 'afinn-aft:0', 'afinn-aft:+', 'afinn-aft:++',
  'afinn-b:-', 'afinn-b:0', 'afinn-b:+',
  'negated-btw',
  'support-btw', 'oppose-btw', 'support-btw-passive', 'oppose-btw-passive', 'support-btw-negated', 'oppose-btw-negated',
  'support-bef', 'oppose-bef', 'support-aft', 'oppose-aft',
  'hostile-of-b', 'hostile-of-a', 'hostile-btw', 'supported-of-b', 'supported-btw',
  'speech-after-a', 'speech-btw', 'speech-after-b', 'speech-before-a',
  'speech-after-a+afinn-after:-', 'speech-after-a+afinn-after:+',
  'speech-after-b+afinn-before:-', 'speech-after-b+afinn-before:+',
  'agent-before-b', 'toward-before-b', 'possessive-a', 'possessive-b',
  'coordinated', 'quote-btw', 'comma-btw',
] as const;

const MISC_ID = new Map<string, number>(MISC.map((name, i) => [name, i]));
const m = (name: (typeof MISC)[number]): number => MISC_ID.get(name)!;

const DIST = [m('dist:0'), m('dist:1-2'), m('dist:3-5'), m('dist:6-10'), m('dist:11-20'), m('dist:21+')];
const AFINN_BEF = [m('afinn-bef:--'), m('afinn-bef:-'), m('afinn-bef:0'), m('afinn-bef:+'), m('afinn-bef:++')];
const AFINN_BTW = [m('afinn-btw:--'), m('afinn-btw:-'), m('afinn-btw:0'), m('afinn-btw:+'), m('afinn-btw:++')];
const AFINN_AFT = [m('afinn-aft:--'), m('afinn-aft:-'), m('afinn-aft:0'), m('afinn-aft:+'), m('afinn-aft:++')];

/** Size of the feature space for a vocabulary of `vocabSize` words. */
export function featureCount(vocabSize: number): number {
  return TEMPLATES.length * vocabSize + MISC.length;
}

/** A token range, first and last inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

/** Upper bound on the features one pair emits; callers size their buffer with it. */
export const MAX_FEATURES = 256;
const MAX_BETWEEN = 40;

function bucket5(sum: number): number {
  return sum <= -3 ? 0 : sum < 0 ? 1 : sum === 0 ? 2 : sum < 3 ? 3 : 4;
}

function distanceBucket(d: number): number {
  return d === 0 ? 0 : d <= 2 ? 1 : d <= 5 ? 2 : d <= 10 ? 3 : d <= 20 ? 4 : 5;
}

/** Appends feature ids to a buffer; one instance, reused, so extracting allocates nothing. */
class FeatureWriter {
  info!: TokenInfo;
  out: Int32Array = new Int32Array(0);
  n = 0;
  vocabSize = 0;
  miscBase = 0;

  word(template: number, i: number): void {
    const id = this.info.id(i);
    if (id >= 0 && this.n < MAX_FEATURES) this.out[this.n++] = template * this.vocabSize + id;
  }

  misc(id: number): void {
    if (this.n < MAX_FEATURES) this.out[this.n++] = this.miscBase + id;
  }
}
const WRITER = new FeatureWriter();

/**
 * Writes the feature ids of the pair (a, b), a before b in reading order, inside `sentence`, into
 * `out` and returns how many it wrote. Word features are `template * vocabSize + wordId`; the rest
 * follow at `TEMPLATES.length * vocabSize + miscId`. No allocation: ids come from `info`.
 */
export function pairFeatures(
  info: TokenInfo,
  a: TokenSpan,
  b: TokenSpan,
  sentence: TokenSpan,
  vocabSize: number,
  out: Int32Array,
): number {
  const w = WRITER;
  w.info = info;
  w.out = out;
  w.n = 0;
  w.vocabSize = vocabSize;
  w.miscBase = TEMPLATES.length * vocabSize;
  w.misc(0);
  const s0 = sentence.first;
  const s1 = sentence.last;
  info.fillRange(Math.max(s0, a.first - 6), Math.min(s1, b.last + 6));
  const between = b.first - a.last - 1;
  w.misc(DIST[distanceBucket(Math.max(0, between))]);

  // Between the two: words, verbs, lexicon cues, AFINN.
  let sum = 0;
  let support = 0, oppose = 0, negated = false, speech = false, hostile = false, supported = false;
  let quote = false, comma = false, coordinated = between > 0;
  const lastBetween = Math.min(b.first - 1, a.last + MAX_BETWEEN);
  const { ids, flagBits, valences } = info;
  const betweenVerb = T_BTW_VERB * vocabSize;
  const betweenWord = T_BTW * vocabSize;
  const out_ = w.out;
  for (let i = a.last + 1; i <= lastBetween; i++) {
    const f = flagBits[i];
    const id = ids[i];
    if (id >= 0 && w.n < MAX_FEATURES - 1) {
      out_[w.n++] = betweenWord + id;
      if (f & FLAG.verb) out_[w.n++] = betweenVerb + id;
    }
    sum += valences[i];
    if (f & FLAG.support) support++;
    if (f & FLAG.oppose) oppose++;
    if (f & FLAG.negated) negated = true;
    if (f & FLAG.speech) speech = true;
    if (f & FLAG.hostile) hostile = true;
    if (f & FLAG.supported) supported = true;
    if (f & FLAG.quote) quote = true;
    if (f & FLAG.comma) comma = true;
    if (!(f & FLAG.coordinator)) coordinated = false;
  }
  w.misc(AFINN_BTW[bucket5(sum)]);
  const agentBeforeB = b.first - 1 > a.last && (info.flags(b.first - 1) & FLAG.agent) !== 0;
  // "praised by B" is passive (B acts); "aggression by B" is not.
  const passive = agentBeforeB && b.first - 2 > a.last && (info.flags(b.first - 2) & FLAG.verb) !== 0;
  const towardBeforeB = b.first - 1 > a.last && (info.flags(b.first - 1) & FLAG.toward) !== 0;
  if (negated) w.misc(m('negated-btw'));
  if (support) w.misc(m(passive ? 'support-btw-passive' : negated ? 'support-btw-negated' : 'support-btw'));
  if (oppose) w.misc(m(passive ? 'oppose-btw-passive' : negated ? 'oppose-btw-negated' : 'oppose-btw'));
  if (speech) w.misc(m('speech-btw'));
  if (hostile) w.misc(m('hostile-btw'));
  if (supported) w.misc(m('supported-btw'));
  if (agentBeforeB) w.misc(m('agent-before-b'));
  if (towardBeforeB) w.misc(m('toward-before-b'));
  if (coordinated) w.misc(m('coordinated'));
  if (quote) w.misc(m('quote-btw'));
  if (comma) w.misc(m('comma-btw'));

  // Around A.
  if (a.first - 1 >= s0) w.word(T_AP, a.first - 1);
  if (a.last + 1 <= s1 && a.last + 1 < b.first) w.word(T_A1, a.last + 1);
  if (a.last + 2 <= s1 && a.last + 2 < b.first) w.word(T_A2, a.last + 2);
  let before = 0;
  let speechBeforeA = false;
  for (let i = a.first - 1, k = 0; i >= s0 && k < 6; i--, k++) {
    const f = info.flags(i);
    if (k < 3) w.word(T_BEF, i);
    if (f & FLAG.verb) w.word(T_BEF_VERB, i);
    if (f & FLAG.support) w.misc(m('support-bef'));
    if (f & FLAG.oppose) w.misc(m('oppose-bef'));
    if (f & FLAG.speech) speechBeforeA = true;
    before += info.valence(i);
  }
  w.misc(AFINN_BEF[bucket5(before)]);
  if (speechBeforeA) w.misc(m('speech-before-a'));
  if (a.last + 1 < b.first && info.flags(a.last + 1) & FLAG.possessive) w.misc(m('possessive-a'));
  if (hostileAfter(info, a.last + 1, b.first - 1)) w.misc(m('hostile-of-a'));
  let speechAfterA = false;
  for (let i = a.last + 1; i <= Math.min(a.last + 3, b.first - 1); i++) if (info.flags(i) & FLAG.speech) speechAfterA = true;
  if (speechAfterA) {
    w.misc(m('speech-after-a'));
    if (sum < 0) w.misc(m('speech-after-a+afinn-after:-'));
    else if (sum > 0) w.misc(m('speech-after-a+afinn-after:+'));
  }

  // Around B.
  if (b.first - 1 > a.last) w.word(T_B1, b.first - 1);
  if (b.first - 2 > a.last) w.word(T_B2, b.first - 2);
  if (b.last + 1 <= s1) w.word(T_BN, b.last + 1);
  let after = 0;
  let speechAfterB = false;
  for (let i = b.last + 1, k = 0; i <= s1 && k < 6; i++, k++) {
    const f = info.flags(i);
    if (k < 3) w.word(T_AFT, i);
    if (f & FLAG.verb) w.word(T_AFT_VERB, i);
    if (f & FLAG.support) w.misc(m('support-aft'));
    if (f & FLAG.oppose) w.misc(m('oppose-aft'));
    if (k < 3 && f & FLAG.speech) speechAfterB = true;
    after += info.valence(i);
  }
  w.misc(AFINN_AFT[bucket5(after)]);
  if (speechAfterB) {
    w.misc(m('speech-after-b'));
    if (sum + before < 0) w.misc(m('speech-after-b+afinn-before:-'));
    else if (sum + before > 0) w.misc(m('speech-after-b+afinn-before:+'));
  }
  // The words right around B say how B itself is spoken of ("B's aggression", "brave B").
  let near = 0;
  for (let i = Math.max(a.last + 1, b.first - 2); i <= Math.min(s1, b.last + 2); i++) {
    if (i < b.first || i > b.last) near += info.valence(i);
  }
  w.misc(m(near < 0 ? 'afinn-b:-' : near > 0 ? 'afinn-b:+' : 'afinn-b:0'));
  if (b.last + 1 <= s1 && info.flags(b.last + 1) & FLAG.possessive) w.misc(m('possessive-b'));
  if (hostileAfter(info, b.last + 1, s1)) w.misc(m('hostile-of-b'));
  if (supportedAfter(info, b.last + 1, s1)) w.misc(m('supported-of-b'));
  // "aggression by B": a hostile noun then the agent marker right before B.
  if (agentBeforeB && b.first - 2 > a.last && info.flags(b.first - 2) & FLAG.hostile) w.misc(m('hostile-of-b'));
  return w.n;
}
