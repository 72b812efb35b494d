import tables from '../model/value-entities.json' with { type: 'json' };
import { webModel } from './wink.js';

/** A value entity as wink's NER pass gives it: tokens `first` to `last`, and its type (DATE, MONEY, ...). */
export interface ValueEntitySpan {
  first: number;
  last: number;
  type: string;
}

/**
 * Keys of the machines' categories: an NER hint or a number shape (pass one), a pattern found by
 * the pass before (passes two and three). No normal form starts with this character.
 */
const CATEGORY = '\u0000';
/** The machines' word ids from here on are categories, not words. */
const FIRST_CATEGORY = 1_000_000;
/** The machines' id of the move taken when no other fits. */
const OTHERWISE = '2070003';
/** The first pass reads an NER hint h as category HINT_BASE + h. */
const HINT_BASE = 1_080_000;

interface Machine {
  /** Moves by state: symbol (the index of a token key, see SYMBOLS) → next state. */
  moves: Map<number, number>[];
  /** The state the "otherwise" move leads to, by state (0: none). */
  otherwise: Int32Array;
  /** Pattern names by state, for terminal states; "0" names a pattern that is read and dropped. */
  terminal: (string | undefined)[];
  /** Tokens a pattern drops at its start and end, by terminal state. */
  marked: ([number, number] | undefined)[];
}

type ModelMachine = [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];

/**
 * Every key a machine moves on (a word, or a category), numbered: a token is looked up once, and a
 * token no machine knows (most of a text) is skipped without further lookups.
 */
const SYMBOLS = new Map<string, number>();
const symbolOf = (key: string) => SYMBOLS.get(key) ?? -1;

function machineOf(json: string): Machine {
  const [, lastState, fsm, terminal, marked] = JSON.parse(json) as ModelMachine;
  const words = tables.words as Record<string, string>;
  const moves: Map<number, number>[] = [];
  const otherwise = new Int32Array(lastState + 1);
  for (const [state, out] of Object.entries(fsm)) {
    const map = new Map<number, number>();
    for (const [id, next] of Object.entries(out)) {
      if (id === OTHERWISE) otherwise[Number(state)] = next;
      else {
        const key = Number(id) < FIRST_CATEGORY ? words[id] : CATEGORY + id;
        if (!SYMBOLS.has(key)) SYMBOLS.set(key, SYMBOLS.size);
        map.set(symbolOf(key), next);
      }
    }
    moves[Number(state)] = map;
  }
  const names: (string | undefined)[] = new Array(lastState + 1).fill(undefined);
  for (const [state, name] of Object.entries(terminal)) names[Number(state)] = name;
  const marks: ([number, number] | undefined)[] = new Array(lastState + 1).fill(undefined);
  for (const [state, mark] of Object.entries(marked)) marks[Number(state)] = mark;
  return { moves, otherwise, terminal: names, marked: marks };
}

let machines: Machine[] | undefined;
/** The first pass's key of each word with an NER hint. */
const HINT_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(tables.hints as Record<string, number>).map(([word, hint]) => [word, CATEGORY + (HINT_BASE + hint)]));

const DD_MM_YY = /^(?:0?[1-9]|[12]\d|30|31)[/.-](?:0?[1-9]|1[0-2])(?:[/.-]([12]\d)?\d\d)$/;
const MM_DD_YY = /^(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|30|31)(?:[/.-]([12]\d)?\d\d)$/;
const ISO_DATE = /^(?:[12]\d\d\d)[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|30|31)$/;
const HH_MM = /^(?:\d|[01]\d|2[0-3]):(?:\d|[0-5][0-9])$/;
/** The first pass's key of the token types it reads as categories. */
const TYPE_KEYS: ReadonlyMap<string, string> = new Map(
  ([['ordinal', 1_080_047], ['time', 1_080_048], ['tabCRLF', 1_080_050], ['email', 1_080_052], ['emoji', 1_080_053],
    ['emoticon', 1_080_054], ['hashtag', 1_080_055], ['mention', 1_080_056], ['url', 1_080_057]] as const).map(([type, id]) => [type, CATEGORY + id]),
);
const YEAR = CATEGORY + 1_080_045;
const NUMBER = CATEGORY + 1_080_046;
const DATE = CATEGORY + 1_080_049;
const CLOCK = CATEGORY + 1_080_051;

/** What a number is to the first pass: a year, a value, a written date or a clock time (else itself). */
function numberKey(normal: string): string {
  const value = Number(normal.includes('.') ? normal.replace(/,(?=.*?\.)/g, '') : normal.replace(/,/g, ''));
  if (Number.isNaN(value)) {
    const parts = normal.split('/');
    if (parts.length === 2 && !Number.isNaN(Number(parts[0])) && !Number.isNaN(Number(parts[1]))) return NUMBER;
    if (DD_MM_YY.test(normal) || MM_DD_YY.test(normal) || ISO_DATE.test(normal)) return DATE;
    return HH_MM.test(normal) ? CLOCK : normal;
  }
  // A year is a number whose text reads as that number (the model compares them loosely: "1999", not "1,999").
  return value >= 1200 && value <= 2100 && Number(normal) === value ? YEAR : NUMBER;
}

/** True for a token of full stops and commas only ("", ".", "...", ",,"). */
function onlyStopsAndCommas(normal: string): boolean {
  for (let k = 0; k < normal.length; k++) {
    const c = normal.charCodeAt(k);
    if (c !== 44 && c !== 46) return false;
  }
  return true;
}

/** A token as the first pass reads it: its NER hint, else the category of its type, else its normal form. */
function firstPassKey(normal: string, type: string): string {
  if (normal === '\n' || normal === '\n\n' || onlyStopsAndCommas(normal)) return normal;
  const hinted = HINT_KEYS.get(normal);
  if (hinted !== undefined) return hinted;
  if (type === 'word') return normal;
  if (type === 'number') return numberKey(normal);
  return TYPE_KEYS.get(type) ?? normal;
}

type Pattern = [number, number, string];

/**
 * The patterns of one pass, as wink's automaton finds them (wink-nlp's `recognize`, with the same
 * moves, roll-backs and quirks): greedy from each token; a line feed is passed over (keeping the
 * step of the token before it); a pattern of the pass before stands for its tokens as one.
 */
function recognize(m: Machine, symbols: Int32Array, lineFeed: Uint8Array, swaps: Swaps | undefined): Pattern[] {
  const n = symbols.length;
  const found: Pattern[] = [];
  const push = (first: number, last: number, state: number) => {
    const name = m.terminal[state] as string;
    if (name === '0') return;
    const mark = m.marked[state];
    found.push(mark ? [first + mark[0], last - mark[1], name] : [first, last, name]);
  };
  let first = 0;
  let state = 0;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = 0;
  let step = 1;
  for (let i = 0; i <= n; i++) {
    for (let j = i; j <= n; j += step) {
      if (j < n && lineFeed[j]) continue;
      let symbol = j < n ? symbols[j] : -1;
      if (swaps !== undefined && j < n && swaps.end[j] >= 0) {
        symbol = swaps.symbol[j];
        step = swaps.end[j] - j + 1;
      } else step = 1;
      let next = symbol < 0 ? 0 : (m.moves[state]?.get(symbol) ?? 0);
      if (!state && next) first = j;
      if (m.terminal[next] !== undefined) {
        push(first, j + step - 1, next);
        i = j;
        j = n + 100;
        next = 0;
        lastOtherwiseState = 0;
      } else if (next === 0) {
        if (lastOtherwiseState) {
          push(first, lastOtherwiseIndex, lastOtherwiseState);
          i = lastOtherwiseIndex;
          lastOtherwiseState = 0;
        }
        j = n + 100;
      }
      state = next;
      if (m.otherwise[state]) {
        lastOtherwiseIndex = j + step - 1;
        lastOtherwiseState = m.otherwise[state];
      }
    }
  }
  return found;
}

/** The patterns of a pass by their first token, as the next pass reads them in their tokens' stead. */
interface Swaps {
  /** The pattern's last token, or -1 where no pattern starts. */
  end: Int32Array;
  /** The symbol the pattern stands as. */
  symbol: Int32Array;
}

/** The swaps of a pass's patterns for the next pass: sorted as wink sorts them, a later one replacing an earlier at the same start. */
function swapsOf(patterns: Pattern[], n: number): Swaps {
  // wink's comparator answers true or false, never a negative number; the same call sorts alike.
  patterns.sort((a, b) => Number(a[0] > b[0]));
  const end = new Int32Array(n).fill(-1);
  const symbol = new Int32Array(n);
  for (const [first, last, name] of patterns) {
    end[first] = last;
    symbol[first] = symbolOf(CATEGORY + name);
  }
  return { end, symbol };
}

/**
 * wink's value entities (DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, DURATION, EMAIL, URL, ...)
 * without wink's NER pass: its three machines, read from the model, run over the parsed tokens'
 * normal forms and types. The same spans and types as wink's; `value-entities.test.ts` compares them.
 */
export function valueEntities(tokens: { readonly length: number; readonly normal: readonly string[]; readonly type: readonly string[] }): ValueEntitySpan[] {
  machines ??= (webModel.ner as () => { machines: string[] })().machines.map(machineOf);
  const { normal, type } = tokens;
  const n = tokens.length;
  const lineFeed = new Uint8Array(n);
  // Symbols of the tokens as the first pass reads them (hints and categories), and as the others do.
  const firstSymbols = new Int32Array(n);
  const symbols = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const word = normal[j];
    if (word === '\n') lineFeed[j] = 1;
    symbols[j] = symbolOf(word);
    const key = firstPassKey(word, type[j]);
    firstSymbols[j] = key === word ? symbols[j] : symbolOf(key);
  }
  let patterns: Pattern[] | undefined;
  for (let pass = 0; pass < machines.length; pass++) {
    patterns = recognize(machines[pass], pass === 0 ? firstSymbols : symbols, lineFeed, patterns && swapsOf(patterns, n));
  }
  return (patterns ?? []).map(([first, last, typeName]) => ({ first, last, type: typeName }));
}
