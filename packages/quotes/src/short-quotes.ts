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

/** The features of a short or title-like quote, as strings (a few dozen per quote). */
export function shortQuoteFeatures(c: QuoteContext, q: QuoteFacts, reason: NotStatementReason | undefined, around: Neighbours): string[] {
  const { text, value, normal, pos, lemma, n, sentenceStart } = c;
  const { span, first, last, words, partial } = q;
  const f: string[] = [];
  f.push(`rule=${reason ?? 'kept'}`);
  f.push(`words=${words > 6 ? '7+' : words > 2 ? '3-6' : words}`);
  f.push(partial ? 'partial' : 'full');
  // Single or double marks, but not which double marks: curly and straight quotes are the same
  // thing to a reader.
  if (span.single) f.push('single marks');
  if (q.attributed) f.push('attributed');
  if (q.attributedAfter) f.push('attributed after');
  if (q.continued) f.push('continued');
  if (around.quoteBefore) f.push('quote before in sentence');
  if (around.quoteAfter) f.push('quote after in sentence');
  if (speechInSentence(c, first, last)) f.push('speech in sentence');
  if (isTitleCase(c, first, last)) f.push('title case');
  if (exclaims(c, span)) f.push('exclaims');
  if (endsStatement(c, span)) f.push('ends statement');
  if (isChanted(c, first)) f.push('chanted');
  if (namedAs(c, first)) f.push('named as');
  if (namesWork(c, first)) f.push('names work');
  if (followsPreposition(c, first)) f.push('after preposition');
  if (isSoCalled(c, first - 1)) f.push('so-called');
  if (inHeadline(c, first)) f.push('headline');
  // The quoted words: their part of speech, case and inner punctuation.
  let inner = 0;
  let lower = 0;
  let tags = '';
  for (let t = first; t <= last; t++) {
    if (isWordToken(c, t)) {
      if (!isCapitalised(c, t)) lower++;
      if (words <= MODEL_WORDS) tags += `${tags ? '_' : ''}${pos[t]}`;
    } else if (pos[t] === 'PUNCT' && t > first && t < last && /[,;:]/.test(value[t])) inner++;
  }
  if (tags) f.push(`quoted pos=${tags}`);
  if (words <= MODEL_WORDS) for (let t = first; t <= last; t++) if (isWordToken(c, t)) f.push(`quoted=${normal[t].replace(/^['‘’`]+/, '')}`);
  if (lower === 0) f.push('no lower-case word');
  if (inner > 0) f.push('inner punctuation');
  // The tokens either side of the marks (the marks are tokens of their own, or not, by wink).
  let b = first - 1;
  while (b >= 0 && pos[b] === 'PUNCT' && /^['"“”‘’`]+$/.test(value[b])) b--;
  let a = last + 1;
  while (a < n && pos[a] === 'PUNCT' && /^['"“”‘’`]+$/.test(value[a])) a++;
  const start = sentenceStart[first];
  if (b < start || b < 0 || pos[b] === 'SPACE') f.push('sentence start');
  else {
    f.push(`before=${normal[b]}`, `before pos=${pos[b]}`);
    if (b - 1 >= start && pos[b - 1] !== 'SPACE') f.push(`before2=${normal[b - 1]}`, `before pos2=${pos[b - 1]}_${pos[b]}`);
    if (NAMING.has(normal[b]) || (b >= 1 && NAMING.has(normal[b - 1]))) f.push('naming word before');
  }
  if (a >= n || pos[a] === 'SPACE' || isSentenceEnd(c, a)) f.push('sentence end');
  else {
    f.push(`after=${normal[a]}`, `after pos=${pos[a]}`);
    if (a + 1 < n && pos[a + 1] !== 'SPACE') f.push(`after pos2=${pos[a]}_${pos[a + 1]}`);
  }
  // The nearest verb before the quote in its sentence, and the nearest speech verb and how far.
  let verb = -1;
  let speech = -1;
  for (let t = b; t >= start && t >= first - CUE_WINDOW; t--) {
    if (verb < 0 && pos[t] === 'VERB') verb = t;
    if (isSpeechVerb(c, t)) { speech = t; break; }
  }
  if (verb >= 0) f.push(`verb before=${lemma[verb]}`);
  // The clause before the quote: its verbs and nouns (an attribution may be a noun, "his promise of
  // “…”", or a verb of belief, "wants “…”"), and whether it names someone who could hold the words.
  const seen = new Set<string>();
  let source = false;
  for (let t = b; t >= start && t >= first - CONTEXT_WORDS; t--) {
    if (pos[t] === 'VERB' || pos[t] === 'NOUN') {
      const key = `clause=${lemma[t]}`;
      if (!seen.has(key)) { seen.add(key); f.push(key); }
    }
    if (c.tokenEntity[t] >= 0 || (pos[t] === 'PRON' && SPEAKER_PRONOUNS.get(normal[t]) === 'person')) source = true;
  }
  if (source) f.push('source before');
  // Speech in the sentence before (an attribution whose content runs on into this one).
  if (start > 0) {
    let prev = start - 1;
    while (prev > 0 && pos[prev] === 'SPACE') prev--;
    if (!(pos[start - 1] === 'SPACE' && value[start - 1].includes('\n'))) {
      const from = sentenceStart[prev];
      for (let t = prev; t >= from && t >= prev - CUE_WINDOW; t--) if (isSpeechVerb(c, t)) { f.push('speech in sentence before'); break; }
    }
  }
  if (speech >= 0) f.push(`speech verb before ${first - speech <= 3 ? 'near' : first - speech <= 10 ? 'mid' : 'far'}`);
  return f;
}

interface Model {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const MODEL = model as Model;
const weights = new Map(Object.entries(MODEL.weights));

/** The model's score (log-odds that the quote is a statement PolNeAR would count). */
export function shortQuoteScore(features: readonly string[]): number {
  let s = MODEL.bias;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/** Whether the model keeps a short or title-like quote as a statement. */
export function keepShortQuote(features: readonly string[]): boolean {
  return shortQuoteScore(features) >= MODEL.threshold;
}
