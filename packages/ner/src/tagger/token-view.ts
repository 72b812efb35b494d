import type { Span, TokenTable } from '@newslens/core';

/** Universal POS tags as wink writes them; the index is the tag's id in features. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
const POS_ID = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const POS_X = POS_ID.get('X')!;
const POS_PUNCT = POS_ID.get('PUNCT')!;
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
}

/** Letters, digits and dots joined by hyphens, with a capital letter somewhere: a token worth splitting. */
const HYPHENATED = /^[\p{L}\p{N}.'’]+(?:-[\p{L}\p{N}.'’]+)+$/u;
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * Builds the tagging tokens of a parse. `sentences` are character spans in order; a token starts a
 * sentence when it is the first one at or after a sentence's start.
 */
export function taggingTokens(tokens: Pick<TokenTable, 'length' | 'start' | 'end' | 'value' | 'pos'>, sentences: readonly Span[]): TaggingTokens {
  const n = tokens.length;
  const start: number[] = [];
  const end: number[] = [];
  const word: string[] = [];
  const pos: number[] = [];
  const first: number[] = [];
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
    const startsSentence = word.length === 0 || (pendingStart && s < sentences.length && at >= sentences[s].start);
    if (startsSentence) pendingStart = false;
    const value = tokens.value[i];
    const posId = POS_ID.get(p) ?? POS_X;
    if (value.length > 2 && value.includes('-') && HYPHENATED.test(value) && HAS_CAPITAL.test(value)) {
      let offset = 0;
      for (const part of value.split('-')) {
        if (offset > 0) {
          start.push(at + offset - 1);
          end.push(at + offset);
          word.push('-');
          pos.push(POS_PUNCT);
          first.push(0);
        }
        start.push(at + offset);
        end.push(at + offset + part.length);
        word.push(part);
        pos.push(posId);
        first.push(startsSentence && offset === 0 ? 1 : 0);
        offset += part.length + 1;
      }
      continue;
    }
    start.push(at);
    end.push(tokens.end[i]);
    word.push(value);
    pos.push(posId);
    first.push(startsSentence ? 1 : 0);
  }
  return {
    length: word.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    word,
    pos: Uint8Array.from(pos),
    sentenceStart: Uint8Array.from(first),
  };
}
