import type { EntityType, NewsDocument } from '@newslens/core';
import type { KeyedName } from './candidate.js';
import { nameKey, wordCount } from './normalize.js';
import { isCoreTitle } from './titles.js';

/** wink's tags for a capitalised word at a sentence's start that may be a name. */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);

/** The longest name, in words, looked for again. */
const MAX_WORDS = 6;

/**
 * Finds the untagged repeats of names the article tags elsewhere: a tagger that found "Apple Inc."
 * and "Tim Cook" but not "Apple chief executive" or "Cook, 61" misses mentions a reader sees. A
 * repeat is a run of capitalised tokens whose key is a tagged name, or the surname of a tagged
 * person, and that does not sit inside a longer capitalised run or before a number ("Apple Watch",
 * "Interstate 95"). A one-word repeat may open its sentence when wink reads it as a noun ("Apple
 * shares fell"), not as a pronoun or a function word, and a word in capitals repeats only a name
 * tagged in capitals. One pass over the tokens; a map lookup only for capitalised ones.
 */
export function findRepeats(doc: NewsDocument<'sentences'>, names: readonly KeyedName[]): KeyedName[] {
  if (names.length === 0) return [];
  const { tokens } = doc.parse;
  const { text } = doc;
  // Tagged names and surnames by their first word, with their word count and type.
  const byFirstWord = new Map<string, { key: string; words: number; type: EntityType; capitals: boolean }[]>();
  // Only the key's first word and its word count are needed: splitting every key into an array of
  // its words showed in a short article's profile.
  const add = (key: string, type: EntityType, capitals: boolean) => {
    const words = wordCount(key);
    if (words === 0 || words > MAX_WORDS) return;
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [{ key, words, type, capitals }]);
    else if (!list.some((e) => e.key === key)) list.push({ key, words, type, capitals });
  };
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.key)) continue;
    seen.add(n.key);
    add(n.key, n.type, isAllCapitals(doc.text, n.start, n.end));
    if (n.type === 'PERSON' && n.key.includes(' ')) add(n.key.slice(n.key.lastIndexOf(' ') + 1), 'PERSON', false);
  }
  const sentences = doc.layers.sentences;
  const out: KeyedName[] = [];
  let next = 0;
  let sentence = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (next < names.length && names[next].end <= tokens.start[t]) next++;
    if (next < names.length && names[next].start < tokens.end[t]) continue;
    const value = tokens.value[t];
    if (!isCapitalised(value)) continue;
    const entries = byFirstWord.get(tokens.normal[t]);
    if (entries === undefined) continue;
    while (sentence + 1 < sentences.length && sentences[sentence + 1].start <= tokens.start[t]) sentence++;
    // A capital that only starts a sentence, or a word in capitals, says nothing about a name.
    const initial = sentence < sentences.length && startsSentence(doc, t, sentences[sentence].start);
    const capitals = value.length > 1 && isAllCapitals(value, 0, value.length);
    // Inside a longer run of capitalised words, the word is part of another name ("Sleeping Bread").
    if (t > 0 && !initial && isCapitalised(tokens.value[t - 1]) && !isCoreTitle(bare(tokens.value[t - 1]), tokens.value[t - 1].endsWith('.'))) continue;
    let best: { end: number; last: number; key: string; type: EntityType } | undefined;
    for (const e of entries) {
      const last = t + e.words - 1;
      if (last >= tokens.length) continue;
      if (best !== undefined && last <= best.last) continue;
      // A one-word repeat that opens a sentence must read as a name there, not as a pronoun or a function word ("They", "Will").
      if ((initial && e.words === 1 && !NAME_POS.has(tokens.pos[t])) || capitals !== e.capitals) continue;
      if (!allCapitalised(tokens.value, tokens.normal, t + 1, last)) continue;
      const key = nameKey(text.slice(tokens.start[t], tokens.end[last]));
      if (key === e.key) best = { end: tokens.end[last], last, key, type: e.type };
    }
    if (best === undefined) continue;
    const after = best.last + 1;
    if (after < tokens.length && (isCapitalised(tokens.value[after]) || tokens.type[after] === 'number') && tokens.start[after] - best.end <= 1) continue;
    if (next < names.length && names[next].start < best.end) continue;
    out.push({ start: tokens.start[t], end: best.end, type: best.type, titled: false, key: best.key });
    t = best.last;
  }
  return out;
}

/** Lower-case words a name may hold: "Bank of England", "Leonardo da Vinci". */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'al', 'bin', '-', '.', "'s", '’s', '&']);

/** True when every token from `first` to `last` is capitalised or a connector. */
function allCapitalised(values: readonly string[], normals: readonly string[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const c = values[k].charCodeAt(0);
    if (c >= 97 && c <= 122 && !CONNECTORS.has(normals[k])) return false;
  }
  return true;
}

/** True when token `t` is the first word of the sentence starting at `start`, after any opening punctuation. */
function startsSentence(doc: NewsDocument, t: number, start: number): boolean {
  const { tokens } = doc.parse;
  for (let k = t - 1; k >= 0 && tokens.start[k] >= start; k--) if (tokens.pos[k] !== 'PUNCT') return false;
  return true;
}

function bare(value: string): string {
  return (value.endsWith('.') ? value.slice(0, -1) : value).toLowerCase();
}

/** True when the ASCII letters from `start` to `end` are all capitals, and there is one. */
function isAllCapitals(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 0;
}

function isCapitalised(value: string): boolean {
  const c = value.charCodeAt(0);
  return c >= 65 && c <= 90;
}
