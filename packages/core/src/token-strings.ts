import type winkNLP from 'wink-nlp';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkDocument = ReturnType<WinkNLP['readDoc']>;
type WinkItem = ReturnType<ReturnType<WinkDocument['tokens']>['itemAt']>;

/** The strings wink gives each token of a document. */
export interface TokenStrings {
  value: string[];
  normal: string[];
  type: string[];
  lemma: string[];
  pos: string[];
}

/**
 * A wink lexeme's strings. wink computes a token's value, type and (outside a contraction) normal
 * form from its lexeme alone, and its lemma from its lexeme and POS tag.
 */
interface Lexeme {
  value: string;
  type: string;
  /** Unset until the lexeme is met outside a contraction. */
  normal: string | undefined;
  /** The lemma with the POS tag (its index) the lexeme was first met with outside a contraction. */
  lemma: string | undefined;
  lemmaPos: number;
  /** Lemmas with other POS tags, by tag index. */
  otherLemmas: Map<number, string> | undefined;
}

/** The lexemes an instance has met, by wink lexeme id (ids belong to an instance), and how many. */
interface LexemeTable {
  byId: (Lexeme | undefined)[];
  met: number;
}

const tables = new WeakMap<WinkNLP, LexemeTable>();
const posIndex = new Map<string, number>();

/**
 * The tokens' value, normal form, type, lemma and POS tag, as `tokens.out(its.…)` gives them, at
 * about half the cost: wink works each string out again for every token, through its packed
 * lexicon and lemmatizer, where a document repeats a few thousand lexemes. This reads each token's
 * lexeme id, contraction flag and POS tag from wink, and the strings from its own table of the
 * lexemes it has met, asking wink only for a lexeme (or lexeme and tag) it has not met before. A
 * contraction's parts ("ca" "n't") keep their own normal form and lemma, so they are always asked.
 */
export function tokenStrings(nlp: WinkNLP, doc: WinkDocument): TokenStrings {
  const its = nlp.its;
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as number[];
  const contraction = tokens.out(its.contractionFlag) as boolean[];
  const pos = tokens.out(its.pos) as string[];
  let table = tables.get(nlp);
  if (table === undefined) tables.set(nlp, (table = { byId: [], met: 0 }));
  const lexemes = table.byId;
  const n = ids.length;
  const value: string[] = new Array(n);
  const normal: string[] = new Array(n);
  const type: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  // wink's lemma helper has a narrower signature in its types than the other helpers; it works the same way.
  const itsLemma = its.lemma as typeof its.value;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    while (lexemes.length <= id) lexemes.push(undefined);
    let lexeme = lexemes[id];
    // At most one wink item per token: wink builds a fresh object of accessors for every itemAt,
    // and a new lexeme needs four strings from it (three items each, before).
    let item: WinkItem | undefined;
    if (lexeme === undefined) {
      item = tokens.itemAt(i);
      lexeme = { value: item.out(its.value), type: item.out(its.type), normal: undefined, lemma: undefined, lemmaPos: -1, otherLemmas: undefined };
      lexemes[id] = lexeme;
      table.met++;
    }
    value[i] = lexeme.value;
    type[i] = lexeme.type;
    if (contraction[i]) {
      item ??= tokens.itemAt(i);
      normal[i] = item.out(its.normal);
      lemma[i] = item.out(itsLemma);
      continue;
    }
    if (lexeme.normal === undefined) {
      item ??= tokens.itemAt(i);
      lexeme.normal = item.out(its.normal);
    }
    normal[i] = lexeme.normal;
    const tag = tagIndex(pos[i]);
    if (lexeme.lemma === undefined) {
      item ??= tokens.itemAt(i);
      lexeme.lemma = item.out(itsLemma);
      lexeme.lemmaPos = tag;
    }
    if (tag === lexeme.lemmaPos) {
      lemma[i] = lexeme.lemma;
    } else {
      lexeme.otherLemmas ??= new Map();
      let other = lexeme.otherLemmas.get(tag);
      if (other === undefined) {
        item ??= tokens.itemAt(i);
        lexeme.otherLemmas.set(tag, (other = item.out(itsLemma)));
      }
      lemma[i] = other;
    }
  }
  return { value, normal, type, lemma, pos };
}

/** How many distinct lexemes tokenStrings has met in an instance's documents. */
export function lexemesMet(nlp: WinkNLP): number {
  return tables.get(nlp)?.met ?? 0;
}

function tagIndex(tag: string): number {
  let index = posIndex.get(tag);
  if (index === undefined) posIndex.set(tag, (index = posIndex.size));
  return index;
}
