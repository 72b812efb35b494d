import type { EntityType, NewsDocument } from '@newslens/core';
import {
  boundaryWord, GAZ_BITS, gazMatchBucket, historyBucket, posBucket, posPairLeftBucket, posPairRightBucket,
  prepareSequence, prevLabelBucket, seenLowerBucket, WordCache, type Sequence,
} from './features.js';
import { CONLL_TYPES, LABEL_COUNT, O, typeOf } from './labels.js';
import { START, tokenLabels, viterbi } from './viterbi.js';
import { addBucket, loadModel, type Model } from './model.js';
import { gazetteerType, refineType } from './refine-type.js';
import { labelsToSpans, splitAtBreaks, trimSpan } from './spans.js';
import { isAbbreviatedTitle, isPortfolioOfTitle, TITLES } from './titles.js';
import { ARABIC_ARTICLES, consistent, withAcronyms, withAdvocacyNames, withCaseNames, withoutTitleCaseRunOns, withCitedAuthors, withAmpersandNames, withGivenNames, withBodyNames, withListTypes, withoutCommonAcronyms, withoutHeadlineWords, withLandformNames, withNicknames, withParticipleNames, withoutLeadingLabels, withoutPartyLabels, withPatronymics, withSharedHeads, type Found } from './name-passes.js';
import { beforeMembers, beforeModifier, beforePartyOffice, lawHeadAfter, organisationHeadAfter, withSyllables } from './span-edges.js';
import { headlineEnd } from './headline.js';
import { isJoinedHyphen, POS_BOS, POS_COUNT, POS_EOS, POS_TAGS, taggingTokens, type TaggingTokens } from './token-view.js';
import { SLOT_COUNT, SLOT_INITIAL, SLOT_NEXT, SLOT_NEXT2, SLOT_PREV, SLOT_PREV2, wordSlots, type WordFeatures } from './word-features.js';

/** A span of text that names something, with its OntoNotes name type. */
export interface NameSpan {
  start: number;
  end: number;
  type: EntityType;
}

const LC = LABEL_COUNT;
const HISTORY_CAPS = 4;

/**
 * Weights summed per feature group, so that scoring a token adds a few rows of LABEL_COUNT
 * floats instead of looking up each of its ~50 features: per word type one row per slot, one row
 * per POS trigram (its three unigrams and two bigrams), one per POS tag two away.
 */
interface Tables {
  model: Model;
  posTrigram: Float32Array;
  posFar: Float32Array;
  /** Row prev (LABEL_BOS for a sentence's start): the score of each label after prev. */
  transition: Float32Array;
  gaz: Float32Array;
  history: Float32Array;
  /** Row cap * 2 + (sentence-initial ? 1 : 0). */
  seenLower: Float32Array;
}

function table(rows: number, bucketsOf: (row: number) => number[], model: Model): Float32Array {
  const out = new Float32Array(rows * LC);
  for (let r = 0; r < rows; r++) for (const b of bucketsOf(r)) addBucket(model, b, out, r * LC);
  return out;
}

const P = POS_COUNT;

let tables: Tables | undefined;
function loadTables(): Tables {
  const model = loadModel();
  if (tables?.model === model) return tables;
  tables = {
    model,
    posTrigram: table(P * P * P, (r) => {
      const [a, b, c] = [Math.floor(r / (P * P)), Math.floor(r / P) % P, r % P];
      return [posBucket(-1, a), posBucket(0, b), posBucket(1, c), posPairLeftBucket(a, b), posPairRightBucket(b, c)];
    }, model),
    posFar: table(2 * P, (r) => [posBucket(r < P ? -2 : 2, r % P)], model),
    transition: table(LC + 1, (r) => [prevLabelBucket(r)], model),
    gaz: table(GAZ_BITS, (r) => [gazMatchBucket(r)], model),
    history: table(CONLL_TYPES.length * HISTORY_CAPS, (r) => [historyBucket(r >> 2, r & 3)], model),
    seenLower: table(HISTORY_CAPS * 2, (r) => [seenLowerBucket(r >> 1, r & 1)], model),
  };
  return tables;
}

/**
 * A word type's weights: SLOT_COUNT rows, each the sum of that slot's feature weights, kept on the
 * word's cached features (a property read per token, where a WeakMap lookup cost more).
 */
function wordVector(t: Tables, w: WordFeatures): Float32Array {
  if (w.vectorModel !== t.model || w.vector === undefined) {
    const v = new Float32Array(SLOT_COUNT * LC);
    const slots = wordSlots(w);
    for (let s = 0; s < SLOT_COUNT; s++) for (const b of slots[s]) addBucket(t.model, b, v, s * LC);
    w.vector = v;
    w.vectorModel = t.model;
  }
  return w.vector;
}

const cache = new WordCache();
/** Per-token rows, labels and skip marks of the document being labelled, reused across calls. */
const vectors: Float32Array[] = [];
let labelBuffer = new Uint8Array(1024);
let outsideBuffer = new Uint8Array(1024);
const PERSON_TYPE = CONLL_TYPES.indexOf('PER');
const POS_ADJ = POS_TAGS.indexOf('ADJ');
let emission = new Float32Array(256 * LC);

/**
 * Labels every token: per sentence, emission scores from the cached rows, then first-order
 * Viterbi under BILOU constraints, as scripts/train.ts trained it. The type a word was given in
 * earlier sentences is a feature of its later mentions.
 */
/** Fills `emission` for tokens [first, last) of the sentence [from, to), row 0 being token `first`. */
function scoreTokens(
  seq: Sequence,
  t: Tables,
  vectors: Float32Array[],
  pad: Float32Array,
  from: number,
  to: number,
  first: number,
  last: number,
): void {
  const pos = seq.tokens.pos;
  const { posTrigram, posFar, gaz, history: historyRows } = t;
  for (let i = first; i < last; i++) {
    const at = vectors[i];
    const prev = i - 1 >= from ? vectors[i - 1] : pad;
    const next = i + 1 < to ? vectors[i + 1] : pad;
    const prev2 = i - 2 >= from ? vectors[i - 2] : pad;
    const next2 = i + 2 < to ? vectors[i + 2] : pad;
    const pm1 = i - 1 >= from ? pos[i - 1] : POS_BOS;
    const pp1 = i + 1 < to ? pos[i + 1] : POS_EOS;
    const oTri = ((pm1 * P + pos[i]) * P + pp1) * LC;
    const oFarL = (i - 2 >= from ? pos[i - 2] : POS_BOS) * LC;
    const oFarR = (P + (i + 2 < to ? pos[i + 2] : POS_EOS)) * LC;
    const row = (i - first) * LC;
    // Scores only for the labels the decoder may give the token (see viterbi.ts): a token that
    // cannot start a name needs no B or U, the run's last one no B or I, and its first, after an O,
    // nothing but O unless it may start a name.
    const ys = tokenLabels(i - first, last - first, seq.canOpen[i] !== 0);
    for (let c = 0; c < ys.length; c++) {
      const y = ys[c];
      emission[row + y] =
        at[y] + prev[SLOT_PREV * LC + y] + next[SLOT_NEXT * LC + y] + prev2[SLOT_PREV2 * LC + y] + next2[SLOT_NEXT2 * LC + y] +
        posTrigram[oTri + y] + posFar[oFarL + y] + posFar[oFarR + y];
    }
    // Rarer features, added only when present, to every label: a loop over all of them cost less
    // than one over the labels read.
    if (i === from) for (let y = 0; y < LC; y++) emission[row + y] += at[SLOT_INITIAL * LC + y];
    const g = seq.gaz[i];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) for (let y = 0; y < LC; y++) emission[row + y] += gaz[b * LC + y];
    const word = seq.words[i];
    const mark = word.mark!;
    if (mark.historyStamp === seq.document) {
      const o = (mark.historyType * HISTORY_CAPS + word.cap) * LC;
      for (let y = 0; y < LC; y++) emission[row + y] += historyRows[o + y];
    }
    if (seq.seenLower[i]) {
      const o = (word.cap * 2 + (i === from ? 1 : 0)) * LC;
      for (let y = 0; y < LC; y++) emission[row + y] += t.seenLower[o + y];
    }
  }
}

function label(seq: Sequence, t: Tables): Uint8Array {
  const n = seq.tokens.length;
  if (labelBuffer.length < n) {
    labelBuffer = new Uint8Array(n * 2);
    outsideBuffer = new Uint8Array(n * 2);
  }
  const labels = labelBuffer.subarray(0, n);
  const outside = outsideBuffer;
  if (vectors.length < n) vectors.length = n;
  const pad = wordVector(t, boundaryWord());
  const bounds = seq.sentenceBounds;
  const canOpen = seq.canOpen;
  const starts = seq.tokens.start;
  const ends = seq.tokens.end;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k];
    const to = bounds[k + 1];
    if (emission.length < (to - from) * LC) emission = new Float32Array((to - from) * LC * 2);
    // A token without a capital between two others without one is outside every name (a name
    // holds no three such words in a row, bar rare cases): it is O, and the rest of the sentence
    // falls into short runs, each decoded on its own between two such O's, which gives the same
    // result as decoding the whole sentence with those O's fixed. Most of a text is skipped.
    // Words joined by hyphens ("Chester-le-Street") are never skipped.
    for (let i = from; i < to; i++) {
      outside[i] =
        !canOpen[i] &&
        (i === from || (!canOpen[i - 1] && starts[i] > ends[i - 1])) &&
        (i === to - 1 || (!canOpen[i + 1] && starts[i + 1] > ends[i]))
          ? 1
          : 0;
    }
    let i = from;
    while (i < to) {
      if (outside[i]) {
        labels[i++] = O;
        continue;
      }
      const start = i;
      while (i < to && !outside[i]) i++;
      // Rows only for the tokens the run's features read, itself and two each side: a word type's
      // row costs some 35 weight lookups the first time, and a text's words outside every run and
      // its reach never need one (9% of the types of 527 PolNeAR articles).
      for (let j = Math.max(from, start - 2); j < Math.min(to, i + 2); j++) vectors[j] = wordVector(t, seq.words[j]);
      scoreTokens(seq, t, vectors, pad, from, to, start, i);
      viterbi(i - start, emission, t.transition, canOpen, labels, undefined, start === from ? START : O, i < to, start);
    }
    // The type each capitalised word was given, a feature of the words of its form in later sentences.
    for (let j = from; j < to; j++) {
      const word = seq.words[j];
      if (labels[j] === O || (word.cap !== 1 && word.cap !== 2)) continue;
      word.mark!.historyStamp = seq.document;
      word.mark!.historyType = typeOf(labels[j]);
    }
  }
  return labels;
}

/** Nouns that end the name of an office, not of a person: "Chief Technology Officer", "Finance Director". */
const OFFICE_NOUNS = new Set(['officer', 'executive', 'director', 'manager', 'secretary', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson']);
/** The passes that mend the names' spans and types over the whole article, in order (name-passes.ts). */
const SPAN_PASSES: readonly ((tokens: TaggingTokens, found: Found[]) => Found[])[] = [
  withoutLeadingLabels, withoutPartyLabels, withAmpersandNames, withCaseNames, withBodyNames, withSharedHeads, withPatronymics, withNicknames, withParticipleNames, withLandformNames,
  consistent, withListTypes,
];
/**
 * The first token of a name with the Arabic article joined to it by a hyphen before `first`, which
 * the tagger leaves out as a lower-case word ("al-Aqsa" had been "Aqsa", "al-Qaeda" "Qaeda").
 */
function withArabicArticle(tokens: TaggingTokens, first: number): number {
  const article = first - 2;
  return article >= 0 && ARABIC_ARTICLES.has(tokens.word[article]) && isJoinedHyphen(tokens, first - 1) ? article : first;
}

/** An executive's office written as initials ("COO and CFO Jane Roe"): CoNLL-2003 leaves "CEO" and "CFO" outside every name. */
const EXECUTIVE_INITIALS = new Set(['ceo', 'cfo', 'coo', 'cto']);
/** The plural of an acronym ("PACs", "NGOs", "MPs") is a common noun: CoNLL-2003 leaves most outside names. */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** Lower-case words that make a common noun of the acronym after them: "a super PAC". */
const COMMON_ACRONYM_MODIFIERS: ReadonlySet<string> = new Set(['super']);
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

const CLOCK_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const TIME_OF_DAY = /^(?:[ap]\.?m\.?)$/i;

function holdsClockTime(words: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const c = words[i].charCodeAt(0);
    if (c >= 48 && c <= 57 && CLOCK_TIME.test(words[i])) return true;
  }
  return false;
}

/** A code of two to four capitals right after a time of day: "2:15 p.m. ET", "14:00 GMT". */
const TIME_ZONE = /^\p{Lu}{2,4}$/u;
/** A time of day in four digits, as military and wire copy write it: "1700 ET". */
const FOUR_DIGIT_TIME = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** The zones written after a four-digit time; other codes there ("in 2001 US troops") are names. */
const ZONE_CODES = new Set(['ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'GMT', 'UTC', 'BST', 'CET', 'CEST']);

function isTimeZone(tokens: TaggingTokens, t: number): boolean {
  const word = tokens.word[t];
  // Two to four capitals take 2 to 8 code units; the length check spares most words the regex.
  if (t === 0 || word.length < 2 || word.length > 8 || !TIME_ZONE.test(word)) return false;
  const before = tokens.word[t - 1];
  return TIME_OF_DAY.test(before) || CLOCK_TIME.test(before) || (ZONE_CODES.has(word) && FOUR_DIGIT_TIME.test(before));
}

function holdsNameless(tokens: TaggingTokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens.nameless[i] === 1) return true;
  return false;
}

const LATIN_LETTER = /\p{Script=Latin}/u;

function hasLatinLetter(words: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    // An ASCII letter first, as in nearly every name, answers without the Unicode property test.
    const c = words[i].charCodeAt(0) | 32;
    if ((c >= 97 && c <= 122) || LATIN_LETTER.test(words[i])) return true;
  }
  return false;
}

const MISC_TYPE = CONLL_TYPES.indexOf('MISC');
const LOC_TYPE = CONLL_TYPES.indexOf('LOC');
/** Modifier words that say where something is or comes from: the name before them is a place ("Texas-based", "Ohio-born"). */
const PLACE_MODIFIERS = new Set(['based', 'born', 'bound', 'headquartered', 'raised']);

/**
 * The tagger's type for a name cut before a hyphenated modifier at `last` (the span ended at
 * `spanLast`): the tagger learned CoNLL's MISC for the whole word, which says nothing of the name
 * inside it, so a name before a modifier of place is a place; other types stand.
 */
function cutType(tokens: TaggingTokens, type: number, last: number, spanLast: number): number {
  if (last === spanLast || type !== MISC_TYPE) return type;
  return PLACE_MODIFIERS.has(tokens.word[last + 2].toLowerCase()) ? LOC_TYPE : type;
}

/**
 * Finds proper names and types them: an averaged structured perceptron over BILOU labels with
 * Viterbi decoding (weights in model/weights.json), its CoNLL types refined to OntoNotes ones (see
 * refine-type.ts). Spans hold no possessive, no leading article and no punctuation at either end.
 *
 * tagNames(doc) → [{ start: 0, end: 13, type: 'GPE' }, ...] for "United States President ..."
 */
export function tagNames(doc: NewsDocument<'sentences'>): NameSpan[] {
  const tokens = taggingTokens(doc.parse.tokens, doc.layers.sentences);
  if (tokens.length === 0) return [];
  const seq = prepareSequence(tokens, cache);
  const found: Found[] = [];
  for (const raw of labelsToSpans(label(seq, loadTables())).flatMap((s) => splitAtBreaks(tokens, s))) {
    const span = trimSpan(tokens, raw);
    if (!span) continue;
    span.first = withArabicArticle(tokens, span.first);
    // A hashtag ("#MeToo"), @-mention, link ("https://twitter.com/ChadSDay") or markup left in
    // extracted text is no name, whatever it spells (see TaggingTokens.nameless).
    if ((span.first === span.last && tokens.word[span.first].startsWith('#')) || holdsNameless(tokens, span.first, span.last)) continue;
    // The tagger reads English capitals: a run of words in another script ("Президент Владимир") is no name it can tell.
    if (!hasLatinLetter(tokens.word, span.first, span.last)) continue;
    // A clock time is in no name ("Updated 2:15 p.m. ET"), and a code after one is a time zone, not a country.
    if (holdsClockTime(tokens.word, span.first, span.last) || (span.first === span.last && isTimeZone(tokens, span.first))) continue;
    // Nor do an abbreviated title alone ("Sens."), an executive's initials ("COO"), an acronym's
    // plural ("PACs") or one a common noun's ("a super PAC"), or the portfolio of an office ("State"
    // in "Secretary of State").
    if (span.first === span.last && (isAbbreviatedTitle(tokens.word, tokens.start, tokens.end, span.first) || EXECUTIVE_INITIALS.has(seq.words[span.first].lower) || ACRONYM_PLURAL.test(tokens.word[span.first]) || (span.first > 0 && COMMON_ACRONYM_MODIFIERS.has(tokens.word[span.first - 1]) && ACRONYM_WORD.test(tokens.word[span.first])) || isPortfolioOfTitle(tokens.word, span.first))) continue;
    const spanFirst = span.first;
    // "President Maria Chen" names Maria Chen: titles stay outside a person's span.
    if (span.type === PERSON_TYPE) {
      while (span.first < span.last && TITLES.has(seq.words[span.first].lower)) span.first++;
      // A title alone ("Fed Chair" before "Jerome Powell") names nobody, nor does an office ("Chief Technology Officer").
      if (span.first === span.last && TITLES.has(seq.words[span.first].lower)) continue;
      if (OFFICE_NOUNS.has(seq.words[span.last].lower)) continue;
      span.last = withSyllables(tokens, span.last);
    }
    let last = span.type === PERSON_TYPE ? span.last : beforeMembers(tokens, span.first, beforePartyOffice(tokens, span.first, beforeModifier(tokens, span.first, span.last)));
    const law = lawHeadAfter(tokens, last);
    const organisation = !law && span.type !== PERSON_TYPE && last === span.last && organisationHeadAfter(tokens, last);
    if (law || organisation) last++;
    const words = tokens.word.slice(span.first, last + 1);
    const before = span.first > 0 ? tokens.word[span.first - 1] : '';
    const after = last + 1 < tokens.length ? tokens.word[last + 1] : '';
    let type = law ? 'LAW' : organisation ? 'ORG' : (last < span.last && gazetteerType(words.join(' '))) || refineType(cutType(tokens, span.type, last, span.last), words, before, after);
    // One word that wink reads as an adjective qualifies a group ("an Arab activist", "a Soviet spy"),
    // as OntoNotes's NORP, where the rules above found no other kind of name in it.
    if (type === 'PRODUCT' && span.first === last && tokens.pos[last] === POS_ADJ) type = 'NORP';
    const titled = span.first > spanFirst || (span.first > 0 && TITLES.has(seq.words[span.first - 1].lower));
    found.push({ first: span.first, last, type, text: words.join(' '), titled });
  }
  // Passes over the whole article (name-passes.ts), in this order.
  let names = withGivenNames(doc.text, tokens, found);
  for (const pass of SPAN_PASSES) names = pass(tokens, names);
  names = withAdvocacyNames(doc.text, tokens, names);
  names = withoutHeadlineWords(seq, withCitedAuthors(tokens, seq, withoutTitleCaseRunOns(doc.text, tokens, names)), headlineEnd(doc));
  return withoutCommonAcronyms(doc.text, tokens, withAcronyms(tokens, seq, names));
}
