import { CUE_WINDOW, isCapitalised, isSentenceEnd, isWordToken, type QuoteContext } from './context.js';
import { endsStatement, exclaims, followsPreposition, inHeadline, isChanted, isSoCalled, isTitleCase, namedAs, namesWork, speechInSentence, type NotStatementReason, type QuoteFacts } from './scare-quotes.js';
import { isTypewriter } from './interrupted-quotes.js';
import { isSpeechVerb, SPEAKER_PRONOUNS } from './speech-verbs.js';
import model from './short-quotes-model.json' with { type: 'json' };

// Short and title-like quotes: a statement, or a term, title or label the writer marks? The rules
// of scare-quotes.ts give a first answer; a logistic regression over the words around the quote
// (trained on PolNeAR train by scripts/train-short-quotes.ts; src/short-quotes-model.json) decides.

/** A quote of at most this many words is decided by the model. */
export const MODEL_WORDS = 2;
/** A title-case quote of at most this many words is decided by the model too. */
export const MODEL_TITLE_WORDS = 12;

/**
 * The rule verdicts the model may overturn. The headline, single-mark and byline rules stay, and so
 * does "so-called", with which the writer says the words are a label others use.
 */
const OVERRULED: ReadonlySet<NotStatementReason | undefined> = new Set([undefined, 'scare quote', 'title', 'title of a work', 'name opening a sentence']);

/** Whether the model decides this quote: short or title case, and a verdict it may overturn. */
export function isModelQuote(c: QuoteContext, q: QuoteFacts, reason: NotStatementReason | undefined): boolean {
  // Typewriter quotes keep the rules' verdict: PolNeAR's conversion reads '' as two single marks and
  // leaves most short '' quotes out of its gold, so its labels there say nothing about the text.
  if (!OVERRULED.has(reason) || isTypewriter(c, q.span)) return false;
  return q.words <= MODEL_WORDS || (q.words <= MODEL_TITLE_WORDS && isTitleCase(c, q.first, q.last));
}

/** What the model knows besides the quote's facts: other quotes in its sentence. */
export interface Neighbours {
  /** A reported quote ends earlier in the sentence. */
  quoteBefore: boolean;
  /** Another quoted region begins later in the sentence. */
  quoteAfter: boolean;
}

/** How far back the clause before a quote is read for its verbs and nouns. */
const CONTEXT_WORDS = 12;
/** Words before a quote that name or label it: "called it “…”", "the so-called “…”". */
const NAMING = new Set(['called', 'call', 'calls', 'calling', 'dubbed', 'described', 'labeled', 'labelled', 'termed', 'as', 'branded', 'nicknamed']);

/**
 * Receives each feature of a quote: a family ("before", "quoted pos") and its value, or two values
 * for a pair ("before pos2": the tags of the two words before). A flag has the value ''.
 */
export type FeatureSink = (family: string, value: string, value2?: string) => void;

/** The features of a short or title-like quote, as strings ("before=as", "partial"): for training. */
export function shortQuoteFeatures(c: QuoteContext, q: QuoteFacts, reason: NotStatementReason | undefined, around: Neighbours): string[] {
  const f: string[] = [];
  visitFeatures(c, q, reason, around, (family, value, value2) => {
    f.push(value2 !== undefined ? `${family}=${value}_${value2}` : value ? `${family}=${value}` : family);
  });
  return f;
}

/** Strips the half of a typewriter or single mark wink may leave on a word ("'crazy"). */
const bare = (word: string) => (word.charCodeAt(0) === 39 || word[0] === '‘' || word[0] === '’' || word[0] === '`' ? word.replace(/^['‘’`]+/, '') : word);

/**
 * A word as a lexical feature: its lower-case form, or '<name>' for a name or another capitalised
 * word (which names something particular, and teaches nothing about other texts).
 */
function wordOf(c: QuoteContext, t: number): string {
  return c.pos[t] === 'PROPN' || isCapitalised(c, t) ? '<name>' : bare(c.normal[t]);
}

/** Whether a token is a quotation mark alone. */
const isMark = (word: string) => /^['"“”‘’`]+$/.test(word);

/** Every feature of a quote, in a fixed order (a few dozen), given to `emit` without building strings. */
export function visitFeatures(c: QuoteContext, q: QuoteFacts, reason: NotStatementReason | undefined, around: Neighbours, emit: FeatureSink): void {
  const { value, normal, pos, lemma, n, sentenceStart, tokenEntity } = c;
  const { span, first, last, words, partial } = q;
  emit('rule', reason ?? 'kept');
  emit('words', words > 6 ? '7+' : words > 2 ? '3-6' : words === 2 ? '2' : words === 1 ? '1' : '0');
  emit(partial ? 'partial' : 'full', '');
  // Single or double marks, but not which double marks: curly and straight quotes are the same
  // thing to a reader.
  if (span.single) emit('single marks', '');
  if (q.attributed) emit('attributed', '');
  if (q.attributedAfter) emit('attributed after', '');
  if (q.continued) emit('continued', '');
  if (around.quoteBefore) emit('quote before in sentence', '');
  if (around.quoteAfter) emit('quote after in sentence', '');
  if (speechInSentence(c, first, last)) emit('speech in sentence', '');
  if (isTitleCase(c, first, last)) emit('title case', '');
  if (exclaims(c, span)) emit('exclaims', '');
  if (endsStatement(c, span)) emit('ends statement', '');
  if (isChanted(c, first)) emit('chanted', '');
  if (namedAs(c, first)) emit('named as', '');
  if (namesWork(c, first)) emit('names work', '');
  if (followsPreposition(c, first)) emit('after preposition', '');
  if (isSoCalled(c, first - 1)) emit('so-called', '');
  if (inHeadline(c, first)) emit('headline', '');
  // The quoted words: their part of speech, case and inner punctuation.
  let inner = 0;
  let lower = 0;
  let tag1 = '';
  let tag2: string | undefined;
  for (let t = first; t <= last; t++) {
    if (isWordToken(c, t)) {
      if (!isCapitalised(c, t)) lower++;
      if (words <= MODEL_WORDS) {
        if (!tag1) tag1 = pos[t];
        else tag2 = pos[t];
      }
    } else if (pos[t] === 'PUNCT' && t > first && t < last && (value[t] === ',' || value[t] === ';' || value[t] === ':')) inner++;
  }
  if (tag1) emit('quoted pos', tag1, tag2);
  if (words <= MODEL_WORDS) for (let t = first; t <= last; t++) if (isWordToken(c, t)) emit('quoted', wordOf(c, t));
  if (lower === 0) emit('no lower-case word', '');
  if (inner > 0) emit('inner punctuation', '');
  // The tokens either side of the marks (the marks are tokens of their own, or not, by wink).
  let b = first - 1;
  while (b >= 0 && pos[b] === 'PUNCT' && isMark(value[b])) b--;
  let a = last + 1;
  while (a < n && pos[a] === 'PUNCT' && isMark(value[a])) a++;
  const start = sentenceStart[first];
  if (b < start || b < 0 || pos[b] === 'SPACE') emit('sentence start', '');
  else {
    emit('before', wordOf(c, b));
    emit('before pos', pos[b]);
    if (b - 1 >= start && pos[b - 1] !== 'SPACE') {
      emit('before2', wordOf(c, b - 1));
      emit('before pos2', pos[b - 1], pos[b]);
    }
    if (NAMING.has(normal[b]) || (b >= 1 && NAMING.has(normal[b - 1]))) emit('naming word before', '');
  }
  if (a >= n || pos[a] === 'SPACE' || isSentenceEnd(c, a)) emit('sentence end', '');
  else {
    emit('after', wordOf(c, a));
    emit('after pos', pos[a]);
    if (a + 1 < n && pos[a + 1] !== 'SPACE') emit('after pos2', pos[a], pos[a + 1]);
  }
  // The nearest verb before the quote in its sentence, and the nearest speech verb and how far.
  let verb = -1;
  let speech = -1;
  for (let t = b; t >= start && t >= first - CUE_WINDOW; t--) {
    if (verb < 0 && pos[t] === 'VERB') verb = t;
    if (isSpeechVerb(c, t)) { speech = t; break; }
  }
  if (verb >= 0) emit('verb before', lemma[verb]);
  // The clause before the quote: its verbs and nouns (an attribution may be a noun, "his promise of
  // “…”", or a verb of belief, "wants “…”"), each once, and whether it names someone who could hold
  // the words.
  let source = false;
  const from = Math.max(start, first - CONTEXT_WORDS);
  for (let t = b; t >= from; t--) {
    if (pos[t] === 'VERB' || pos[t] === 'NOUN') {
      let repeated = false;
      for (let k = t + 1; k <= b && !repeated; k++) repeated = (pos[k] === 'VERB' || pos[k] === 'NOUN') && lemma[k] === lemma[t];
      if (!repeated) emit('clause', lemma[t]);
    }
    if (tokenEntity[t] >= 0 || (pos[t] === 'PRON' && SPEAKER_PRONOUNS.get(normal[t]) === 'person')) source = true;
  }
  if (source) emit('source before', '');
  // Speech in the sentence before, in the same paragraph (an attribution whose content runs on).
  if (start > 0 && !(pos[start - 1] === 'SPACE' && value[start - 1].includes('\n'))) {
    let prev = start - 1;
    while (prev > 0 && pos[prev] === 'SPACE') prev--;
    const from = sentenceStart[prev];
    for (let t = prev; t >= from && t >= prev - CUE_WINDOW; t--) if (isSpeechVerb(c, t)) { emit('speech in sentence before', ''); break; }
  }
  if (speech >= 0) emit(first - speech <= 3 ? 'speech verb before near' : first - speech <= 10 ? 'speech verb before mid' : 'speech verb before far', '');
}

interface Model {
  bias: number;
  threshold: number;
  /** Feature strings as `shortQuoteFeatures` writes them, and their weights. */
  weights: Record<string, number>;
}

/** The families whose value is a pair of tags ("before pos2=NOUN_VERB"). */
const PAIRS = new Set(['before pos2', 'after pos2', 'quoted pos']);

/** The weights by family and value (and second value, for pairs), read once from the model. */
const MODEL = model as Model;
const byFamily = new Map<string, Map<string, number>>();
const byPair = new Map<string, Map<string, Map<string, number>>>();
for (const [key, weight] of Object.entries(MODEL.weights)) {
  const eq = key.indexOf('=');
  const family = eq < 0 ? key : key.slice(0, eq);
  const value = eq < 0 ? '' : key.slice(eq + 1);
  const sep = value.indexOf('_');
  if (PAIRS.has(family) && sep >= 0) {
    let pairs = byPair.get(family);
    if (!pairs) byPair.set(family, (pairs = new Map()));
    let second = pairs.get(value.slice(0, sep));
    if (!second) pairs.set(value.slice(0, sep), (second = new Map()));
    second.set(value.slice(sep + 1), weight);
  } else {
    let values = byFamily.get(family);
    if (!values) byFamily.set(family, (values = new Map()));
    values.set(value, weight);
  }
}

/** The weight of one feature (0 for a feature the model does not know). */
function weightOf(family: string, value: string, value2?: string): number {
  if (value2 !== undefined) return byPair.get(family)?.get(value)?.get(value2) ?? 0;
  return byFamily.get(family)?.get(value) ?? 0;
}

/** The model's score (log-odds that the quote is a statement PolNeAR counts) of feature strings. */
export function shortQuoteScore(features: readonly string[]): number {
  let s = MODEL.bias;
  for (const f of features) s += MODEL.weights[f] ?? 0;
  return s;
}

/** Whether the model keeps a short or title-like quote as a statement. */
export function keepShortQuote(c: QuoteContext, q: QuoteFacts, reason: NotStatementReason | undefined, around: Neighbours): boolean {
  let s = MODEL.bias;
  visitFeatures(c, q, reason, around, (family, value, value2) => { s += weightOf(family, value, value2); });
  return s >= MODEL.threshold;
}
