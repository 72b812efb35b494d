// wink's pattern automaton (wink-nlp's automaton.js), run over symbols instead of wink's word ids.
// The machines are the web model's own, their word ids turned into words by tables the repo derives
// from the model (scripts/wink-tables.ts): newslens runs the model's value-entity and
// sentence-boundary machines this way, from the parsed tokens, instead of running wink's passes.

/**
 * Keys of the machines' categories: a hint or a number shape, or a pattern found by the pass
 * before. No normal form starts with this character.
 */
export const CATEGORY = '\u0000';

/**
 * The key of a hint, or of a token category the model's transformers read as one (a year, a clock
 * time, an email address): the machines move on it as the word 1,080,000 + h.
 */
export const hintKey = (hint: number) => CATEGORY + (1_080_000 + hint);
/** The machines' word ids from here on are categories, not words. */
const FIRST_CATEGORY = 1_000_000;
/** The machines' id of the move taken when no other fits. */
const OTHERWISE = '2070003';

export interface Machine {
  /** Moves by state: symbol (the index of a token key, see SYMBOLS) → next state. */
  moves: Map<number, number>[];
  /** The state the "otherwise" move leads to, by state (0: none). */
  otherwise: Int32Array;
  /** Pattern names by state, for terminal states; "0" names a pattern that is read and dropped. */
  terminal: (string | undefined)[];
  /** Tokens a pattern drops at its start and end, by terminal state. */
  marked: ([number, number] | undefined)[];
  /** 1 for the symbols a pattern may start with (those the first state moves on). */
  starts: Uint8Array;
}

type ModelMachine = [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];

/**
 * Every key a machine moves on (a word, or a category), numbered: a token is looked up once, and a
 * token no machine knows (most of a text) is skipped without further lookups.
 */
const SYMBOLS = new Map<string, number>();
export const symbolOf = (key: string) => SYMBOLS.get(key) ?? -1;

/** A machine of the model, its word ids read through `words` (id → lexicon word). */
export function machineOf(json: string, words: Readonly<Record<string, string>>): Machine {
  const [, lastState, fsm, terminal, marked] = JSON.parse(json) as ModelMachine;
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
  const starts = new Uint8Array(SYMBOLS.size);
  for (const symbol of moves[0]?.keys() ?? []) starts[symbol] = 1;
  return { moves, otherwise, terminal: names, marked: marks, starts };
}

/** What the machines read of a text's tokens: each token's symbol (-1 for a word no machine knows), and its line feeds. */
export interface TokenSymbols {
  symbols: Int32Array;
  lineFeed: Uint8Array;
}

/** Every machine set declared with `onFirstUse`, each built when first asked for. */
const builders: (() => unknown)[] = [];

/**
 * Machines (and what goes with them) built on first use, not when their module loads: a program
 * that imports this package and never parses pays nothing. `tokenSymbols` builds every set first,
 * since a word only becomes a symbol when a machine that moves on it is built.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  const get = () => (built ??= build());
  builders.push(get);
  return get;
}

/** The symbols of tokens' normal forms, read once for all the machines a parse runs. */
export function tokenSymbols(normal: readonly string[]): TokenSymbols {
  for (const build of builders) build();
  const n = normal.length;
  const symbols = new Int32Array(n);
  const lineFeed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const word = normal[i];
    if (word === '\n') lineFeed[i] = 1;
    symbols[i] = symbolOf(word);
  }
  return { symbols, lineFeed };
}

export type Pattern = [number, number, string];

/**
 * The patterns of one pass, as wink's automaton finds them (wink-nlp's `recognize`, with the same
 * moves, roll-backs and quirks): greedy from each token; a line feed is passed over (keeping the
 * step of the token before it); a pattern of the pass before stands for its tokens as one.
 */
export function recognize(m: Machine, symbols: Int32Array, lineFeed: Uint8Array, swaps: Swaps | undefined): Pattern[] {
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
    // A token no pattern starts with (most of a text) is passed over at once, as the loop below
    // would pass over it; a line feed or a swapped pattern takes the loop's own way.
    if (i < n && !lineFeed[i] && (swaps === undefined || swaps.end[i] < 0) && !m.starts[symbols[i]]) {
      step = 1;
      continue;
    }
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
export interface Swaps {
  /** The pattern's last token, or -1 where no pattern starts. */
  end: Int32Array;
  /** The symbol the pattern stands as. */
  symbol: Int32Array;
}

/** The swaps of a pass's patterns for the next pass: sorted as wink sorts them, a later one replacing an earlier at the same start. */
export function swapsOf(patterns: Pattern[], n: number): Swaps {
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

