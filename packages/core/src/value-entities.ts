import tables from '../model/value-entities.json' with { type: 'json' };
import { hintKey, machineOf, onFirstUse, recognize, swapsOf, symbolOf, tokenSymbols, type Pattern, type TokenSymbols } from './automaton.js';
import { webModel } from './wink.js';

/** A value entity as wink's NER pass gives it: tokens `first` to `last`, and its type (DATE, MONEY, ...). */
export interface ValueEntitySpan {
  first: number;
  last: number;
  type: string;
}


const nerMachines = onFirstUse(() => (webModel.ner as () => { machines: string[] })().machines.map((json) => machineOf(json, tables.words)));
/** The first pass's key of each word with an NER hint. */
const HINT_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(tables.hints as Record<string, number>).map(([word, hint]) => [word, hintKey(hint)]));

const DD_MM_YY = /^(?:0?[1-9]|[12]\d|30|31)[/.-](?:0?[1-9]|1[0-2])(?:[/.-]([12]\d)?\d\d)$/;
const MM_DD_YY = /^(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|30|31)(?:[/.-]([12]\d)?\d\d)$/;
const ISO_DATE = /^(?:[12]\d\d\d)[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|30|31)$/;
const HH_MM = /^(?:\d|[01]\d|2[0-3]):(?:\d|[0-5][0-9])$/;
/** The first pass's key of the token types it reads as categories. */
const TYPE_KEYS: ReadonlyMap<string, string> = new Map(
  ([['ordinal', 47], ['time', 48], ['tabCRLF', 50], ['email', 52], ['emoji', 53],
    ['emoticon', 54], ['hashtag', 55], ['mention', 56], ['url', 57]] as const).map(([type, category]) => [type, hintKey(category)]),
);
const YEAR = hintKey(45);
const NUMBER = hintKey(46);
const DATE = hintKey(49);
const CLOCK = hintKey(51);

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

/**
 * wink's value entities (DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL, DURATION, EMAIL, URL, ...)
 * without wink's NER pass: its three machines, read from the model, run over the parsed tokens'
 * normal forms and types (`read`: the tokens' symbols when the caller has them already). The same
 * spans and types as wink's; `value-entities.test.ts` compares them.
 */
export function valueEntities(
  tokens: { readonly length: number; readonly normal: readonly string[]; readonly type: readonly string[] },
  read: TokenSymbols = tokenSymbols(tokens.normal),
): ValueEntitySpan[] {
  const machines = nerMachines();
  const { normal, type } = tokens;
  const n = tokens.length;
  const { symbols, lineFeed } = read;
  // The tokens as the first pass reads them (hints and categories); the others read them as they are.
  const firstSymbols = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const key = firstPassKey(normal[j], type[j]);
    firstSymbols[j] = key === normal[j] ? symbols[j] : symbolOf(key);
  }
  let patterns: Pattern[] | undefined;
  for (let pass = 0; pass < machines.length; pass++) {
    patterns = recognize(machines[pass], pass === 0 ? firstSymbols : symbols, lineFeed, patterns && swapsOf(patterns, n));
  }
  return (patterns ?? []).map(([first, last, typeName]) => ({ first, last, type: typeName }));
}
