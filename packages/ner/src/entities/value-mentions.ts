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
 * a TIME. A bare duration takes its article along: "a day", "an hour". A number joined to a period
 * by a hyphen is one DATE ("a 24-year-old", "a 10-year bond"; TIME for hours and minutes), and so is
 * an age in words ("31 years old") and an ordinal before a unit ("the 12th minute"), as OntoNotes
 * marks them. Ranges wink keeps in one token and leaves out are values too ("2019-2020", "10-15
 * percent"), and the dash of a range is no minus sign ("5.25%-5.5%").
 */
export function valueMentions(doc: NewsDocument): ValueSpan[] {
  const { tokens } = doc.parse;
  const out: ValueSpan[] = [];
  const entities = doc.parse.winkEntities;
  for (let e = 0; e < entities.length; e++) {
    const w = entities[e];
    let type = WINK_TO_ONTONOTES[w.type];
    if (type === undefined) continue;
    let { start, end } = w;
    // "5.25%-5.5%": the hyphen after the first value of a range is the range's dash, no minus sign.
    if (tokens.value[w.first].startsWith('-') && w.first > 0 && tokens.end[w.first - 1] === start && /[\d%]$/.test(tokens.value[w.first - 1])) start++;
    let lastToken = w.last;
    const next = w.last + 1 < tokens.length ? w.last + 1 : -1;
    const withUnit = w.type === 'CARDINAL' ? unitAfterNumber(tokens, w.last) : undefined;
    if (withUnit) {
      // "a 24-year-old man", "97 light-years": one value, the unit wink found on its own included.
      out.push({ start, end: tokens.end[withUnit.last], type: withUnit.type });
      while (e + 1 < entities.length && entities[e + 1].first <= withUnit.last) e++;
      continue;
    }
    const unit = entities[e + 1];
    if (w.type === 'ORDINAL' && unit?.type === 'DURATION' && unit.first === w.last + 1 && unit.last === unit.first && PERIOD_UNITS.has(tokens.normal[unit.first])) {
      // "in the 12th minute", "the third year": one point in time, not an ordinal and a bare unit.
      out.push({ start, end: unit.end, type: TIME_UNITS.has(tokens.normal[unit.first]) ? 'TIME' : 'DATE' });
      e++;
      continue;
    }
    if (w.type === 'DURATION' && next >= 0 && tokens.normal[next] === 'old' && tokens.pos[w.first] === 'NUM') {
      // "aged 31 years old": an age, which OntoNotes calls a DATE.
      out.push({ start, end: tokens.end[next], type: 'DATE' });
      continue;
    }
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
          lastToken = next;
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
    if (type === 'MONEY') end = withMagnitude(tokens, end, lastToken + 1);
    if ((type === 'DATE' || type === 'TIME') && w.last > w.first && tokens.start[w.first] === start && leadsWithPreposition(tokens, w.first)) {
      start = tokens.start[w.first + 1];
    }
    if (end > start) out.push({ start, end, type });
  }
  return withRanges(out, rangeValues(tokens));
}

/**
 * Prepositions wink takes into a date or time ("since 1976", "until last week", "by 2026", "from
 * 2010 to 2013"), which OntoNotes leaves out of the value. Words that qualify the amount stay ("over
 * two years", "about an hour"), and so does "between … and …", which makes the range.
 */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'since', 'until', 'till', 'by', 'from', 'during', 'throughout', 'after', 'before', 'in', 'on', 'at', 'for', 'through',
]);

/**
 * Whether the value's first token is a preposition to leave out: one of LEADING_PREPOSITIONS, or
 * "following" where no determiner makes it an adjective ("Following Monday's debate" is after it;
 * "the following Monday" is a date).
 */
function leadsWithPreposition(tokens: NewsDocument['parse']['tokens'], first: number): boolean {
  const word = tokens.normal[first];
  if (LEADING_PREPOSITIONS.has(word)) return true;
  return word === 'following' && (first === 0 || tokens.pos[first - 1] !== 'DET');
}

const YEAR_RANGE = /^(?:1[5-9]|20)\d\d[-–](?:(?:1[5-9]|20)\d\d|\d\d)$/;
const NUMBER_RANGE = /^\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?$/;

/** Ranges wink reads as one token and leaves out: "2019-2020", "2019-20" (DATE), "10-15 percent" (PERCENT). */
function rangeValues(tokens: NewsDocument['parse']['tokens']): ValueSpan[] {
  const out: ValueSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const value = tokens.value[t];
    const c = value.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    if (YEAR_RANGE.test(value)) out.push({ start: tokens.start[t], end: tokens.end[t], type: 'DATE' });
    else if (NUMBER_RANGE.test(value) && t + 1 < tokens.length && (PERCENT_WORDS.has(tokens.normal[t + 1]) || tokens.value[t + 1] === '%')) {
      out.push({ start: tokens.start[t], end: tokens.end[t + 1], type: 'PERCENT' });
    }
  }
  return out;
}

/** Both lists in text order, merged; a range that overlaps one of wink's values is left out. */
function withRanges(values: ValueSpan[], ranges: ValueSpan[]): ValueSpan[] {
  if (ranges.length === 0) return values;
  const out: ValueSpan[] = [];
  let v = 0;
  for (const r of ranges) {
    while (v < values.length && values[v].end <= r.start) out.push(values[v++]);
    if (v < values.length && values[v].start < r.end) continue;
    out.push(r);
  }
  while (v < values.length) out.push(values[v++]);
  return out;
}

/** A magnitude written onto an amount: "£240m", "$3bn", "$2.5tn", "$40k". */
const MAGNITUDE = /^(?:k|m|mn|bn|b|tn|trn)\.?$/i;

/**
 * The end of an amount of money ending at `end` with the magnitude joined to it ("£240" + "m"), its
 * full stop left out; `next` is the token after the amount's last.
 */
function withMagnitude(tokens: NewsDocument['parse']['tokens'], end: number, next: number): number {
  if (next >= tokens.length || tokens.start[next] !== end || !MAGNITUDE.test(tokens.value[next])) return end;
  return tokens.end[next] - (tokens.value[next].endsWith('.') ? 1 : 0);
}

/** Units of a period written after a number and a hyphen: "24-year-old", "two-day", "10-year". */
const PERIOD_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'decade', 'decades', 'century',
]);

/**
 * A unit wink reads apart from the number ending at `last`, with the value's last token and type:
 * a period joined by hyphens, no spaces between ("10-year", TIME for hours and minutes; for an age
 * through "old": "24-year-old"), or light-years, a distance wink takes for a duration ("97
 * light-years", "4.2 light years").
 */
function unitAfterNumber(tokens: NewsDocument['parse']['tokens'], last: number): { last: number; type: EntityType } | undefined {
  const joined = (a: number, b: number) => b < tokens.length && tokens.end[a] === tokens.start[b];
  if (joined(last, last + 1) && tokens.value[last + 1] === '-' && joined(last + 1, last + 2) && PERIOD_UNITS.has(tokens.normal[last + 2])) {
    const unit = last + 2;
    const type = TIME_UNITS.has(tokens.normal[unit]) ? 'TIME' : 'DATE';
    const old = joined(unit, unit + 1) && tokens.value[unit + 1] === '-' && joined(unit + 1, unit + 2) && tokens.normal[unit + 2] === 'old';
    return { last: old ? unit + 2 : unit, type };
  }
  let t = last + 1;
  if (t >= tokens.length || tokens.normal[t] !== 'light') return undefined;
  t++;
  if (t < tokens.length && tokens.value[t] === '-') t++;
  return t < tokens.length && (tokens.normal[t] === 'year' || tokens.normal[t] === 'years') ? { last: t, type: 'QUANTITY' } : undefined;
}

function spanHas(words: readonly string[], first: number, last: number, set: ReadonlySet<string>): boolean {
  for (let i = first; i <= last; i++) if (set.has(words[i])) return true;
  return false;
}
