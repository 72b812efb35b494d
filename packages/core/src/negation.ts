import type { TokenRange } from './parse.js';

/**
 * What a phrase of the negation model does (wink-eng-lite-web-model names the kinds '0', '1', '2'):
 * an ignored phrase is read and passed over ("not only", "no wonder", "as soon as"); a negator
 * negates what follows it in its sentence ("not", "never", "fail to", "rule out"); a boundary ends
 * the scope of a negator before it (punctuation, "but", "because", "which").
 */
export const PhraseKind = { Ignored: 0, Negator: 1, Boundary: 2 } as const;
export type PhraseKind = (typeof PhraseKind)[keyof typeof PhraseKind];

/**
 * The phrases of wink-eng-lite-web-model's negation model (1.8.1), by normal form, with their kind.
 * `negation.test.ts` decodes the model's automaton and checks that this table is the same.
 */
export const NEGATION_PHRASES: readonly (readonly [string, PhraseKind])[] = [
  ...['!', ')', ',', '.', ';', '?', 'although', 'because', 'but', 'except', 'however', 'nevertheless', 'so', 'still', 'though', 'unless', 'until', 'which', 'yet',
    'cause for', 'cause of', 'causes for', 'causes of'].map((p) => [p, PhraseKind.Boundary] as const),
  ...['eliminate', 'hardly', 'neither', 'never', 'none', 'nor', 'prevent', 'rarely', 'scarcely', 'impossible to', 'unlikely to',
    'fail to', 'failed to', 'failing to', 'fails to', 'rule out', 'ruled out', 'rules out'].map((p) => [p, PhraseKind.Negator] as const),
  ...['as good as', 'as long as', 'as much as', 'as soon as', 'may not', 'might not', 'no further', 'no wonder', 'not certain if', 'not just',
    'not only', 'not to mention', 'without further ado'].map((p) => [p, PhraseKind.Ignored] as const),
  // "go-no-go" as wink splits its spellings: a dash, a slash or nothing between "go" and "no", a dash or nothing after.
  ...['-', '–', '—', '/', ''].flatMap((a) => ['-', '–', '—', ''].map((b) => [`go ${a} no ${b} go`.replace(/ +/g, ' '), PhraseKind.Ignored] as const)),
];

/**
 * Words that are a phrase of their own when no listed phrase continues them: "not" and "no"
 * negate, as "without" does; "as" ends a negator's scope.
 */
export const NEGATION_WORDS_ALONE: readonly (readonly [string, PhraseKind])[] = [
  ['not', PhraseKind.Negator],
  ['no', PhraseKind.Negator],
  ['without', PhraseKind.Negator],
  ['as', PhraseKind.Boundary],
];

interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** The kind of the phrase that ends here. */
  kind?: PhraseKind;
  /** The kind of the phrase this word makes when no longer phrase goes on from it. */
  alone?: PhraseKind;
}

function phraseTrie(): PhraseNode {
  const root: PhraseNode = { next: new Map() };
  const nodeOf = (words: string[]) =>
    words.reduce((node, word) => {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      return child;
    }, root);
  for (const [phrase, kind] of NEGATION_PHRASES) nodeOf(phrase.split(' ')).kind = kind;
  for (const [word, kind] of NEGATION_WORDS_ALONE) nodeOf([word]).alone = kind;
  return root;
}

const ROOT = phraseTrie();

interface Found {
  first: number;
  last: number;
  kind: PhraseKind;
}

/**
 * The negators and boundaries among tokens, in order, as wink's automaton finds them: from each
 * token, the words are followed down the phrase tree until a phrase ends (the first one met wins)
 * or the tree has no branch for the next word, when the last word met that is a phrase alone
 * ("not" in "not yet") is the phrase, or else nothing starts here. A line feed is passed over
 * inside a phrase. Ignored phrases are read but not reported.
 */
function findPhrases(normal: readonly string[]): Found[] {
  const found: Found[] = [];
  const n = normal.length;
  for (let i = 0; i < n; i++) {
    // Most tokens start no phrase (a line feed starts none either: it is passed over).
    let next = ROOT.next.get(normal[i]);
    if (next === undefined) continue;
    let node = ROOT;
    const first = i;
    let alone: PhraseKind | undefined;
    let aloneAt = -1;
    for (let j = i; j <= n; j++) {
      if (j > i) {
        if (j < n && normal[j] === '\n') continue;
        next = j < n ? node.next.get(normal[j]) : undefined;
      }
      if (next?.kind !== undefined) {
        if (next.kind !== PhraseKind.Ignored) found.push({ first, last: j, kind: next.kind });
        i = j;
        break;
      }
      if (!next) {
        if (alone !== undefined) {
          if (alone !== PhraseKind.Ignored) found.push({ first, last: aloneAt, kind: alone });
          i = aloneAt;
        }
        break;
      }
      node = next;
      if (node.alone !== undefined) {
        alone = node.alone;
        aloneAt = j;
      }
    }
  }
  return found;
}

/** Token types a negation never covers. */
const UNNEGATED_TYPES: ReadonlySet<string> = new Set(['punctuation', 'emoji', 'emoticon']);

/**
 * wink's negation flags, without wink's negation pass: each negator covers the tokens after it up
 * to the next negator or boundary, within its sentence. As in wink, the sentence's last token is
 * left out when another phrase follows later in the text, and punctuation and emoji are never
 * covered. `sentences` are wink's, in token order.
 */
export function negationFlags(
  tokens: { readonly length: number; readonly normal: readonly string[]; readonly type: readonly string[] },
  sentences: readonly TokenRange[],
): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  const phrases = findPhrases(tokens.normal);
  for (let k = 0; k < phrases.length; k++) {
    if (phrases[k].kind !== PhraseKind.Negator) continue;
    const sentence = sentenceOf(sentences, phrases[k].last);
    if (sentence === undefined) continue;
    const end = k + 1 < phrases.length ? Math.min(sentence.last, phrases[k + 1].first) : sentence.last + 1;
    for (let i = phrases[k].last + 1; i < end; i++) if (!UNNEGATED_TYPES.has(tokens.type[i])) flags[i] = true;
  }
  return flags;
}

function sentenceOf(sentences: readonly TokenRange[], token: number): TokenRange | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (token > sentences[mid].last) lo = mid + 1;
    else if (token < sentences[mid].first) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}
