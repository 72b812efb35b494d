import type { TokenTable } from '@newslens/core';
import { AFINN } from './afinn.js';
import {
  AGENT_MARKERS, HOSTILE_NOUNS, OPPOSE_VERBS, SPEECH_VERBS, SUPPORTED_NOUNS, SUPPORT_VERBS, TOWARD_MARKERS,
} from './lexicon/stance-verbs.js';

/** Bit flags for what a token is, computed once per token. */
export const FLAG = {
  verb: 1,
  support: 2,
  oppose: 4,
  speech: 8,
  hostile: 16,
  supported: 32,
  agent: 64,
  toward: 128,
  punct: 256,
  negated: 512,
  possessive: 1024,
  quote: 2048,
  /** A comma. */
  comma: 4096,
  /** A word that may sit between coordinated names: "and", "or", "the", a comma. */
  coordinator: 8192,
} as const;

const LEXICON = new Map<string, number>();
const mark = (words: readonly string[], flag: number) => {
  for (const w of words) LEXICON.set(w, (LEXICON.get(w) ?? 0) | flag);
};
mark(SUPPORT_VERBS, FLAG.support);
mark(OPPOSE_VERBS, FLAG.oppose);
mark(SPEECH_VERBS, FLAG.speech);
mark(HOSTILE_NOUNS, FLAG.hostile);
mark(SUPPORTED_NOUNS, FLAG.supported);
mark(AGENT_MARKERS, FLAG.agent);
mark(TOWARD_MARKERS, FLAG.toward);

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** The word a feature uses for a token: its lower-case lemma, with names and numbers collapsed. */
export function tokenKey(tokens: TokenTable, i: number): string {
  const pos = tokens.pos[i];
  if (pos === 'PROPN') return '#propn';
  if (pos === 'NUM' || tokens.type[i] === 'number') return '#num';
  return lemmaKey(lemmaOf(tokens, i));
}

function lemmaOf(tokens: TokenTable, i: number): string {
  return tokens.lemma[i] ?? tokens.normal[i] ?? '';
}

function lemmaKey(lemma: string): string {
  const lower = lemma.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** What every token written the same way shares, whatever the document: looked up once per form. */
interface WordFacts {
  /** The normal form and lemma these facts were computed from (a form can take another lemma with another POS). */
  normal: string;
  lemma: string;
  /** Vocabulary id + 1 (high 16 bits) and lexicon flags (low 16 bits) of the lemma's key. */
  packed: number;
  /** AFINN valence of the normal form. */
  valence: number;
  quote: boolean;
}

/** Word-form caches, one per vocabulary (so per model), shared by every document. */
const CACHES = new WeakMap<ReadonlyMap<string, number>, Map<string, WordFacts>>();
/** The caches stop growing here, so a stream of odd tokens cannot grow memory without bound. */
const MAX_CACHED_WORDS = 200_000;

/**
 * Per-token facts the features need (vocabulary id, AFINN valence, lexicon flags), computed lazily
 * and at most once per token, so classifying many pairs costs no repeated string work.
 */
export class TokenInfo {
  readonly tokens: TokenTable;
  private readonly vocab: ReadonlyMap<string, number>;
  /** Filled for a token once `id`, `valence`, `flags` or `fillRange` has seen it; -2 before. */
  readonly ids: Int32Array;
  readonly valences: Int8Array;
  readonly flagBits: Uint16Array;

  private readonly cache: Map<string, WordFacts>;
  /** The packed vocabulary ids of "#propn" and "#num", the one word each name and number is to the model. */
  private readonly propn: number;
  private readonly num: number;

  constructor(tokens: TokenTable, vocab: ReadonlyMap<string, number>) {
    this.tokens = tokens;
    this.vocab = vocab;
    let cache = CACHES.get(vocab);
    if (!cache) CACHES.set(vocab, (cache = new Map()));
    this.cache = cache;
    this.propn = ((vocab.get('#propn') ?? -1) + 1) << 16;
    this.num = ((vocab.get('#num') ?? -1) + 1) << 16;
    this.ids = new Int32Array(tokens.length).fill(-2);
    this.valences = new Int8Array(tokens.length);
    this.flagBits = new Uint16Array(tokens.length);
  }

  private fill(i: number): void {
    const { tokens } = this;
    const facts = this.facts(i);
    const pos = tokens.pos[i];
    // Names and numbers are one word each to the model, whatever they say.
    const packed = pos === 'PROPN' ? this.propn : pos === 'NUM' || tokens.type[i] === 'number' ? this.num : facts.packed;
    this.ids[i] = (packed >> 16) - 1;
    let flags = packed & 0xffff;
    if (pos === 'VERB' || pos === 'AUX') flags |= FLAG.verb;
    if (pos === 'PUNCT' || tokens.type[i] === 'punctuation') flags |= FLAG.punct;
    if (facts.quote) flags |= FLAG.quote;
    if (tokens.negated[i]) flags |= FLAG.negated;
    // wink splits "build-up" into three tokens; the compound names a hostile act.
    if (tokens.lemma[i] === 'build' && tokens.value[i + 1] === '-' && tokens.normal[i + 2] === 'up') flags |= FLAG.hostile;
    this.flagBits[i] = flags;
    this.valences[i] = tokens.negated[i] ? -facts.valence : facts.valence;
  }

  /**
   * The facts of token i's written form, cached across documents so that each distinct form costs
   * its string work once; recomputed when the token's normal form or lemma is not the cached one.
   */
  private facts(i: number): WordFacts {
    const { tokens } = this;
    const value = tokens.value[i];
    const normal = tokens.normal[i];
    const lemma = lemmaOf(tokens, i);
    const cached = this.cache.get(value);
    if (cached !== undefined && cached.normal === normal && cached.lemma === lemma) return cached;
    const key = lemmaKey(lemma);
    let flags = LEXICON.get(key) ?? 0;
    if (key === "'s" || key === "'") flags |= FLAG.possessive;
    if (key === ',') flags |= FLAG.comma;
    if (key === ',' || key === 'and' || key === 'or' || key === 'the') flags |= FLAG.coordinator;
    const facts: WordFacts = {
      normal,
      lemma,
      packed: (((this.vocab.get(key) ?? -1) + 1) << 16) | flags,
      valence: AFINN.get(normal) ?? 0,
      quote: QUOTE_MARKS.has(value),
    };
    if (cached !== undefined || this.cache.size < MAX_CACHED_WORDS) this.cache.set(value, facts);
    return facts;
  }

  // The last range filled: pairs of one sentence ask for overlapping windows inside it.
  private filledFirst = 0;
  private filledLast = -1;

  /** Computes every token in first..last, so that the arrays can be read directly. */
  fillRange(first: number, last: number): void {
    if (first >= this.filledFirst && last <= this.filledLast) return;
    for (let i = first; i <= last; i++) if (this.ids[i] === -2) this.fill(i);
    this.filledFirst = first;
    this.filledLast = last;
  }

  /** Vocabulary id of token i, or -1 when the model does not know the word. */
  id(i: number): number {
    if (this.ids[i] === -2) this.fill(i);
    return this.ids[i];
  }

  /** AFINN valence of token i, negated inside a negation's scope. */
  valence(i: number): number {
    if (this.ids[i] === -2) this.fill(i);
    return this.valences[i];
  }

  flags(i: number): number {
    if (this.ids[i] === -2) this.fill(i);
    return this.flagBits[i];
  }
}

/**
 * True when the words after token `from - 1` name a hostile act it commits: "X aggression",
 * "X's aggression", "X's military build-up" (a possessive, then at most one adjective, then a
 * hostile noun), looking no further than `limit`.
 */
export function hostileAfter(info: TokenInfo, from: number, limit: number): boolean {
  let i = from;
  if (i <= limit && info.flags(i) & FLAG.possessive) i++;
  if (i <= limit && info.tokens.pos[i] === 'ADJ') i++;
  return i <= limit && (info.flags(i) & FLAG.hostile) !== 0;
}

/** True when the words after token `from - 1` name something its holder is supported in ("X's sovereignty"). */
export function supportedAfter(info: TokenInfo, from: number, limit: number): boolean {
  let i = from;
  if (i <= limit && info.flags(i) & FLAG.possessive) i++;
  else return false;
  if (i <= limit && info.tokens.pos[i] === 'ADJ') i++;
  return i <= limit && (info.flags(i) & FLAG.supported) !== 0;
}
