import model from 'wink-eng-lite-web-model';

/** Word ids at or past this in the machines are categories (hints, number shapes, earlier passes' patterns) or moves. */
const FIRST_CATEGORY = 1_000_000;

interface CoreModel {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
  features: { lexeme: { list: string[] } };
}

/** The model's parts are opaque in wink's types. */
const parts = model as unknown as { core(): CoreModel; ner(): { machines: string[] }; sbd(): { machines: string[] }; negation(): { machines: string[] } };

/** The lexicon word of every word id that `machines` move on. */
function machineWords(list: readonly string[], machines: readonly string[]): Record<string, string> {
  const words: Record<string, string> = {};
  for (const machine of machines) {
    const fsm = (JSON.parse(machine) as [number, number, Record<string, Record<string, number>>])[2];
    for (const moves of Object.values(fsm)) for (const id of Object.keys(moves)) if (Number(id) < FIRST_CATEGORY) words[id] = list[Number(id)];
  }
  return words;
}

/** A property packed in the lexicon, by word: `packing.layout[name]` is its word, mask and shift. */
function packed(core: CoreModel, name: string): (k: number) => number {
  const [slot, mask, shift] = core.packing.layout[name];
  return (k) => (core.lexicon[k * core.packing.size + slot] & mask) >>> shift;
}

/** Every lexicon word for which `value` is not 0, with the value. */
function wordsWith(core: CoreModel, value: (k: number) => number): Record<string, number> {
  const list = core.features.lexeme.list;
  const out: Record<string, number> = {};
  for (let k = 0; k < list.length; k++) if (value(k)) out[list[k]] = value(k);
  return out;
}

/**
 * From the installed model, what `valueEntities`, `sentenceEnds` and `negationFlags` need beyond
 * the machines (which they read from the model at run time), so that they need not load the
 * model's whole lexicon again: the words the machines move on, and the words with NER and
 * sentence-boundary hints.
 */
export function winkTables() {
  const core = parts.core();
  const list = core.features.lexeme.list;
  return {
    valueEntities: { words: machineWords(list, parts.ner().machines), hints: wordsWith(core, packed(core, 'nerHint')) },
    sentenceEnds: { words: machineWords(list, parts.sbd().machines), hints: wordsWith(core, packed(core, 'sbdHint')) },
    negation: { words: machineWords(list, parts.negation().machines) },
    contractions: { words: plainContractions(core) },
  };
}

/**
 * The contractions of the lexicon written without an apostrophe ("cannot", "dont", "theyre"), which
 * wink splits ("can" "not") except right before punctuation, where it keeps the word whole and
 * reads its expansion pointer as a lemma: null, or whatever word later fills that slot of its cache.
 */
function plainContractions(core: CoreModel): string[] {
  const isContraction = packed(core, 'isContraction');
  return core.features.lexeme.list.filter((w, k) => isContraction(k) === 1 && !/['’]/.test(w));
}

/** The lexicon words whose abbreviation mark differs from `rule`, the one wink applies to unknown words. */
export function abbreviationsAgainst(rule: RegExp): string[] {
  const core = parts.core();
  const isAbbrev = packed(core, 'isAbbrev');
  return core.features.lexeme.list.filter((w, k) => (isAbbrev(k) === 1) !== rule.test(w));
}
