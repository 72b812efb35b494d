import type { EntityType, NewsDocument } from '@newslens/core';
import { WINK_TO_ONTONOTES } from '../wink-types.js';
import { CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, TIME_UNITS } from './units.js';

/** A value found by wink, with its OntoNotes type and span. */
export interface ValueSpan {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * wink's value entities as OntoNotes values, refined by the words around them: a currency sign
 * before or a currency word after a number makes MONEY ("€3 million", "3 million euros"), "percent"
 * makes PERCENT, a unit of measure makes QUANTITY ("20 km"), and a duration in hours or minutes is
 * a TIME. A bare duration takes its article along: "a day", "an hour".
 */
export function valueMentions(doc: NewsDocument): ValueSpan[] {
  const { tokens } = doc.parse;
  const out: ValueSpan[] = [];
  for (const w of doc.parse.winkEntities) {
    let type = WINK_TO_ONTONOTES[w.type];
    if (type === undefined) continue;
    let { start, end } = w;
    const next = w.last + 1 < tokens.length ? w.last + 1 : -1;
    if (w.type === 'DURATION') {
      if (spanHas(tokens.normal, w.first, w.last, TIME_UNITS)) type = 'TIME';
      const prev = w.first - 1;
      const article = prev >= 0 ? tokens.normal[prev] : '';
      if ((article === 'a' || article === 'an') && tokens.pos[w.first] !== 'NUM' && tokens.type[w.first] !== 'number') {
        start = tokens.start[prev];
      }
    } else if (w.type === 'CARDINAL') {
      const prev = w.first - 1;
      if (prev >= 0 && tokens.type[prev] === 'currency' && tokens.end[prev] === start) {
        type = 'MONEY';
        start = tokens.start[prev];
      } else if (next >= 0) {
        const word = tokens.normal[next];
        if (CURRENCY_WORDS.has(word)) {
          type = 'MONEY';
          end = tokens.end[next];
        } else if (PERCENT_WORDS.has(word) || tokens.value[next] === '%') {
          type = 'PERCENT';
          end = tokens.end[next];
        } else if (word === 'per' && next + 1 < tokens.length && tokens.normal[next + 1] === 'cent') {
          type = 'PERCENT';
          end = tokens.end[next + 1];
        } else if (MEASURE_UNITS.has(word)) {
          type = 'QUANTITY';
          end = tokens.end[next];
          // "10 square kilometres", "5 cubic metres": the unit is two words.
          if ((word === 'square' || word === 'sq' || word === 'cubic') && next + 1 < tokens.length && MEASURE_UNITS.has(tokens.normal[next + 1])) {
            end = tokens.end[next + 1];
          }
        }
      }
    }
    if (end > start) out.push({ start, end, type });
  }
  return out;
}

function spanHas(words: readonly string[], first: number, last: number, set: ReadonlySet<string>): boolean {
  for (let i = first; i <= last; i++) if (set.has(words[i])) return true;
  return false;
}
