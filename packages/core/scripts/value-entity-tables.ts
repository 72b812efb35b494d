import model from 'wink-eng-lite-web-model';

/** Word ids at or past this in the machines are categories (NER hints, number shapes, earlier passes' patterns) or moves. */
const FIRST_CATEGORY = 1_000_000;

interface CoreModel {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
  features: { lexeme: { list: string[] } };
}

/** The model's parts are opaque in wink's types. */
const parts = model as unknown as { core(): CoreModel; ner(): { machines: string[] } };

/**
 * From the installed model: the lexicon word of every word id its value-entity machines use, and
 * every lexicon word with an NER hint (packed in the lexicon's third word, `packing.layout.nerHint`).
 */
export function modelTables(): { words: Record<string, string>; hints: Record<string, number> } {
  const core = parts.core();
  const list = core.features.lexeme.list;
  const words: Record<string, string> = {};
  for (const machine of parts.ner().machines) {
    const fsm = (JSON.parse(machine) as [number, number, Record<string, Record<string, number>>])[2];
    for (const moves of Object.values(fsm)) for (const id of Object.keys(moves)) if (Number(id) < FIRST_CATEGORY) words[id] = list[Number(id)];
  }
  const [slot, mask, shift] = core.packing.layout.nerHint;
  const hints: Record<string, number> = {};
  for (let k = 0; k < list.length; k++) {
    const hint = (core.lexicon[k * core.packing.size + slot] & mask) >>> shift;
    if (hint) hints[list[k]] = hint;
  }
  return { words, hints };
}
