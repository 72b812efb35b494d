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
  'oppose-btw+hostile-of-b', 'support-btw+supported-of-b',
  'support-btw-last', 'oppose-btw-last',
] as const;

const MISC_ID = new Map<string, number>(MISC.map((name, i) => [name, i]));
const m = (name: (typeof MISC)[number]): number => MISC_ID.get(name)!;

// Feature ids the extractor emits, looked up once.
const M_NEGATED_BTW = m('negated-btw');
const M_SUPPORT_BTW_PASSIVE = m('support-btw-passive');
const M_SUPPORT_BTW_NEGATED = m('support-btw-negated');
const M_SUPPORT_BTW = m('support-btw');
const M_OPPOSE_BTW_PASSIVE = m('oppose-btw-passive');
const M_OPPOSE_BTW_NEGATED = m('oppose-btw-negated');
const M_OPPOSE_BTW = m('oppose-btw');
const M_SPEECH_BTW = m('speech-btw');
const M_HOSTILE_BTW = m('hostile-btw');
const M_SUPPORTED_BTW = m('supported-btw');
const M_AGENT_BEFORE_B = m('agent-before-b');
const M_TOWARD_BEFORE_B = m('toward-before-b');
const M_COORDINATED = m('coordinated');
const M_QUOTE_BTW = m('quote-btw');
const M_COMMA_BTW = m('comma-btw');
const M_SUPPORT_BTW_LAST = m('support-btw-last');
const M_OPPOSE_BTW_LAST = m('oppose-btw-last');
const M_SUPPORT_BEF = m('support-bef');
const M_OPPOSE_BEF = m('oppose-bef');
const M_SPEECH_BEFORE_A = m('speech-before-a');
const M_POSSESSIVE_A = m('possessive-a');
const M_HOSTILE_OF_A = m('hostile-of-a');
const M_SPEECH_AFTER_A = m('speech-after-a');
const M_SPEECH_AFTER_A_PLUS_AFINN_AFTER_NEG = m('speech-after-a+afinn-after:-');
const M_SPEECH_AFTER_A_PLUS_AFINN_AFTER_PLUS = m('speech-after-a+afinn-after:+');
const M_SUPPORT_AFT = m('support-aft');
const M_OPPOSE_AFT = m('oppose-aft');
const M_SPEECH_AFTER_B = m('speech-after-b');
const M_SPEECH_AFTER_B_PLUS_AFINN_BEFORE_NEG = m('speech-after-b+afinn-before:-');
const M_SPEECH_AFTER_B_PLUS_AFINN_BEFORE_PLUS = m('speech-after-b+afinn-before:+');
const M_AFINN_B_NEG = m('afinn-b:-');
const M_AFINN_B_PLUS = m('afinn-b:+');
const M_AFINN_B_0 = m('afinn-b:0');
const M_POSSESSIVE_B = m('possessive-b');
const M_HOSTILE_OF_B = m('hostile-of-b');
const M_SUPPORTED_OF_B = m('supported-of-b');
const M_OPPOSE_BTW_PLUS_HOSTILE_OF_B = m('oppose-btw+hostile-of-b');
const M_SUPPORT_BTW_PLUS_SUPPORTED_OF_B = m('support-btw+supported-of-b');

/**
 * Features that show a stance cue near the pair: a support or oppose word, a hostile act or an
 * upheld right, speech, or AFINN-scored words. A pair with none of these is mere co-occurrence.
 */
export const CUE_FEATURES: readonly number[] = [
  'support-btw', 'oppose-btw', 'support-btw-passive', 'oppose-btw-passive', 'support-btw-negated', 'oppose-btw-negated',
  'support-bef', 'oppose-bef', 'support-aft', 'oppose-aft',
  'hostile-of-b', 'hostile-of-a', 'hostile-btw', 'supported-of-b', 'supported-btw',
  'speech-after-a+afinn-after:-', 'speech-after-a+afinn-after:+',
  'speech-after-b+afinn-before:-', 'speech-after-b+afinn-before:+',
  'afinn-btw:--', 'afinn-btw:-', 'afinn-btw:+', 'afinn-btw:++', 'afinn-b:-', 'afinn-b:+',
].map((name) => m(name as (typeof MISC)[number]));

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
    const id = this.info.ids[i];
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
  // The cue nearest B: of "opposed sanctions ... and has praised B", the praise is B's.
  let lastCue = 0;
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
    if (f & FLAG.support) {
      support++;
      lastCue = FLAG.support;
    }
    if (f & FLAG.oppose) {
      oppose++;
      lastCue = FLAG.oppose;
    }
    if (f & FLAG.negated) negated = true;
    if (f & FLAG.speech) speech = true;
    if (f & FLAG.hostile) hostile = true;
    if (f & FLAG.supported) supported = true;
    if (f & FLAG.quote) quote = true;
    if (f & FLAG.comma) comma = true;
    if (!(f & FLAG.coordinator)) coordinated = false;
  }
  w.misc(AFINN_BTW[bucket5(sum)]);
  const agentBeforeB = b.first - 1 > a.last && (flagBits[b.first - 1] & FLAG.agent) !== 0;
  // "praised by B" is passive (B acts); "aggression by B" is not.
  const passive = agentBeforeB && b.first - 2 > a.last && (flagBits[b.first - 2] & FLAG.verb) !== 0;
  const towardBeforeB = b.first - 1 > a.last && (flagBits[b.first - 1] & FLAG.toward) !== 0;
  if (negated) w.misc(M_NEGATED_BTW);
  if (support) w.misc(passive ? M_SUPPORT_BTW_PASSIVE : negated ? M_SUPPORT_BTW_NEGATED : M_SUPPORT_BTW);
  if (oppose) w.misc(passive ? M_OPPOSE_BTW_PASSIVE : negated ? M_OPPOSE_BTW_NEGATED : M_OPPOSE_BTW);
  // Where both kinds of cue stand between, the one nearest B says which.
  if (support && oppose && !passive && !negated) w.misc(lastCue === FLAG.support ? M_SUPPORT_BTW_LAST : M_OPPOSE_BTW_LAST);
  if (speech) w.misc(M_SPEECH_BTW);
  if (hostile) w.misc(M_HOSTILE_BTW);
  if (supported) w.misc(M_SUPPORTED_BTW);
  if (agentBeforeB) w.misc(M_AGENT_BEFORE_B);
  if (towardBeforeB) w.misc(M_TOWARD_BEFORE_B);
  if (coordinated) w.misc(M_COORDINATED);
  if (quote) w.misc(M_QUOTE_BTW);
  if (comma) w.misc(M_COMMA_BTW);

  // Around A.
  if (a.first - 1 >= s0) w.word(T_AP, a.first - 1);
  if (a.last + 1 <= s1 && a.last + 1 < b.first) w.word(T_A1, a.last + 1);
  if (a.last + 2 <= s1 && a.last + 2 < b.first) w.word(T_A2, a.last + 2);
  let before = 0;
  let speechBeforeA = false;
  for (let i = a.first - 1, k = 0; i >= s0 && k < 6; i--, k++) {
    const f = flagBits[i];
    if (k < 3) w.word(T_BEF, i);
    if (f & FLAG.verb) w.word(T_BEF_VERB, i);
    if (f & FLAG.support) w.misc(M_SUPPORT_BEF);
    if (f & FLAG.oppose) w.misc(M_OPPOSE_BEF);
    if (f & FLAG.speech) speechBeforeA = true;
    before += valences[i];
  }
  w.misc(AFINN_BEF[bucket5(before)]);
  if (speechBeforeA) w.misc(M_SPEECH_BEFORE_A);
  if (a.last + 1 < b.first && flagBits[a.last + 1] & FLAG.possessive) w.misc(M_POSSESSIVE_A);
  if (hostileAfter(info, a.last + 1, b.first - 1)) w.misc(M_HOSTILE_OF_A);
  let speechAfterA = false;
  for (let i = a.last + 1; i <= Math.min(a.last + 3, b.first - 1); i++) if (flagBits[i] & FLAG.speech) speechAfterA = true;
  if (speechAfterA) {
    w.misc(M_SPEECH_AFTER_A);
    if (sum < 0) w.misc(M_SPEECH_AFTER_A_PLUS_AFINN_AFTER_NEG);
    else if (sum > 0) w.misc(M_SPEECH_AFTER_A_PLUS_AFINN_AFTER_PLUS);
  }

  // Around B.
  if (b.first - 1 > a.last) w.word(T_B1, b.first - 1);
  if (b.first - 2 > a.last) w.word(T_B2, b.first - 2);
  if (b.last + 1 <= s1) w.word(T_BN, b.last + 1);
  let after = 0;
  let speechAfterB = false;
  for (let i = b.last + 1, k = 0; i <= s1 && k < 6; i++, k++) {
    const f = flagBits[i];
    if (k < 3) w.word(T_AFT, i);
    if (f & FLAG.verb) w.word(T_AFT_VERB, i);
    if (f & FLAG.support) w.misc(M_SUPPORT_AFT);
    if (f & FLAG.oppose) w.misc(M_OPPOSE_AFT);
    if (k < 3 && f & FLAG.speech) speechAfterB = true;
    after += valences[i];
  }
  w.misc(AFINN_AFT[bucket5(after)]);
  if (speechAfterB) {
    w.misc(M_SPEECH_AFTER_B);
    if (sum + before < 0) w.misc(M_SPEECH_AFTER_B_PLUS_AFINN_BEFORE_NEG);
    else if (sum + before > 0) w.misc(M_SPEECH_AFTER_B_PLUS_AFINN_BEFORE_PLUS);
  }
  // The words right around B say how B itself is spoken of ("B's aggression", "brave B").
  let near = 0;
  for (let i = Math.max(a.last + 1, b.first - 2); i <= Math.min(s1, b.last + 2); i++) {
    if (i < b.first || i > b.last) near += valences[i];
  }
  w.misc(near < 0 ? M_AFINN_B_NEG : near > 0 ? M_AFINN_B_PLUS : M_AFINN_B_0);
  if (b.last + 1 <= s1 && flagBits[b.last + 1] & FLAG.possessive) w.misc(M_POSSESSIVE_B);
  // "aggression by B": a hostile noun then the agent marker right before B.
  const hostileB = hostileAfter(info, b.last + 1, s1) || (agentBeforeB && b.first - 2 > a.last && (flagBits[b.first - 2] & FLAG.hostile) !== 0);
  const supportedB = supportedAfter(info, b.last + 1, s1);
  if (hostileB) w.misc(M_HOSTILE_OF_B);
  if (supportedB) w.misc(M_SUPPORTED_OF_B);
  // "A vowed to respond to B's aggression", "A vowed to uphold B's sovereignty": the verb and the noun agree.
  if (hostileB && oppose && !negated) w.misc(M_OPPOSE_BTW_PLUS_HOSTILE_OF_B);
  if (supportedB && support && !negated) w.misc(M_SUPPORT_BTW_PLUS_SUPPORTED_OF_B);
  return w.n;
}
