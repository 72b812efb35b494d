import { findSpanIndex, NAME_TYPES, type NewsDocument } from '@newslens/core';
import type { NameSpan } from '../tagger/index.js';
import type { Candidate } from './candidate.js';
import { splitCompounds } from './compounds.js';
import { keyWords, nameKey } from './normalize.js';
import { CORE_TITLES } from './titles.js';
import { sentenceAt, tokenAt } from './tokens.js';
import { trimName, type TrimmedName } from './trim-name.js';
import { valueMentions, type ValueSpan } from './value-mentions.js';

/**
 * Every mention in a document, in text order and never overlapping: the tagger's names, trimmed
 * and split at hyphens, and wink's values. Where a name and a value overlap, the longer span wins;
 * on a tie the value does, unless the word is part of a person's full name in the article
 * ("Sunday" after "Ann Sunday").
 */
export function collectMentions(doc: NewsDocument<'sentences'>, names: readonly NameSpan[]): Candidate[] {
  const { text } = doc;
  const trimmed: TrimmedName[] = [];
  for (const n of [...names].sort((a, b) => a.start - b.start)) {
    if (!NAME_TYPES.has(n.type)) continue;
    for (const t of trimName(text, n.start, n.end, n.type)) trimmed.push(t);
  }
  const nameSpans = splitCompounds(text, trimmed);
  const values = valueMentions(doc);
  const personWords = personNameWords(text, nameSpans);

  const all: (TrimmedName | ValueSpan)[] = [...nameSpans, ...values].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: (TrimmedName | ValueSpan)[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last === undefined || m.start >= last.end) {
      kept.push(m);
      continue;
    }
    if (winsOver(m, last, text, personWords)) kept[kept.length - 1] = m;
  }
  return kept.map((m) => toCandidate(doc, m));
}

function isName(m: TrimmedName | ValueSpan): m is TrimmedName {
  return 'titled' in m;
}

/** Which of two overlapping mentions to keep. */
function winsOver(m: TrimmedName | ValueSpan, other: TrimmedName | ValueSpan, text: string, personWords: ReadonlySet<string>): boolean {
  const lm = m.end - m.start;
  const lo = other.end - other.start;
  if (lm !== lo) return lm > lo;
  const name = isName(m) ? m : isName(other) ? other : undefined;
  if (name === undefined || (isName(m) && isName(other))) return false;
  const nameWins = personWords.has(nameKey(text.slice(name.start, name.end)));
  return nameWins === (name === m);
}

/** The single words of the multi-word person names a text uses: "ann", "sunday". */
function personNameWords(text: string, names: readonly TrimmedName[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const ws = keyWords(nameKey(text.slice(n.start, n.end)));
    if (ws.length > 1) for (const w of ws) words.add(w);
  }
  return words;
}

function toCandidate(doc: NewsDocument<'sentences'>, m: TrimmedName | ValueSpan): Candidate {
  const { text } = doc;
  const { tokens } = doc.parse;
  const sentences = doc.layers.sentences;
  const mentionText = text.slice(m.start, m.end);
  const firstToken = tokenAt(tokens, m.start);
  const inside = findSpanIndex(sentences, m.start);
  const name = isName(m);
  let type = m.type;
  let titled = name && m.titled;
  if (name && !titled && titleBefore(doc, firstToken, m.start)) titled = true;
  if (titled && tokens.value[firstToken - 1]?.endsWith('.') === true) type = 'PERSON';
  return {
    start: m.start,
    end: m.end,
    text: mentionText,
    type,
    value: !name,
    titled,
    key: nameKey(mentionText),
    sentence: inside >= 0 ? inside : sentenceAt(sentences, m.start),
    firstToken,
    lastToken: Math.max(firstToken, tokenAt(tokens, m.end - 1)),
  };
}

/** True when the token right before a mention is a title: "President" Biden, "Gen." Lee. */
function titleBefore(doc: NewsDocument, firstToken: number, start: number): boolean {
  const { tokens } = doc.parse;
  const prev = tokens.start[firstToken] === start ? firstToken - 1 : -1;
  if (prev < 0) return false;
  const value = tokens.value[prev];
  const bare = (value.endsWith('.') ? value.slice(0, -1) : value).toLowerCase();
  if (!CORE_TITLES.has(bare)) return false;
  const c = value.charCodeAt(0);
  // Lower-case "the general public" is no title; "President" and "Mr." are.
  return (c >= 65 && c <= 90) || value.endsWith('.');
}
