import { honorificBefore, NAME_TYPES, type EntityType, type NewsDocument, type TokenTable } from '@newslens/core';
import type { NameSpan } from '../tagger/index.js';
import type { Candidate, KeyedName } from './candidate.js';
import { knownNames, splitCompounds } from './compounds.js';
import { nameKey } from './normalize.js';
import { findRepeats } from './repeats.js';
import { GENERATION_ABBREVIATIONS, GENERATION_NUMERALS, isCoreTitle } from './titles.js';
import { trimName } from './trim-name.js';
import { valueMentions, type ValueSpan } from './value-mentions.js';

/** A trimmed name relative to the tagged span it came from, cached per distinct span text. */
interface TrimmedPart {
  start: number;
  end: number;
  type: EntityType;
  titled: boolean;
  key: string;
}

/**
 * Every mention in a document, in text order and never overlapping: the tagger's names, trimmed
 * and split at hyphens, and wink's values. Where a name and a value overlap, the longer span wins.
 * On a tie a date or time wins, unless the word is part of a person's full name in the article
 * ("Sunday" after "Ann Sunday"); the name wins over an amount ("Euro 96"). Each distinct name text is trimmed and normalised once.
 */
export function collectMentions(doc: NewsDocument<'sentences'>, names: readonly NameSpan[]): Candidate[] {
  const { text } = doc;
  const ordered = isOrdered(names) ? names : [...names].sort((a, b) => a.start - b.start);
  const cache = new Map<string, { type: EntityType; parts: TrimmedPart[] }>();
  const { tokens } = doc.parse;
  // A lower-case word cuts a name unless it is a noun or an adjective ("self-rule" in a name), and
  // always a person's: no person is named by a common word ("Cruz tops Trump", a headline's run).
  const cutsAt = (offset: number) => !NAME_INNER_POS.has(tokens.pos[tokenAt(tokens, offset)]);
  const trimmed: KeyedName[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const tagged = ordered[i];
    if (!NAME_TYPES.has(tagged.type) || tagged.end <= tagged.start) continue;
    const n = tagged.type === 'PERSON' ? withGenerationSuffix(text, tagged, ordered[i + 1]?.start ?? text.length) : tagged;
    const raw = text.slice(n.start, n.end);
    let entry = cache.get(raw);
    if (entry === undefined || entry.type !== n.type) {
      const parts = trimName(text, n.start, n.end, n.type, n.type === 'PERSON' ? undefined : cutsAt).map((t) => ({
        start: t.start - n.start,
        end: t.end - n.start,
        type: t.type,
        titled: t.titled,
        key: nameKey(text.slice(t.start, t.end)),
      }));
      entry = { type: n.type, parts };
      cache.set(raw, entry);
    }
    for (const p of entry.parts) trimmed.push({ start: n.start + p.start, end: n.start + p.end, type: p.type, titled: p.titled, key: p.key });
  }
  const known = knownNames(trimmed);
  const split = splitCompounds(text, trimmed, known);
  const repeats = findRepeats(doc, split);
  const nameSpans = repeats.length === 0 ? split : [...split, ...repeats].sort((x, y) => x.start - y.start);
  const values = valueMentions(doc);

  // Both lists are in text order: merge them, resolving overlaps as they meet.
  const kept: (KeyedName | ValueSpan)[] = [];
  let a = 0;
  let b = 0;
  while (a < nameSpans.length || b < values.length) {
    const m = b >= values.length || (a < nameSpans.length && nameSpans[a].start <= values[b].start) ? nameSpans[a++] : values[b++];
    const last = kept[kept.length - 1];
    if (last === undefined || m.start >= last.end) kept.push(m);
    else if (winsOver(m, last, known.personWords)) kept[kept.length - 1] = m;
  }
  return toCandidates(doc, kept);
}

const NAME_INNER_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/** A generational suffix right after a name, as a word of its own: " Jr.", ", Sr", " III". */
const GENERATION_SUFFIX = new RegExp(
  `^(?:,? (?:${GENERATION_ABBREVIATIONS.map(capitalised).join('|')})\\b\\.?| (?:${GENERATION_NUMERALS.map((w) => w.toUpperCase()).join('|')})\\b)`,
);

/**
 * A person's span with the generational suffix that follows it, which the tagger leaves out ("Dale
 * Earnhardt Jr.", "John Paul II"): it is part of the name, as CoNLL-2003 and GUM mark it. Not into
 * the next name, which starts at `limit`.
 */
function withGenerationSuffix(text: string, n: NameSpan, limit: number): NameSpan {
  const suffix = GENERATION_SUFFIX.exec(text.slice(n.end, n.end + 6));
  const end = suffix === null ? n.end : n.end + suffix[0].length;
  return end === n.end || end > limit ? n : { ...n, end };
}

/** Index of the last token starting at or before `offset`. Binary search. */
function tokenAt(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isOrdered(names: readonly NameSpan[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i].start < names[i - 1].start) return false;
  return true;
}

function isName(m: KeyedName | ValueSpan): m is KeyedName {
  return 'key' in m;
}

/** Which of two overlapping mentions to keep. */
function winsOver(m: KeyedName | ValueSpan, other: KeyedName | ValueSpan, personWords: ReadonlySet<string>): boolean {
  const lm = m.end - m.start;
  const lo = other.end - other.start;
  if (lm !== lo) return lm > lo;
  const name = isName(m) ? m : isName(other) ? other : undefined;
  if (name === undefined || (isName(m) && isName(other))) return false;
  const value = name === m ? other : m;
  // wink reads dates and times well, amounts less so: "Euro 96" is a tournament, not money.
  const nameWins = (value.type !== 'DATE' && value.type !== 'TIME') || personWords.has(name.key);
  return nameWins === (name === m);
}

/**
 * Adds text, key, sentence and tokens to each mention. Mentions come in text order, so cursors
 * walk the sentences and tokens forward instead of searching for each mention.
 */
function toCandidates(doc: NewsDocument<'sentences'>, kept: readonly (KeyedName | ValueSpan)[]): Candidate[] {
  const { text } = doc;
  const { tokens } = doc.parse;
  const sentences = doc.layers.sentences;
  const out: Candidate[] = [];
  let sentence = 0;
  let token = 0;
  for (const m of kept) {
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= m.start) sentence++;
    while (token + 1 < tokens.length && tokens.start[token + 1] <= m.start) token++;
    let lastToken = token;
    while (lastToken + 1 < tokens.length && tokens.start[lastToken + 1] < m.end) lastToken++;
    const mentionText = text.slice(m.start, m.end);
    const name = isName(m);
    let type = m.type;
    let titled = name && m.titled;
    const startsToken = tokens.start[token] === m.start;
    if (name && !titled && startsToken && titleBefore(doc, token - 1)) {
      titled = true;
      if (tokens.value[token - 1].endsWith('.')) type = 'PERSON';
    }
    out.push({
      start: m.start,
      end: m.end,
      text: mentionText,
      type,
      value: !name,
      titled,
      honorific: name && startsToken ? honorificBefore(tokens.value, token) : undefined,
      key: name ? m.key : nameKey(mentionText),
      sentence,
      firstToken: token,
      lastToken,
    });
  }
  return out;
}

/** True when token `prev` is a title: "President" Lima, "Gen." Lee. */
function titleBefore(doc: NewsDocument, prev: number): boolean {
  if (prev < 0) return false;
  const value = doc.parse.tokens.value[prev];
  const c = value.charCodeAt(0);
  const abbreviation = value.endsWith('.');
  // Lower-case "the general public" is no title; "President" and "Mr." are.
  if (!(c >= 65 && c <= 90) && !abbreviation) return false;
  return isCoreTitle((abbreviation ? value.slice(0, -1) : value).toLowerCase(), abbreviation);
}
