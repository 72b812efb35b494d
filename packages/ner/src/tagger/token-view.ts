import { datelineDash, type Span, type TokenTable } from '@newslens/core';

/** Universal POS tags as wink writes them; the index is the tag's id in features. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
const POS_ID: Record<string, number> = Object.fromEntries(POS_TAGS.map((t, i) => [t, i]));
const POS_X = POS_ID.X;
const POS_PUNCT = POS_ID.PUNCT;
/** Ids of the padding before the first and after the last token of a sentence. */
export const POS_BOS = POS_TAGS.length;
export const POS_EOS = POS_TAGS.length + 1;
export const POS_COUNT = POS_TAGS.length + 2;

/**
 * The tokens the tagger labels: wink's tokens without white space, with a token that joins
 * capitalised parts by hyphens ("Smith-Jones", "pro-Western") split at each hyphen, so that a
 * name inside it can be a span of its own. Parallel arrays, one entry per token.
 */
export interface TaggingTokens {
  length: number;
  start: Int32Array;
  end: Int32Array;
  word: string[];
  pos: Uint8Array;
  /** 1 on the first token of a sentence. */
  sentenceStart: Uint8Array;
  /**
   * 1 on a token no name holds: a hashtag, @-mention, URL or e-mail address (wink's types for them),
   * which tags a post or points somewhere whatever it spells, and a mark of markup left in extracted
   * text ('<tweet author="MartinOMalley" timestamp="…">', "Newest | Oldest").
   */
  nameless: Uint8Array;
}

const LINK_TYPES: ReadonlySet<string> = new Set(['hashtag', 'mention', 'url', 'email']);
const MARKUP: ReadonlySet<string> = new Set(['=', '<', '>', '|', '{', '}']);

/** The lines at an article's top that may hold its dateline: a headline and a byline may come first. */
const DATELINE_LINES = 4;

/** Letters, digits and dots joined by hyphens, with a capital letter somewhere: a token worth splitting. */
const HYPHENATED = /^[\p{L}\p{N}.'’]+(?:-[\p{L}\p{N}.'’]+)+$/u;
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * Builds the tagging tokens of a parse. `sentences` are character spans in order; a token starts a
 * sentence when it is the first one at or after a sentence's start.
 */
export function taggingTokens(tokens: Pick<TokenTable, 'length' | 'start' | 'end' | 'value' | 'pos' | 'type'>, sentences: readonly Span[]): TaggingTokens {
  const n = tokens.length;
  // The word after a dateline's dash opens the story's first sentence ("LOS ANGELES — Wildfires
  // swept …"): its capital says no more than a sentence's first word's does.
  let afterDateline = -1;
  for (let i = 0, lines = 0; i < n && afterDateline < 0 && lines < DATELINE_LINES; i++) {
    if ((i > 0 && tokens.type[i - 1] !== 'tabCRLF') || tokens.type[i] === 'tabCRLF') continue;
    lines++;
    const dash = datelineDash(tokens, i);
    if (dash >= 0) afterDateline = dash + 1;
  }
  // First pass: which tokens are kept and which split at their hyphens, so that the arrays are
  // allocated once at their final length.
  let m = 0;
  // The tokens split, in order: few or none, so a plain array rather than a mark per token.
  const splits: number[] = [];
  for (let i = 0; i < n; i++) {
    if (tokens.pos[i] === 'SPACE' || tokens.end[i] <= tokens.start[i]) continue;
    const value = tokens.value[i];
    if (value.length > 2 && value.includes('-') && HYPHENATED.test(value) && HAS_CAPITAL.test(value)) {
      splits.push(i);
      let parts = 1;
      for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === 45) parts++;
      m += 2 * parts - 1;
    } else m++;
  }
  // The typed arrays share one buffer: each buffer is allocated outside the JS heap, at about a
  // microsecond apiece, a fifth of this function's time on a short article.
  const buffer = new ArrayBuffer(m * 11);
  const start = new Int32Array(buffer, 0, m);
  const end = new Int32Array(buffer, 4 * m, m);
  const pos = new Uint8Array(buffer, 8 * m, m);
  const first = new Uint8Array(buffer, 9 * m, m);
  const nameless = new Uint8Array(buffer, 10 * m, m);
  const word: string[] = new Array(m);
  let j = 0;
  let nextSplit = 0;
  let s = 0;
  let pendingStart = sentences.length > 0;
  for (let i = 0; i < n; i++) {
    const p = tokens.pos[i];
    if (p === 'SPACE' || tokens.end[i] <= tokens.start[i]) continue;
    const at = tokens.start[i];
    while (s < sentences.length && at >= sentences[s].end) {
      s++;
      pendingStart = true;
    }
    const startsSentence = j === 0 || i === afterDateline || (pendingStart && s < sentences.length && at >= sentences[s].start);
    if (startsSentence) pendingStart = false;
    const value = tokens.value[i];
    const posId = POS_ID[p] ?? POS_X;
    if (nextSplit < splits.length && splits[nextSplit] === i) {
      nextSplit++;
      let offset = 0;
      for (const part of value.split('-')) {
        if (offset > 0) {
          start[j] = at + offset - 1;
          end[j] = at + offset;
          word[j] = '-';
          pos[j++] = POS_PUNCT;
        }
        start[j] = at + offset;
        end[j] = at + offset + part.length;
        word[j] = part;
        pos[j] = posId;
        first[j++] = startsSentence && offset === 0 ? 1 : 0;
        offset += part.length + 1;
      }
      continue;
    }
    start[j] = at;
    end[j] = tokens.end[i];
    word[j] = value;
    pos[j] = posId;
    // Cheap tests before the set lookups, which took a fifth of this function's time on a short
    // article: most tokens are words, and every mark of markup is one character.
    const type = tokens.type[i];
    if ((type !== 'word' && LINK_TYPES.has(type)) || (value.length === 1 && MARKUP.has(value))) nameless[j] = 1;
    first[j++] = startsSentence ? 1 : 0;
  }
  return { length: m, start, end, word, pos, sentenceStart: first, nameless };
}

/** Whether token `i` is a hyphen written with no space on either side, inside one word: "al-Aqsa", "London-based". */
export function isJoinedHyphen(tokens: TaggingTokens, i: number): boolean {
  return i > 0 && i + 1 < tokens.length && tokens.word[i] === '-' && tokens.end[i - 1] === tokens.start[i] && tokens.end[i] === tokens.start[i + 1];
}
