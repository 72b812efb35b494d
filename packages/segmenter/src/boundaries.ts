import { isSpaceAt, type NewsDocument } from '@newslens/core';
import { followsMarker, readListMarker, skipBullets, type ListMarker } from './list-markers.js';
import { isBullet, isCloser, isLineBreak, isLowerAt, isTerminal } from './punctuation.js';
import { decideEnding, type EndingContext } from './sentence-end.js';

/**
 * Sentence end offsets, ascending, the last one the end of the text. One pass over wink's tokens:
 * line breaks, bullets and list markers are read from the text between and at tokens, and each
 * token that ends in terminal punctuation is decided by `decideEnding`.
 */
export function findBoundaries(doc: NewsDocument): number[] {
  const { text } = doc;
  const { tokens } = doc.parse;
  const n = tokens.length;
  const cuts: number[] = [];
  const ctx: EndingContext = { text, tokens, hasVerb: false, sentenceStart: 0 };
  let lastCut = 0;
  let open = false;
  let prevEnd = 0;
  let list: ListMarker | undefined;
  // Whether the current sentence is a list item that began with a marker.
  let inItem = false;

  const cut = (at: number) => {
    if (at > lastCut) {
      cuts.push(at);
      lastCut = at;
    }
    open = false;
  };

  let i = 0;
  while (i < n) {
    const start = tokens.start[i];
    const end = tokens.end[i];
    // White-space tokens (line breaks) and tokens wink could not place are read as gaps.
    if (end <= start || start < prevEnd || isSpaceAt(text, start)) {
      i++;
      continue;
    }
    if (start > prevEnd) {
      const breaks = lineBreaks(text, prevEnd, start);
      if (breaks > 0 && open && (breaks > 1 || !isWrappedLine(text, prevEnd, start))) cut(prevEnd);
      if (breaks > 1) list = undefined;
    }
    if (!open) {
      open = true;
      ctx.hasVerb = false;
      ctx.sentenceStart = start;
      const marker = readListMarker(text, skipBullets(text, start, text.length));
      inItem = marker !== undefined;
      if (marker) {
        // The stop in `1. Cut taxes` is a list marker's, not a sentence end.
        list = Number.isNaN(marker.value) ? undefined : marker;
        prevEnd = marker.end;
        while (i < n && tokens.start[i] < marker.end) i++;
        continue;
      }
    } else if (start > lastCut && startsItem(text, start, inItem ? list : undefined)) {
      // `• 4. Cut taxes • 5. Build roads`: a bullet or the next marker starts a new item.
      cut(prevEnd);
      continue;
    }
    const pos = tokens.pos[i];
    if (pos === 'VERB' || pos === 'AUX') ctx.hasVerb = true;
    if (isTerminal(text.charCodeAt(end - 1))) {
      const ending = decideEnding(ctx, i);
      if (ending.cut >= 0) cut(ending.cut);
      prevEnd = Math.max(end, ending.resume);
      i++;
      while (i < n && tokens.start[i] < prevEnd) i++;
      continue;
    }
    prevEnd = end;
    i++;
  }
  if (text.length > lastCut) cuts.push(text.length);
  return cuts;
}

/** True when a bullet, or the marker after the list's last one (when inside a list item), starts at `at`. */
function startsItem(text: string, at: number, list: ListMarker | undefined): boolean {
  if (isBullet(text.charCodeAt(at))) return true;
  if (list === undefined) return false;
  const marker = readListMarker(text, at);
  return marker !== undefined && followsMarker(list, marker);
}

/** How many line breaks lie in text[from, to), counting CR LF as one and stopping at two. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to && count < 2; k++) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c) && !(c === 0x0d && text.charCodeAt(k + 1) === 0x0a)) count++;
  }
  return count;
}

/** A line shorter than this is a list item or a heading, never a wrapped line of prose. */
const MIN_WRAPPED_LINE = 40;

/**
 * A single line break inside a sentence that was wrapped: a line of prose length ends without
 * terminal punctuation and the next one goes on in lower case. Any other line break ends a
 * sentence, so a headline, a dateline or a list item without a stop is a sentence of its own.
 */
function isWrappedLine(text: string, lineEnd: number, next: number): boolean {
  const last = text.charCodeAt(lineEnd - 1);
  if (isTerminal(last) || isCloser(last) || !isLowerAt(text, next)) return false;
  for (let k = lineEnd - 1; k >= 0 && lineEnd - k <= MIN_WRAPPED_LINE; k--) {
    if (isLineBreak(text.charCodeAt(k))) return false;
  }
  return lineEnd >= MIN_WRAPPED_LINE;
}
