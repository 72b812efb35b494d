import { inDateline, NAME_TYPES, type NewsDocument, type Span, type Stage, type StanceRelation } from '@newslens/core';
import { PairClassifier } from './classify-pair.js';
import type { TokenSpan } from './features.js';
import { hasEntitySpeaker, valenceInQuote } from './statement-stance.js';
import { FLAG, type TokenInfo } from './token-info.js';
import { tokensOf } from './token-spans.js';

/** The layers stance inference reads. */
export type StanceInput = NewsDocument<'sentences' | 'entities' | 'sentiment' | 'quotes'>;

/** A relation is reported when its combined score reaches this (see README: aggregation). */
export const MIN_RELATION_SCORE = 0.45;
/**
 * The model's probabilities are over-confident; dividing its log-odds by this temperature makes them
 * calibrated (fitted by log-loss on 5-fold out-of-fold scores over the train split: scripts/calibrate.ts).
 */
export const STANCE_TEMPERATURE = 2.35;
/** A sentence contributes a pair only when the calibrated probability of its class (not neutral) reaches this... */
export const MIN_PAIR_SCORE = 0.45;
/** ...and leads neutral's by at least this much. Chosen on train out-of-fold scores (README: thresholds). */
export const MIN_NEUTRAL_MARGIN = 0.05;
/** What a clause's subject lends to the one who reports it: "A said that B would respond to C" (A→C). */
const REPORTED_SHARE = 0.8;
/** At most this many entity pairs per sentence, nearest first: long lists of names rarely take sides pairwise. */
export const MAX_PAIRS_PER_SENTENCE = 24;
/** Pairs further apart than this many tokens are not classified. */
export const MAX_PAIR_DISTANCE = 40;
/** AFINN sum around a mention in a quote that counts as the speaker taking a side, and its score at that sum. */
export const MIN_QUOTE_VALENCE = 2;
const QUOTE_SCORE_PER_POINT = 0.25;

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** Names that cannot hold a side, only be the object of one: a law, a work, a language. */
const OBJECT_TYPES = new Set(['LAW', 'WORK_OF_ART', 'LANGUAGE']);

/** How many names an address may run before its last part: "in Toledo, Ohio", "in Palo Alto, Calif.". */
const MAX_ADDRESS_WORDS = 3;

/**
 * True when a place follows "in" or another of SETTING_PREPOSITIONS (a determiner or an adjective
 * or two may come between: "in the entire Gaza Strip", "in northern Syria"): "on a picket line in
 * Detroit", "said at a Washington event", or ends an address that does: the state of "a campaign
 * stop in Toledo, Ohio".
 */
function locative(tokens: NewsDocument['parse']['tokens'], span: TokenSpan): boolean {
  let i = span.first - 1;
  if (i >= 0 && tokens.value[i] === ',') {
    let words = 0;
    for (i--; i >= 0 && tokens.pos[i] === 'PROPN' && words <= MAX_ADDRESS_WORDS; i--) words++;
    if (words === 0 || words > MAX_ADDRESS_WORDS) return false;
  }
  i = pastModifiers(tokens, i);
  return i >= 0 && SETTING_PREPOSITIONS.has(tokens.normal[i]) && tokens.pos[i] === 'ADP';
}

/**
 * True when an organisation is named as where something happens: "at" after a noun ("her first year
 * at the State Department", "a speech at the Heritage Foundation"). Not after a verb or an adjective,
 * which make it a target ("angry at Goldman Sachs", "aimed at the FBI").
 */
function venue(tokens: NewsDocument['parse']['tokens'], span: TokenSpan): boolean {
  const i = pastModifiers(tokens, span.first - 1);
  return i >= 1 && tokens.normal[i] === 'at' && tokens.pos[i] === 'ADP' && (tokens.pos[i - 1] === 'NOUN' || tokens.pos[i - 1] === 'PROPN' || tokens.pos[i - 1] === 'NUM');
}

/** Verbs whose object is a prize of a contest: "won Iowa", "to win the White House", "carried Ohio". */
const CONTEST_VERBS = new Set(['win', 'lose', 'carry', 'sweep', 'capture']);

/**
 * True when a place or a body is what a contest is won or lost ("Clinton won Iowa", "to win the
 * White House", "the party lost the Senate"): a prize, not a side.
 */
function contested(tokens: NewsDocument['parse']['tokens'], span: TokenSpan): boolean {
  const v = pastModifiers(tokens, span.first - 1);
  return v >= 0 && tokens.pos[v] === 'VERB' && CONTEST_VERBS.has(tokens.lemma[v]);
}

/** How many determiners and adjectives may stand between a setting's preposition and its place: "in the entire Gaza Strip". */
const MAX_SETTING_MODIFIERS = 2;

/** Token `i`, or the one before the determiners and adjectives that end at it ("the entire", "northern"). */
function pastModifiers(tokens: NewsDocument['parse']['tokens'], i: number): number {
  for (let k = 0; k < MAX_SETTING_MODIFIERS && i >= 0 && (tokens.pos[i] === 'DET' || tokens.pos[i] === 'ADJ'); k++) i--;
  return i;
}

/** Prepositions of where something happens: "in Detroit", "at Camp David", "across Europe". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout', 'near']);

/** Token `i`, or the one before it when `i` is a determiner ("told the Senate"), not going below `from`. */
function pastDeterminer(tokens: NewsDocument['parse']['tokens'], i: number, from: number): number {
  return i >= from && tokens.pos[i] === 'DET' ? i - 1 : i;
}

/** One piece of evidence before aggregation. */
export interface StanceEvidence {
  source: string;
  target: string;
  polarity: 'support' | 'oppose';
  score: number;
  sentence: number;
}

interface PlacedMention {
  entity: string;
  /** The entity's index in the entities layer: pairs of entities are keyed by numbers, not strings. */
  index: number;
  /** A place named as where something happens ("in Detroit"): a setting, not a side. */
  setting: boolean;
  /** False for a thing that cannot take a side ("the Affordable Care Act", "the Cold War"): never a source. */
  agent: boolean;
  /** A nationality, religion or party (NORP): as a modifier it describes its head and takes none of its sides. */
  group: boolean;
  /** A place (GPE, LOC, FAC): before a legislator's office it names the voters, not a side (speaksForNoGovernment). */
  place: boolean;
  tokens: TokenSpan;
  sentence: number;
}

/**
 * Infers who supports or opposes whom: every pair of named entities in a sentence is classified by
 * the directed stance model, each quote's speaker takes a side toward the entities the quote names
 * by the words around them, and the evidence is combined into one relation per ordered pair and
 * polarity (see `aggregateStance`).
 */
export function inferStance(doc: StanceInput): StanceRelation[] {
  return aggregateStance(stanceEvidence(doc));
}

/** Every sentence-level piece of evidence, before aggregation. */
export function stanceEvidence(doc: StanceInput): StanceEvidence[] {
  const { sentences, entities, quotes } = doc.layers;
  const tokens = doc.parse.tokens;
  if (tokens.length === 0 || entities.length === 0) return [];
  const mentions: PlacedMention[] = [];
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (!NAME_TYPES.has(entity.type)) continue;
    for (const mention of entity.mentions) {
      const span = tokensOf(tokens, mention);
      if (!span) continue;
      // From the offset, not mention.sentence: the sentences layer given here is the one that counts.
      const sentence = sentenceOf(sentences, mention.start);
      // A place that is the story's setting ("in Detroit", a dateline's "BRUSSELS —") takes no side, nor does a
      // dateline's agency or an organisation named as a venue ("a fellow at the Brookings Institution").
      const setting =
        (PLACE_TYPES.has(entity.type) && locative(tokens, span)) || (entity.type === 'ORG' && venue(tokens, span)) ||
        ((PLACE_TYPES.has(entity.type) || entity.type === 'ORG') && contested(tokens, span)) || inDateline(tokens, span.first, span.last);
      if (sentence >= 0) mentions.push({ entity: entity.id, index, tokens: span, sentence, setting, agent: !OBJECT_TYPES.has(entity.type), group: entity.type === 'NORP', place: PLACE_TYPES.has(entity.type) });
    }
  }
  if (mentions.length < 2 && quotes.length === 0) return [];
  mentions.sort((x, y) => x.sentence - y.sentence || x.tokens.first - y.tokens.first);
  const classifier = new PairClassifier(doc);
  let evidence: StanceEvidence[] = [];
  // An entity and a name inside its own noun phrase ("US President X", "his French counterpart
  // X") are one side: what relates them anywhere in the article is description, not stance.
  const affiliated = new Set<number>();
  const pairKey = pairKeys(entities.length);
  nationalitiesOfPlaces(entities, affiliated, pairKey);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (next.sentence === m.sentence && next.entity !== m.entity && nounPhrase(classifier.info, m, next)) affiliated.add(pairKey(m.index, next.index));
  }
  membersOfBodies(classifier.info, mentions, affiliated, pairKey);
  for (let from = 0; from < mentions.length; ) {
    let to = from;
    while (to < mentions.length && mentions[to].sentence === mentions[from].sentence) to++;
    if (to - from >= 2) sentencePairs(classifier, sentences[mentions[from].sentence], mentions, from, to, evidence, affiliated, pairKey);
    from = to;
  }
  if (quotes.some(hasEntitySpeaker)) {
    // Mentions in text order, so that each quote finds its own by binary search.
    const byPosition = mentions.slice().sort((x, y) => x.tokens.first - y.tokens.first);
    // Each quotation with a speaker: its tokens, and the mentions inside it.
    const spoken: { speaker: string; tokens: TokenSpan; inside: PlacedMention[] }[] = [];
    for (const quote of quotes) {
      if (!hasEntitySpeaker(quote)) continue;
      const tokens = classifier.sentenceTokens(quote);
      if (tokens) spoken.push({ speaker: quote.speaker, tokens, inside: mentionsInside(tokens, byPosition) });
    }
    // A name inside a quotation takes no side toward the quotation's speaker: the words are the
    // speaker's, said of that name, not the name's own act ("“... resolutions condemning North
    // Korea,” said X" set the Security Council against X). The speaker's side toward the name stands.
    // Kept by sentence: each name inside one of its quotations, with that quotation's speaker.
    const spokenOf = new Map<number, { entity: string; speaker: string }[]>();
    for (const { speaker, inside } of spoken) {
      for (const m of inside) {
        if (m.entity === speaker) continue;
        const pair = { entity: m.entity, speaker };
        const list = spokenOf.get(m.sentence);
        if (list) list.push(pair);
        else spokenOf.set(m.sentence, [pair]);
      }
    }
    if (spokenOf.size > 0) {
      evidence = evidence.filter((e) => !spokenOf.get(e.sentence)?.some((p) => p.entity === e.source && p.speaker === e.target));
    }
    for (const { speaker, tokens, inside } of spoken) quoteEvidence(classifier.info, speaker, tokens, inside, evidence);
  }
  if (affiliated.size === 0) return evidence;
  const indexOf = new Map(entities.map((entity, index) => [entity.id, index]));
  return evidence.filter((e) => {
    const x = indexOf.get(e.source);
    const y = indexOf.get(e.target);
    return x === undefined || y === undefined || !affiliated.has(pairKey(x, y));
  });
}

/** Nouns of a role held in a body: "chairman of the Judiciary Committee", "a member of Hamas". */
const ROLE_NOUNS = new Set([
  'chairman', 'chairwoman', 'chair', 'member', 'head', 'leader', 'director', 'president', 'founder', 'co-founder',
  'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'ceo', 'officer', 'fellow', 'professor', 'secretary', 'editor',
]);
/** How far before a role noun the person holding it may be named: "Chuck Grassley (R-Iowa), chairman of". */
const ROLE_REACH = 8;

/**
 * Marks affiliated a person and the body a role of theirs is named in ("Sen. Chuck Grassley,
 * chairman of the Judiciary Committee", "X, a member of Hamas' political bureau"): a role noun, "of",
 * "at" or "for" and at most a determiner before the body, and the person named at most ROLE_REACH
 * tokens before the role noun in the same sentence. Membership is no stance.
 */
function membersOfBodies(info: TokenInfo, mentions: readonly PlacedMention[], affiliated: Set<number>, pairKey: (x: number, y: number) => number): void {
  const { normal } = info.tokens;
  for (let k = 1; k < mentions.length; k++) {
    const body = mentions[k];
    const t = pastDeterminer(info.tokens, body.tokens.first - 1, 0);
    if (t < 1 || (normal[t] !== 'of' && normal[t] !== 'at' && normal[t] !== 'for') || !ROLE_NOUNS.has(normal[t - 1])) continue;
    const role = t - 1;
    for (let j = k - 1; j >= 0 && mentions[j].sentence === body.sentence; j--) {
      const person = mentions[j];
      if (person.tokens.last >= role) continue;
      if (role - person.tokens.last <= ROLE_REACH && person.agent && !person.group && !person.place) affiliated.add(pairKey(person.index, body.index));
      break;
    }
  }
}

/**
 * Marks affiliated each nationality and the place its name is formed from ("Eritrean" and
 * "Eritrea", "Mexican" and "Mexico", "Chinese" and "China"): one side, whatever a sentence sets
 * between them. The shorter name must be all but its last letter the start of the longer.
 */
function nationalitiesOfPlaces(entities: StanceInput['layers']['entities'], affiliated: Set<number>, pairKey: (x: number, y: number) => number): void {
  for (let x = 0; x < entities.length; x++) {
    if (entities[x].type !== 'NORP') continue;
    const group = entities[x].name.toLowerCase();
    for (let y = 0; y < entities.length; y++) {
      if (!PLACE_TYPES.has(entities[y].type)) continue;
      const place = entities[y].name.toLowerCase();
      const shorter = Math.min(group.length, place.length);
      let shared = 0;
      while (shared < shorter && group.charCodeAt(shared) === place.charCodeAt(shared)) shared++;
      if (shared >= MIN_STEM && shared >= shorter - 1) affiliated.add(pairKey(x, y));
    }
  }
}

/** The shortest stem a nationality shares with its place's name: "Iraq", "Iraqi". */
const MIN_STEM = 4;

/** A number for each unordered pair of the `count` entities' indices. */
function pairKeys(count: number): (x: number, y: number) => number {
  return (x, y) => (x < y ? x * count + y : y * count + x);
}

// Scratch space reused by every sentence (typed, grown on demand): candidate pairs packed as
// distance << 20 | candidate index, so that a plain numeric sort orders them nearest first.
let keys: Int32Array = new Int32Array(64);
let pairI: Int32Array = new Int32Array(64);
let pairJ: Int32Array = new Int32Array(64);
let marks = new Uint8Array(64);
const MODIFIER = 1;
const REPORTED = 2;
const ADDRESSEE = 4;
const HOLDER = 8;
const LISTED = 16;
const REPORTER = 32;
/** How many names a run joined by commas and "and" must have to be a list, not a pair ("A and B"). */
const MIN_LIST = 3;
/** Verbs whose object is who hears the words, not whom they concern: "told Rai radio that …". */
const TELLING_VERBS = new Set(['tell', 'inform', 'brief']);
const seenA: string[] = [];
const seenB: string[] = [];
const reporters: number[] = [];
const listedPairs = new Set<number>();

/**
 * Classifies the pairs of one sentence: for each two entities, only their nearest two mentions
 * (a sentence counts once per pair), nearest pairs first, at most MAX_PAIRS_PER_SENTENCE.
 * A name that modifies the next name ("US President X") is not paired: its head speaks for it.
 * The subject of a reported clause ("A said that B would …") is not paired with the reporter;
 * instead the reporter takes B's stance in that sentence, scaled by REPORTED_SHARE. Nor are an
 * addressee ("told X"), the holder of an undertaking ("the commitment of X") as a target, or two
 * members of one list ("Georgia, Virginia and Texas").
 */
function sentencePairs(
  classifier: PairClassifier,
  sentence: Span,
  mentions: PlacedMention[],
  from: number,
  to: number,
  out: StanceEvidence[],
  affiliated: Set<number>,
  pairKey: (x: number, y: number) => number,
): void {
  const context = classifier.sentenceTokens(sentence);
  if (!context) return;
  const info = classifier.info;
  info.fillRange(context.first, context.last);
  const count = to - from;
  if (marks.length < count) marks = new Uint8Array(2 * count);
  for (let i = from; i < to; i++) {
    const next = i + 1 < to ? mentions[i + 1] : undefined;
    let mark = 0;
    if (next !== undefined && next.entity !== mentions[i].entity && nounPhrase(info, mentions[i], next)) {
      mark |= MODIFIER;
    }
    if (clauseSubject(info, mentions[i].tokens, context)) mark |= REPORTED;
    if (addressee(info, mentions[i].tokens, context)) mark |= ADDRESSEE;
    if (holder(info, mentions[i].tokens, context)) mark |= HOLDER;
    if (reports(info, mentions[i].tokens, context)) mark |= REPORTER;
    marks[i - from] = mark;
  }
  markLists(info, mentions, from, to);
  // Two entities that share a list are not paired anywhere in the sentence: their nearest
  // mentions are listed, and a farther pair would only read the list again.
  listedPairs.clear();
  for (let i = from; i < to; i++) {
    if (!(marks[i - from] & LISTED)) continue;
    for (let j = i + 1; j < to; j++) if (marks[j - from] & LISTED) listedPairs.add(pairKey(mentions[i].index, mentions[j].index));
  }
  let n = 0;
  reporters.length = 0;
  for (let i = from; i < to; i++) {
    if (marks[i - from] & (MODIFIER | ADDRESSEE | REPORTER)) continue;
    for (let j = i + 1; j < to; j++) {
      if (marks[j - from] & (MODIFIER | ADDRESSEE | HOLDER | REPORTER) || !pairable(mentions[i], mentions[j])) continue;
      if (listedPairs.size > 0 && listedPairs.has(pairKey(mentions[i].index, mentions[j].index))) continue;
      const distance = mentions[j].tokens.first - mentions[i].tokens.last;
      if (marks[j - from] & REPORTED && distance > 1 && actsOnThird(info, mentions, j, to, mentions[i].entity)) {
        reporters.push(i, j);
        continue;
      }
      // Their evidence would be dropped at the end: do not score it.
      if (affiliated.size > 0 && affiliated.has(pairKey(mentions[i].index, mentions[j].index))) continue;
      if (n === keys.length) {
        keys = grow(keys);
        pairI = grow(pairI);
        pairJ = grow(pairJ);
      }
      keys[n] = (distance << 20) | n;
      pairI[n] = i;
      pairJ[n] = j;
      n++;
    }
  }
  const order = keys.subarray(0, n).sort();
  let seen = 0;
  const firstOut = out.length;
  for (let k = 0; k < n && seen < MAX_PAIRS_PER_SENTENCE; k++) {
    const c = order[k] & 0xfffff;
    const a = mentions[pairI[c]];
    const b = mentions[pairJ[c]];
    let dup = false;
    for (let s = 0; s < seen && !dup; s++) {
      dup = (seenA[s] === a.entity && seenB[s] === b.entity) || (seenA[s] === b.entity && seenB[s] === a.entity);
    }
    if (dup) continue;
    seenA[seen] = a.entity;
    seenB[seen] = b.entity;
    seen++;
    classify(classifier, context, a, b, out);
  }
  const lastOut = out.length;
  // "A made it clear that B would respond to C's aggression": A takes B's side toward C.
  for (let r = 0; r < reporters.length; r += 2) {
    lend(out, firstOut, lastOut, mentions[reporters[r + 1]].entity, mentions[reporters[r]].entity, REPORTED_SHARE);
  }
  // "Acme chief X praised Y": the modifier shares its head's side. Not a group's name: "Democratic
  // nominee X criticized Y" is X's act, not the party's (in the training sentences about three in
  // four such pairs are neutral).
  // Nor a place before the office of a legislator it elects, or of one who held an office there:
  // "Texas Sen. X endorsed Y" and "former Florida Gov. X criticized Y" are the senator's and the
  // candidate's acts, where "Russian President X" and "Michigan Gov. X" speak for their governments
  // (as the training sentences label them).
  for (let i = from; i < to; i++) {
    if (marks[i - from] & MODIFIER && !mentions[i].group) {
      let head = i + 1;
      while (head < to - 1 && marks[head - from] & MODIFIER) head++;
      if (mentions[i].place && speaksForNoGovernment(info, mentions[i].tokens.first - 1, mentions[i].tokens.last + 1, mentions[head].tokens.first)) continue;
      // "the Wisconsin Republican": a group's word for one of its members speaks for no place.
      if (mentions[head].group) continue;
      lend(out, firstOut, lastOut, mentions[head].entity, mentions[i].entity, 1);
    }
  }
}

/** Offices of legislators, who represent a place's voters, not its government: "Sen.", "Rep.". */
const LEGISLATORS = new Set([
  'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'congressmember',
  'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councilmember',
]);

/**
 * True when the office between a place and its holder (tokens [first, last)) does not make the holder
 * speak for the place's government: a legislator's ("Texas Sen."), or any once "former" comes before
 * the place (token `before`: "former Florida Gov."). Abbreviations count without their period.
 */
function speaksForNoGovernment(info: TokenInfo, before: number, first: number, last: number): boolean {
  if (before >= 0 && info.tokens.normal[before] === 'former') return true;
  for (let t = first; t < last; t++) if (LEGISLATORS.has(info.tokens.normal[t].replace(/\.$/, ''))) return true;
  return false;
}

/** Copies the evidence `from` has in out[first..last) to `to`, scaled; never toward `to` itself. */
function lend(out: StanceEvidence[], first: number, last: number, from: string, to: string, share: number): void {
  for (let e = first; e < last; e++) {
    const piece = out[e];
    if (piece.source === from && piece.target !== to) out.push({ ...piece, source: to, score: piece.score * share });
    else if (piece.target === from && piece.source !== to) out.push({ ...piece, target: to, score: piece.score * share });
  }
}

/**
 * True when the name at `j` acts on a third name later in the sentence: a support or oppose cue
 * lies between them ("B would respond to … aggression by C").
 */
function actsOnThird(info: TokenInfo, mentions: PlacedMention[], j: number, to: number, reporter: string): boolean {
  const b = mentions[j];
  for (let k = j + 1; k < to; k++) {
    const c = mentions[k];
    if (c.entity === b.entity || c.entity === reporter || c.tokens.first - b.tokens.last > MAX_PAIR_DISTANCE) continue;
    for (let i = b.tokens.last + 1; i < c.tokens.first; i++) if (info.flags(i) & (FLAG.support | FLAG.oppose)) return true;
  }
  return false;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

function pairable(a: PlacedMention, b: PlacedMention): boolean {
  return a.entity !== b.entity && !a.setting && !b.setting && a.tokens.last < b.tokens.first && b.tokens.first - a.tokens.last <= MAX_PAIR_DISTANCE;
}

/**
 * Marks LISTED the mentions of a sentence (`from` to `to`, in text order) that are members of a
 * list: MIN_LIST names or more with only commas, "and", "or" and "the" between each and the next
 * ("Brazil, China, India and South Africa", "won Georgia, Virginia, Arkansas and Texas"). A list
 * names the members of one group or setting, which take no side toward each other by being listed.
 */
function markLists(info: TokenInfo, mentions: PlacedMention[], from: number, to: number): void {
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && joinedInList(info, mentions[i - 1], mentions[i])) continue;
    if (i - start >= MIN_LIST) for (let k = start; k < i; k++) marks[k - from] |= LISTED;
    start = i;
  }
}

/**
 * Whether only commas, "and", "or", "the" and white space stand between two mentions, with at most
 * a bracketed aside after the first: "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert
 * Menendez".
 */
function joinedInList(info: TokenInfo, a: PlacedMention, b: PlacedMention): boolean {
  if (b.tokens.first <= a.tokens.last) return false;
  let k = a.tokens.last + 1;
  if (info.tokens.value[k] === '(') {
    const close = k + MAX_ASIDE;
    while (k < b.tokens.first && k <= close && info.tokens.value[k] !== ')') k++;
    if (info.tokens.value[k] !== ')') return false;
    k++;
  }
  for (; k < b.tokens.first; k++) {
    if ((info.flags(k) & FLAG.coordinator) === 0 && info.tokens.pos[k] !== 'SPACE') return false;
  }
  return true;
}

/** The most tokens a bracketed aside between listed names holds: a party and a state, "(D-N.Y.)". */
const MAX_ASIDE = 8;

const CUES = FLAG.verb | FLAG.support | FLAG.oppose | FLAG.hostile | FLAG.supported | FLAG.toward | FLAG.agent | FLAG.speech;

/**
 * Names at most two tokens apart with nothing between that could carry a side (no verb, no
 * lexicon cue, no "to", "against", "by") and no word that opens a clause describe one another: "US President X", "his
 * French counterpart X". In the training sentences about 88% of pairs this close with no verb between are neutral.
 */
function descriptive(info: TokenInfo, a: PlacedMention, b: PlacedMention): boolean {
  if (b.tokens.first - a.tokens.last - 1 > 2) return false;
  for (let i = a.tokens.last + 1; i < b.tokens.first; i++) if (info.flags(i) & CUES || CLAUSE_OPENERS.has(info.tokens.lemma[i])) return false;
  return true;
}

/**
 * B named as A's relative, joined to A by no more than punctuation, an age and "and": "X and his
 * wife Y", "X, 18, and his brother Y, 5". Kinship takes no side; the training and development
 * sentences label every such pair neutral (4 of 4), where the model leans to support on "his wife".
 */
function relatives(info: TokenInfo, a: PlacedMention, b: PlacedMention): boolean {
  const { lemma, normal, pos } = info.tokens;
  const kin = b.tokens.first - (normal[b.tokens.first - 1] === ',' ? 2 : 1);
  if (kin - 1 <= a.tokens.last || !KIN.has(lemma[kin]) || !POSSESSIVES.has(normal[kin - 1])) return false;
  for (let i = a.tokens.last + 1; i < kin - 1; i++) {
    if (!(info.flags(i) & (FLAG.punct | FLAG.coordinator)) && pos[i] !== 'NUM' && pos[i] !== 'SPACE') return false;
  }
  return true;
}

const POSSESSIVES = new Set(['his', 'her', 'their']);
const KIN = new Set([
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'parent', 'child', 'niece', 'nephew',
  'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'fiancée', 'fiancé', 'widow', 'widower',
]);

/** Words that open a clause: names on either side of one are no one phrase ("told Rai radio that Rome …"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** A descriptive pair with no punctuation between: one noun phrase, a modifier and its head ("French President X"). */
function nounPhrase(info: TokenInfo, a: PlacedMention, b: PlacedMention): boolean {
  if (a.tokens.last >= b.tokens.first || !descriptive(info, a, b)) return false;
  for (let i = a.tokens.last + 1; i < b.tokens.first; i++) if (info.flags(i) & (FLAG.punct | FLAG.coordinator)) return false;
  return true;
}

/**
 * True for the subject of a reported or subordinate clause: the mention follows "that" or a
 * speech verb (a determiner may come between) and a verb or auxiliary follows it ("… said that
 * the US would respond").
 */
function clauseSubject(info: TokenInfo, m: TokenSpan, context: TokenSpan): boolean {
  const after = m.last + 1;
  if (after > context.last || !(info.flags(after) & FLAG.verb)) return false;
  const before = pastDeterminer(info.tokens, m.first - 1, context.first);
  if (before < context.first) return false;
  return info.tokens.lemma[before] === 'that' || (info.flags(before) & FLAG.speech) !== 0;
}

/**
 * True when the verb after a mention is "report" ("The Post reports that …", "as CNN reported"):
 * the reporter takes no side in the news it carries.
 */
function reports(info: TokenInfo, m: TokenSpan, context: TokenSpan): boolean {
  let after = m.last + 1;
  if (after <= context.last && info.tokens.pos[after] === 'AUX') after++;
  if (after > context.last || info.tokens.lemma[after] !== 'report') return false;
  // wink takes "reports" after a name for a noun ("The Post reports that …"); "that" after it makes it the verb.
  return info.tokens.pos[after] === 'VERB' || (after < context.last && info.tokens.normal[after + 1] === 'that');
}

/**
 * True when a mention is who is told ("Piantedosi told Rai radio that …", "briefed the Senate") or
 * the source a report is given by ("according to Pollstar"): the listener takes no side in what is
 * said to it, the source none in what it reports, and the speaker none toward either.
 */
function addressee(info: TokenInfo, m: TokenSpan, context: TokenSpan): boolean {
  const before = pastDeterminer(info.tokens, m.first - 1, context.first);
  if (before < context.first) return false;
  // "according to Pollstar": the source of a figure or a report is no side in it.
  if (before > context.first && info.tokens.normal[before] === 'to' && info.tokens.normal[before - 1] === 'according') return true;
  // Who is told or interviewed, alone or at the end of a phrase: "told Fox News host Chris
  // Wallace", "in an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski".
  const { tokens } = info;
  let t = before;
  for (let k = 0; k < MAX_LISTENER_WORDS && t > context.first && LISTENER_PHRASE.has(tokens.pos[t]) && !TELLING_VERBS.has(tokens.lemma[t]); k++) t--;
  if (TELLING_VERBS.has(tokens.lemma[t])) return true;
  if (tokens.normal[t] !== 'with') return false;
  const noun = pastDeterminer(tokens, t - 1, context.first);
  return noun >= context.first && INTERVIEW_NOUNS.has(tokens.lemma[noun]);
}

/** What a phrase naming a listener may hold before the listener's name: "Fox News host", "X and". */
const LISTENER_PHRASE: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'PART']);
/** The most words such a phrase runs back from the listener's name. */
const MAX_LISTENER_WORDS = 8;
/** Talk whose other party "with" names: "an interview with X". */
const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['interview', 'conversation']);

/** Nouns of an undertaking whose holder "of" names: "the commitment of X" is X's own, as "X's commitment" is. */
const UNDERTAKINGS = new Set(['commitment', 'pledge', 'promise', 'resolve', 'determination', 'readiness', 'willingness']);

/**
 * True when the mention holds an undertaking named before it ("reaffirmed the commitment of X to
 * Y"): what acts on the undertaking does not act on X, so X is no target of the names before it
 * (it may still take Y's side).
 */
function holder(info: TokenInfo, m: TokenSpan, context: TokenSpan): boolean {
  const before = pastDeterminer(info.tokens, m.first - 1, context.first);
  return before - 1 >= context.first && info.tokens.normal[before] === 'of' && UNDERTAKINGS.has(info.tokens.lemma[before - 1]);
}

/** Parts of speech a noun phrase is made of, walking back from its head name to what governs it. */
const NOUN_PHRASE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * True when A is the object of a preposition ("spoke with his counterpart A") and the first verb
 * after it is coordinated ("… and affirmed …"): that verb's subject is the clause's subject, not A.
 */
function obliqueBeforeCoordinatedVerb(info: TokenInfo, a: TokenSpan, b: TokenSpan): boolean {
  const { pos, lemma } = info.tokens;
  let i = a.first - 1;
  for (let k = 0; k < 4 && i >= 0 && NOUN_PHRASE_POS.has(pos[i]); k++) i--;
  if (i < 0 || pos[i] !== 'ADP' || lemma[i] === 'by') return false;
  for (let j = a.last + 1; j < b.first; j++) {
    if (info.flags(j) & FLAG.verb) return j - 1 > a.last && pos[j - 1] === 'CCONJ';
  }
  return false;
}

/**
 * Classifies one pair, a before b, and records it when the model takes a side: the calibrated
 * probability of its class reaches MIN_PAIR_SCORE and leads neutral by MIN_NEUTRAL_MARGIN.
 */
function classify(classifier: PairClassifier, context: TokenSpan, a: PlacedMention, b: PlacedMention, out: StanceEvidence[]): void {
  if (descriptive(classifier.info, a, b) || relatives(classifier.info, a, b)) return;
  const probs = classifier.scoreTokens(a.tokens, b.tokens, context, STANCE_TEMPERATURE);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
  if (best === 0) return;
  const score = probs[best];
  if (score < MIN_PAIR_SCORE || score - probs[0] < MIN_NEUTRAL_MARGIN) return;
  // Classes 1..4: p-supports-q, q-supports-p, p-opposes-q, q-opposes-p.
  const forward = best === 1 || best === 3;
  if (!(forward ? a : b).agent) return;
  if (forward && obliqueBeforeCoordinatedVerb(classifier.info, a.tokens, b.tokens)) return;
  out.push({
    source: forward ? a.entity : b.entity,
    target: forward ? b.entity : a.entity,
    polarity: best <= 2 ? 'support' : 'oppose',
    score,
    sentence: a.sentence,
  });
}

/** The mentions (of `byPosition`, in text order) that lie wholly inside a quotation's tokens. */
function mentionsInside(quoteTokens: TokenSpan, byPosition: PlacedMention[]): PlacedMention[] {
  let lo = 0;
  let hi = byPosition.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition[mid].tokens.first < quoteTokens.first) lo = mid + 1;
    else hi = mid;
  }
  const inside: PlacedMention[] = [];
  for (let i = lo; i < byPosition.length && byPosition[i].tokens.first <= quoteTokens.last; i++) {
    if (byPosition[i].tokens.last <= quoteTokens.last) inside.push(byPosition[i]);
  }
  return inside;
}

function quoteEvidence(info: TokenInfo, speaker: string, quoteTokens: TokenSpan, inside: readonly PlacedMention[], out: StanceEvidence[]): void {
  for (const mention of inside) {
    // A place where something happens ("aggression in the Gaza Strip") is not what the speaker judges.
    if (mention.entity === speaker || mention.setting) continue;
    // A mention that acts ("X reaffirmed", "X would respond", "the commitment of X to") is not what the speaker judges.
    if (acts(info, mention.tokens.last + 1, quoteTokens.last)) continue;
    const valence = valenceInQuote(info, mention.tokens, quoteTokens);
    if (Math.abs(valence) < MIN_QUOTE_VALENCE) continue;
    out.push({
      source: speaker,
      target: mention.entity,
      polarity: valence > 0 ? 'support' : 'oppose',
      score: Math.min(0.9, QUOTE_SCORE_PER_POINT * Math.abs(valence)),
      sentence: mention.sentence,
    });
  }
}

function acts(info: TokenInfo, next: number, last: number): boolean {
  return next <= last && ((info.flags(next) & FLAG.verb) !== 0 || info.tokens.lemma[next] === 'to');
}

/**
 * Combines evidence into one relation per ordered (source, target, polarity): the score is the
 * noisy-or of the pieces, 1 − Π(1 − sᵢ), so agreeing sentences strengthen each other; evidence is
 * the sorted sentence indices. Relations from an entity to itself, those scoring below
 * MIN_RELATION_SCORE, and the weaker of support and opposition between the same ordered pair are
 * dropped. Strongest first.
 */
export function aggregateStance(evidence: readonly StanceEvidence[], minScore = MIN_RELATION_SCORE): StanceRelation[] {
  const groups = new Map<string, { source: string; target: string; polarity: 'support' | 'oppose'; miss: number; sentences: Set<number> }>();
  for (const e of evidence) {
    if (e.source === e.target) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.polarity}`;
    let group = groups.get(key);
    if (!group) {
      group = { source: e.source, target: e.target, polarity: e.polarity, miss: 1, sentences: new Set() };
      groups.set(key, group);
    }
    group.miss *= 1 - Math.min(1, Math.max(0, e.score));
    group.sentences.add(e.sentence);
  }
  const relations: StanceRelation[] = [];
  for (const g of groups.values()) {
    const score = 1 - g.miss;
    if (score < minScore) continue;
    // One side per ordered pair: the weaker polarity yields to the stronger (ties keep both).
    const other = groups.get(`${g.source}\u0000${g.target}\u0000${g.polarity === 'support' ? 'oppose' : 'support'}`);
    if (other && 1 - other.miss > score) continue;
    relations.push({
      source: g.source,
      target: g.target,
      polarity: g.polarity,
      score: Math.round(score * 1000) / 1000,
      evidence: [...g.sentences].sort((x, y) => x - y),
    });
  }
  return relations.sort(
    (x, y) => y.score - x.score || cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.polarity, y.polarity),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sentenceOf(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo].start <= offset ? lo : -1;
}

/** Stance inference as a pipeline stage. */
export const stanceStage: Stage<'sentences' | 'entities' | 'sentiment' | 'quotes', 'stance'> = {
  name: 'stance',
  requires: ['sentences', 'entities', 'sentiment', 'quotes'],
  provides: 'stance',
  run: (doc) => inferStance(doc),
};
