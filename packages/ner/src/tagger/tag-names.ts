import type { EntityType, NewsDocument } from '@newslens/core';
import {
  boundaryWord, GAZ_BITS, gazMatchBucket, historyBucket, posBucket, posPairLeftBucket, posPairRightBucket,
  prepareSequence, prevLabelBucket, seenLowerBucket, WordCache, type Sequence,
} from './features.js';
import { B, CONLL_TYPES, LABEL_COUNT, O, partOf, typeOf, U } from './labels.js';
import { START, viterbi } from './viterbi.js';
import { addBucket, loadModel, type Model } from './model.js';
import { wordCluster } from './clusters.js';
import { gazetteerType, LAW_HEADS, refineType } from './refine-type.js';
import { labelsToSpans, trimSpan } from './spans.js';
import { TITLES } from './titles.js';
import { citedAuthors } from './citations.js';
import { partyLabels } from './party-labels.js';
import { POS_BOS, POS_COUNT, POS_EOS, taggingTokens, type TaggingTokens } from './token-view.js';
import { SLOT_COUNT, SLOT_INITIAL, SLOT_NEXT, SLOT_NEXT2, SLOT_PREV, SLOT_PREV2, type WordFeatures } from './word-features.js';

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
  /** Per word type: SLOT_COUNT rows, each the sum of that slot's feature weights. */
  words: WeakMap<WordFeatures, Float32Array>;
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
    words: new WeakMap(),
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

function wordVector(t: Tables, w: WordFeatures): Float32Array {
  let v = t.words.get(w);
  if (!v) {
    v = new Float32Array(SLOT_COUNT * LC);
    for (let s = 0; s < SLOT_COUNT; s++) for (const b of w.slots[s]) addBucket(t.model, b, v, s * LC);
    t.words.set(w, v);
  }
  return v;
}

const cache = new WordCache();
/** Per-token rows, labels and skip marks of the document being labelled, reused across calls. */
const vectors: Float32Array[] = [];
let labelBuffer = new Uint8Array(1024);
let outsideBuffer = new Uint8Array(1024);
const PERSON_TYPE = CONLL_TYPES.indexOf('PER');
const ALL_LABELS = Uint8Array.from({ length: LC }, (_, y) => y);
const INSIDE_LABELS = ALL_LABELS.filter((y) => partOf(y) !== B && partOf(y) !== U);
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
  history: Map<string, number>,
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
    // A token that cannot start a name needs no B or U scores (see viterbi.ts).
    const ys = seq.canOpen[i] ? ALL_LABELS : INSIDE_LABELS;
    for (let c = 0; c < ys.length; c++) {
      const y = ys[c];
      emission[row + y] =
        at[y] + prev[SLOT_PREV * LC + y] + next[SLOT_NEXT * LC + y] + prev2[SLOT_PREV2 * LC + y] + next2[SLOT_NEXT2 * LC + y] +
        posTrigram[oTri + y] + posFar[oFarL + y] + posFar[oFarR + y];
    }
    // Rarer features, added only when present.
    if (i === from) for (let y = 0; y < LC; y++) emission[row + y] += at[SLOT_INITIAL * LC + y];
    const g = seq.gaz[i];
    if (g) for (let b = 0; b < GAZ_BITS; b++) if (g & (1 << b)) for (let y = 0; y < LC; y++) emission[row + y] += gaz[b * LC + y];
    const word = seq.words[i];
    const seen = history.get(word.lower);
    if (seen !== undefined) for (let y = 0; y < LC; y++) emission[row + y] += historyRows[(seen * HISTORY_CAPS + word.cap) * LC + y];
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
  for (let i = 0; i < n; i++) vectors[i] = wordVector(t, seq.words[i]);
  const pad = wordVector(t, boundaryWord());
  const history = new Map<string, number>();
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
      scoreTokens(seq, t, vectors, pad, from, to, start, i, history);
      viterbi(i - start, emission, t.transition, canOpen.subarray(start, i), labels.subarray(start, i), undefined, start === from ? START : O, i < to);
    }
    for (let j = from; j < to; j++) {
      const word = seq.words[j];
      if (labels[j] !== O && (word.cap === 1 || word.cap === 2)) history.set(word.lower, typeOf(labels[j]));
    }
  }
  return labels;
}

/** Words more frequent than this in the vector vocabulary are English words, not syllables of a name. */
const COMMON_RANK = 5000;
const isCommonWord = (lower: string) => (wordCluster(lower)?.rank ?? COMMON_RANK) < COMMON_RANK;
/** Words that make a compound modifier of a name other than participles in -ed and -ing ("U.S.-led", "EU-wide", "Soviet-style"). */
const MODIFIER_WORDS = new Set([
  'led', 'run', 'made', 'born', 'built', 'bound', 'grown', 'held', 'known', 'wide', 'like', 'era', 'style', 'type', 'free',
  'friendly', 'specific', 'proof', 'class', 'sized', 'size',
]);

/**
 * True when a lower-case word after a name and a hyphen makes a modifier of the name ("London-
 * based", "Smith-led", "Lee-era"): a common English word that is a participle or one of
 * MODIFIER_WORDS. Other words there are syllables of the name, common as they may be in English
 * ("Ban Ki-moon", "Moon Jae-in").
 */
function isModifierWord(word: string): boolean {
  const rank = wordCluster(word)?.rank;
  return rank !== undefined && rank < COMMON_RANK && (/(?:ed|ing)$/.test(word) || MODIFIER_WORDS.has(word));
}

/**
 * The last token of a person's name that goes on in lower-case syllables after a hyphen within
 * the same word ("Yau Wai-ching", "Ban Ki-moon"), which the tagger tends to stop short of. A
 * modifier after the hyphen is no part of the name ("Smith-led", "Lee-era").
 */
function withSyllables(tokens: TaggingTokens, last: number): number {
  const { word, start, end } = tokens;
  while (
    last + 2 < tokens.length &&
    word[last + 1] === '-' &&
    end[last] === start[last + 1] &&
    end[last + 1] === start[last + 2] &&
    /^\p{Ll}+$/u.test(word[last + 2]) &&
    (last + 3 >= tokens.length || start[last + 3] > end[last + 2] || word[last + 3] !== '-')
  ) {
    if (isModifierWord(word[last + 2])) break;
    last += 2;
  }
  return last;
}

/**
 * The last token of a name that opens a hyphenated modifier, "London-based", "U.S.-led",
 * "Iran-backed", "Russian-speaking": the modifier word after the hyphen is no part of the
 * name (OntoNotes splits such words and types the name; CoNLL types the whole word MISC, which is
 * what the tagger learned). Not for persons, whose names go on in syllables ("Moon Jae-in").
 */
function beforeModifier(tokens: TaggingTokens, first: number, last: number): number {
  const { word, start, end } = tokens;
  while (
    last - 2 >= first &&
    word[last - 1] === '-' &&
    end[last - 2] === start[last - 1] &&
    end[last - 1] === start[last] &&
    /^\p{Ll}+$/u.test(word[last]) &&
    isModifierWord(word[last])
  ) {
    last -= 2;
  }
  return last;
}

/**
 * True when the token after a name is a capitalised treaty word that the tagger left out of it,
 * "the Affordable Care [Act]", "the Dodd-Frank [Act]": the name is the law's, and the word its
 * last. Not when a capitalised word follows, which may start a name of its own.
 */
function lawHeadAfter(tokens: TaggingTokens, last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length || tokens.start[next] === tokens.end[last]) return false;
  const word = tokens.word[next];
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !LAW_HEADS.has(word.toLowerCase())) return false;
  return next + 1 >= tokens.length || !/^\p{Lu}/u.test(tokens.word[next + 1]);
}

/** Capital initials of a multi-word name ("World Health Organization" → "WHO"), or "" when it has fewer than two. */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out.length >= 2 ? out : '';
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
  for (const raw of labelsToSpans(label(seq, loadTables()))) {
    const span = trimSpan(tokens, raw);
    if (!span) continue;
    // A hashtag ("#MeToo") tags a post, whatever it spells; it names no entity.
    if (span.first === span.last && tokens.word[span.first].startsWith('#')) continue;
    // "President Maria Chen" names Maria Chen: titles stay outside a person's span.
    if (span.type === PERSON_TYPE) {
      while (span.first < span.last && TITLES.has(seq.words[span.first].lower)) span.first++;
      span.last = withSyllables(tokens, span.last);
    }
    let last = span.type === PERSON_TYPE ? span.last : beforeModifier(tokens, span.first, span.last);
    const law = lawHeadAfter(tokens, last);
    if (law) last++;
    const words = tokens.word.slice(span.first, last + 1);
    const before = span.first > 0 ? tokens.word[span.first - 1] : '';
    const after = last + 1 < tokens.length ? tokens.word[last + 1] : '';
    const type = law ? 'LAW' : (last < span.last && gazetteerType(words.join(' '))) || refineType(span.type, words, before, after);
    found.push({ first: span.first, last, type, text: words.join(' ') });
  }
  const names = withoutHeadlineWords(seq, withCitedAuthors(tokens, seq, consistent(tokens, withoutPartyLabels(tokens, found))));
  return withoutCommonAcronyms(doc.text, tokens, withAcronyms(tokens, seq, names));
}

/**
 * Acronyms the article spells out in lower-case words, "compact fluorescent lamps (CFLs)" or
 * "gross domestic product (GDP)", abbreviate common nouns, not names: the all-capitals words
 * standing in brackets right after lower-case words whose initials they spell (a plural "s"
 * aside), lower-cased with the "s" removed.
 */
function commonAcronyms(tokens: TaggingTokens): Set<string> | undefined {
  let out: Set<string> | undefined;
  const word = tokens.word;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (word[i - 1] !== '(' || word[i + 1] !== ')') continue;
    const letters = word[i].replace(/s$/, '');
    if (letters.length < 2 || letters.length > 6 || !/^\p{Lu}+$/u.test(letters)) continue;
    const n = letters.length;
    if (i - 1 - n < 0) continue;
    let spelt = true;
    for (let k = 0; k < n && spelt; k++) {
      const w = word[i - 1 - n + k];
      spelt = /^\p{Ll}/u.test(w) && w[0] === letters[k].toLowerCase();
    }
    if (spelt) (out ??= new Set()).add(letters.toLowerCase());
  }
  return out;
}

function withoutCommonAcronyms(text: string, tokens: TaggingTokens, names: NameSpan[]): NameSpan[] {
  const common = commonAcronyms(tokens);
  if (!common) return names;
  return names.filter((n) => !common.has(text.slice(n.start, n.end).replace(/s$/, '').toLowerCase()));
}

interface Found {
  first: number;
  last: number;
  type: EntityType;
  text: string;
}

/**
 * Document-level corrections. A name the refinement could only call PRODUCT takes the type the
 * same name (or a person's surname) has elsewhere in the article ("the Smith administration"). A hyphenated name whose
 * parts are each names on their own (in the gazetteer or elsewhere in the article: "Russia-Ukraine",
 * "Smith-Jones talks" where both were named) is split into those names.
 */
function consistent(tokens: TaggingTokens, found: Found[]): Found[] {
  const known = new Map<string, EntityType>();
  for (const f of found) {
    if (f.type === 'PRODUCT') continue;
    if (!known.has(f.text)) known.set(f.text, f.type);
    // A person's surname alone names the same person.
    if (f.type === 'PERSON' && f.last > f.first && !known.has(tokens.word[f.last])) known.set(tokens.word[f.last], 'PERSON');
  }
  const typeOfName = (text: string) => known.get(text) ?? gazetteerType(text);
  const out: Found[] = [];
  for (const f of found) {
    const parts = hyphenParts(tokens, f.first, f.last);
    if (parts.length > 1) {
      const types = parts.map(([a, b]) => typeOfName(tokens.word.slice(a, b + 1).join(' ')));
      if (types.every((t) => t !== undefined)) {
        parts.forEach(([a, b], k) => out.push({ first: a, last: b, type: types[k]!, text: tokens.word.slice(a, b + 1).join(' ') }));
        continue;
      }
    }
    if (f.type === 'PRODUCT') {
      const other = known.get(f.text);
      if (other) f.type = other;
    }
    out.push(f);
  }
  return out;
}

/** At least this share of a line's words (of three or more) capitalised makes it title case. */
const TITLE_CASE_SHARE = 0.75;

/**
 * A headline capitalises every word, so a common English word in it ("Police Arrest Suspect in
 * Downtown Shooting") looks like a name to the tagger. In a title-case first line with more lines
 * after it, a one-word name that is a common English word is dropped unless the rest of the
 * article names it too ("Apple" stays where the story goes on about Apple) or the gazetteer has it.
 */
function withoutHeadlineWords(seq: Sequence, found: Found[]): Found[] {
  const bounds = seq.sentenceBounds;
  if (bounds.length < 3) return found;
  let letters = 0;
  let capitals = 0;
  for (let i = bounds[0]; i < bounds[1]; i++) {
    if (!seq.words[i].hasLetter) continue;
    letters++;
    if (seq.words[i].cap === 1 || seq.words[i].cap === 2) capitals++;
  }
  if (letters < 3 || capitals < TITLE_CASE_SHARE * letters) return found;
  const end = bounds[1];
  const named = new Set<string>();
  for (const f of found) if (f.first >= end) for (let i = f.first; i <= f.last; i++) named.add(seq.words[i].lower);
  return found.filter((f) => {
    if (f.first >= end || f.first !== f.last) return true;
    const w = seq.words[f.first];
    return named.has(w.lower) || w.gaz !== undefined || !isCommonWord(w.lower);
  });
}

/** Drops what the tagger found inside the party-and-state label after a person's name ("Bob Menendez, D-N.J."). */
function withoutPartyLabels(tokens: TaggingTokens, found: Found[]): Found[] {
  const labels = partyLabels(tokens);
  if (labels.length === 0) return found;
  const personEnds = new Set(found.filter((f) => f.type === 'PERSON').map((f) => f.last));
  const inLabel = new Uint8Array(tokens.length);
  for (const [first, last] of labels) if (personEnds.has(first - 2)) inLabel.fill(1, first, last + 1);
  return found.filter((f) => !inLabel.subarray(f.first, f.last + 1).includes(1));
}

/**
 * The authors of author-year citations (see citations.ts) are people: those the tagger left out are
 * added as PERSON, and one it took for a place is a person (places write no papers). An author it
 * tagged otherwise keeps its span and type ("(World Bank, 2010)").
 */
function withCitedAuthors(tokens: TaggingTokens, seq: Sequence, found: Found[]): Found[] {
  const authors = citedAuthors(tokens, seq.words);
  if (authors.length === 0) return found;
  const tagged = new Int32Array(tokens.length).fill(-1);
  found.forEach((f, k) => tagged.fill(k, f.first, f.last + 1));
  let added = false;
  for (const [first, last] of authors) {
    const k = tagged[first];
    if (k >= 0 && found[k].first === first && found[k].last === last && PLACE_TYPES.has(found[k].type)) found[k].type = 'PERSON';
    if (tagged.subarray(first, last + 1).some((x) => x >= 0)) continue;
    found.push({ first, last, type: 'PERSON', text: tokens.word.slice(first, last + 1).join(' ') });
    added = true;
  }
  if (added) found.sort((a, b) => a.first - b.first);
  return found;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/** Token ranges of a span between hyphens written with no space around them; one range if none. */
function hyphenParts(tokens: TaggingTokens, first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = first;
  for (let i = first + 1; i < last; i++) {
    if (tokens.word[i] === '-' && tokens.end[i - 1] === tokens.start[i] && tokens.end[i] === tokens.start[i + 1]) {
      parts.push([from, i - 1]);
      from = i + 1;
    }
  }
  parts.push([from, last]);
  return parts;
}

/**
 * An article that names "the White House" may call it "WH": an all-capitals word that spells the
 * initials of a multi-word name tagged in the same article is that name, and takes its type
 * whether or not the tagger found it on its own.
 */
function withAcronyms(tokens: TaggingTokens, seq: Sequence, found: Found[]): NameSpan[] {
  const acronyms = new Map<string, EntityType>();
  const tagged = new Uint8Array(tokens.length);
  for (const f of found) {
    tagged.fill(1, f.first, f.last + 1);
    if (f.last === f.first) continue;
    const short = initials(tokens.word.slice(f.first, f.last + 1));
    if (short && !acronyms.has(short)) acronyms.set(short, f.type);
  }
  const names: NameSpan[] = found.map((f) => ({
    start: tokens.start[f.first],
    end: tokens.end[f.last],
    type: (f.first === f.last && seq.words[f.first].cap === 2 && acronyms.get(tokens.word[f.first])) || f.type,
  }));
  if (acronyms.size === 0) return names;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tagged[i] || seq.words[i].cap !== 2) continue;
    const type = acronyms.get(tokens.word[i]);
    if (!type) continue;
    names.push({ start: tokens.start[i], end: tokens.end[i], type });
    added = true;
  }
  if (added) names.sort((a, b) => a.start - b.start);
  return names;
}
