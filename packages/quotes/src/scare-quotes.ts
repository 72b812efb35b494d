import { CUE_WINDOW, isCapitalised, isLowerCase, isSentenceEnd, isWordToken, type QuoteContext } from './context.js';
import type { QuoteSpan } from './quote-marks.js';
import { isSpeechVerb } from './speech-verbs.js';

// Which quotes are not statements: scare quotes, titles of shows and pieces, headline quotes.

/** A quote of at most this many words is a scare quote unless the text attributes it. */
export const SCARE_QUOTE_WORDS = 2;
/** A quote of at most this many words, all capitalised, is a title. */
const TITLE_WORDS = 6;
/** A quote after "so-called" of at most this many words is a label. */
const SO_CALLED_WORDS = 4;
const LONG_TITLE_WORDS = 12;
/** A headline is a paragraph shorter than this, in tokens. */
const HEADLINE_TOKENS = 30;
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from']);

/** What the statement filter knows about a quote: its tokens, and how the text attributes it. */
export interface QuoteFacts {
  span: QuoteSpan;
  first: number;
  last: number;
  words: number;
  partial: boolean;
  /** A speaker cue names who said it. */
  attributed: boolean;
  /** That cue follows the quote ("“…,” X said"). */
  attributedAfter: boolean;
  /** It continues the speaker of the quote before. */
  continued: boolean;
}

/** Why a quote is not a statement (see `notStatementReason`). */
export type NotStatementReason = 'scare quote' | 'single-quoted, unattributed' | 'single-quoted in a headline line' | 'so-called label' | 'title' | 'title of a work' | 'name opening a sentence' | 'headline' | 'byline title';

/**
 * Why a quote is not a statement (a scare quote, a title, a headline's quote or a piece's title),
 * or undefined when it is one.
 */
export function notStatementReason(c: QuoteContext, q: QuoteFacts): NotStatementReason | undefined {
  const { span, first, last, words, partial } = q;
  // What a crowd chanted ("chants of “Trump, Trump”") or an exclamation (“USA! USA!”) is something
  // someone said, not a term the writer marks or a title; but a title may hold an exclamation mark
  // ("at the end of “Hail, Caesar!”").
  const exclaimed = isChanted(c, first) || (exclaims(c, span) && !followsPreposition(c, first)) || introducedBySpeech(c, first);
  // A scare quote: one or two words that nothing attributes, in a sentence that reports no speech.
  if (!exclaimed && !q.attributed && !q.continued && words <= SCARE_QUOTE_WORDS && (partial || !endsStatement(c, span)) && !speechInSentence(c, first, last)) return 'scare quote';
  // Single marks at the top level are headline quotes or titles: a statement only when attributed.
  // In a headline-length line they are the headline's: "Minister slams rival’s ‘reckless gamble’",
  // which the story repeats, unless the line is the speaker's name and the quote ("Kasich: ‘…’").
  if (span.single && !q.attributed) return 'single-quoted, unattributed';
  if (span.single && !(first > 0 && c.value[first - 1] === ':') && shortLine(c, first)) return 'single-quoted in a headline line';
  // "the so-called “rebels”": the writer marks the words as a label others use.
  if (partial && words <= SO_CALLED_WORDS && isSoCalled(c, first - 1)) return 'so-called label';
  // A short quote in title case ("Face the Nation") names a show, book or slogan.
  // After "on", "of" or a possessive ("on ABC’s “This Week,”") a title may run longer and be followed
  // by the sentence's attribution; elsewhere a short title-case quote is a title only when unattributed.
  if (!exclaimed && partial && isTitleCase(c, first, last) && (followsPreposition(c, first) && !namedAs(c, first) ? words <= LONG_TITLE_WORDS : words <= TITLE_WORDS && !q.attributedAfter && !q.attributed && !q.continued)) return 'title';
  // "the “We Build the Wall” campaign", "a “Make America Great Again” hat": a title-case name that
  // modifies a noun names a campaign or a slogan, whoever is quoted around it.
  if (partial && words <= LONG_TITLE_WORDS && isTitleCase(c, first, last) && modifiesNoun(c, first, last)) return 'title';
  // "her memoir, “Hard Choices.”", "the podcast “The Thing”": a work's title, whoever is quoted around it.
  if (partial && words <= LONG_TITLE_WORDS && isTitleCase(c, first, last) && namesWork(c, first)) return 'title of a work';
  // "“Sons of Trump” is an adaptation of …", "''Billions,'' on Showtime, is …": a short title-case
  // quote that opens a sentence and runs on into it, with no attribution after it, is a name.
  if (!exclaimed && !partial && !q.attributedAfter && words <= TITLE_WORDS && isTitleCase(c, first, last) && runsOn(c, span, last)) return 'name opening a sentence';
  // A quote in a title-case headline ("Hollande Says Trump ‘Makes You Want To Retch’") repeats the
  // story, unless the headline is the speaker's name and the quote ("Kasich: ‘We Will Go On’").
  if (inHeadline(c, first) && !(q.attributed && first > 0 && c.value[first - 1] === ':')) return 'headline';
  // “Tax plan stalls,” by Jane Smith: the title of a piece and its byline.
  return isByline(c, span, first, last + 1) ? 'byline title' : undefined;
}

/** "so-called" (wink reads it as three tokens) or "so called" ending at token `t`. */
export function isSoCalled(c: QuoteContext, t: number): boolean {
  const { normal } = c;
  // A determiner may come between: "often called the “godfather of AI”".
  if (t >= 1 && (normal[t] === 'the' || normal[t] === 'a' || normal[t] === 'an')) t--;
  if (t < 1 || normal[t] !== 'called') return false;
  return normal[t - 1] === 'so-called' || normal[t - 1] === 'so' || LABELLING_ADVERBS.has(normal[t - 1]) || (t >= 2 && normal[t - 1] === '-' && normal[t - 2] === 'so');
}

/** Adverbs that make "called" name a label many use, not a call one person made: "often called". */
const LABELLING_ADVERBS: ReadonlySet<string> = new Set(['often', 'sometimes', 'widely', 'commonly', 'popularly', 'also', 'affectionately']);

/** What follows the apostrophe of a possessive or contraction. */
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** Every word capitalised but short function words: "Meet the Press", "The Art of the Deal". */
export function isTitleCase(c: QuoteContext, first: number, last: number): boolean {
  const { tokens, value, normal } = c;
  let capitals = 0;
  for (let t = first; t <= last; t++) {
    if (tokens.type[t] !== 'word') continue;
    // wink keeps a typewriter mark's second half on the word ("'A" in ''A Time for Truth''); a
    // possessive or contraction ("America’s Bitter Pill") is no word of its own.
    const word = value[t];
    if (word.length === 0) continue; // an empty token (see isCapitalised)
    let k = 0;
    while (k < word.length && (word[k] === "'" || word[k] === '’')) k++;
    if (k > 0 && (k === word.length || CLITICS.has(word.slice(k)))) continue;
    const ch = word[k];
    if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) capitals++;
    else if (!TITLE_SMALL_WORDS.has(normal[t])) return false;
  }
  return capitals > 0;
}

/** Whether a token's paragraph is a short line with most of its words capitalised. */
export function inHeadline(c: QuoteContext, t: number): boolean {
  const { tokens, normal } = c;
  const line = shortLine(c, t);
  if (!line) return false;
  const [a, b] = line;
  let words = 0;
  let capitals = 0;
  for (let k = a; k <= b; k++) {
    if (tokens.type[k] !== 'word' || TITLE_SMALL_WORDS.has(normal[k])) continue;
    words++;
    if (isCapitalised(c, k)) capitals++;
  }
  return words >= 4 && capitals >= words * 0.8;
}

/** The first and last token of a token's line when the line is shorter than a headline's limit. */
export function shortLine(c: QuoteContext, t: number): [number, number] | undefined {
  const { value, pos, n } = c;
  let a = t;
  while (a > 0 && !(pos[a - 1] === 'SPACE' && value[a - 1].includes('\n')) && t - a < HEADLINE_TOKENS) a--;
  let b = t;
  while (b + 1 < n && !(pos[b + 1] === 'SPACE' && value[b + 1].includes('\n')) && b - a < HEADLINE_TOKENS) b++;
  if (b - a >= HEADLINE_TOKENS || (a > 0 && !(pos[a - 1] === 'SPACE'))) return undefined;
  return [a, b];
}

/** A speech verb earlier in the quote's sentence or later in its clause: the sentence reports speech. */
export function speechInSentence(c: QuoteContext, first: number, last: number): boolean {
  const { pos, n, sentenceStart } = c;
  for (let t = Math.max(sentenceStart[first], first - CUE_WINDOW); t < first; t++) if (isSpeechVerb(c, t)) return true;
  for (let t = last + 1; t < n && t - last < CUE_WINDOW && !isSentenceEnd(c, t) && pos[t] !== 'SPACE'; t++) if (isSpeechVerb(c, t)) return true;
  return false;
}

/**
 * A byline after a title: the title opens with a capital and ends with a comma ("“Tax plan stalls,”
 * by Jane Smith"). A passive agent after a quote ("labelled a “witch hunt” by Democrats") is none.
 */
export function isByline(c: QuoteContext, span: QuoteSpan, first: number, t: number): boolean {
  const { text, value, pos, normal, n } = c;
  let comma = /,\W*$/.test(text.slice(Math.max(span.start, span.end - 3), span.end));
  if (t < n && value[t] === ',') {
    comma = true;
    t++;
  }
  let w = first;
  while (w < t && !isWordToken(c, w)) w++;
  return comma && w < t && !isLowerCase(c, w) && t + 1 < n && normal[t] === 'by' && isCapitalised(c, t + 1) && pos[t + 1] !== 'PRON';
}

/** Nouns for a work with a title: "the book “…”", "a podcast, “…”". */
const WORK_NOUNS = new Set([
  'book', 'memoir', 'autobiography', 'biography', 'novel', 'essay', 'column', 'article', 'editorial', 'op-ed',
  'show', 'program', 'programme', 'podcast', 'film', 'movie', 'documentary', 'play', 'musical', 'series',
  'sitcom', 'episode', 'segment', 'song', 'album', 'anthem', 'ad', 'advertisement', 'video', 'newsletter',
]);
/** Whether a quote follows a noun for a work, which it names: "her memoir, “…”", "the show “…”". */
export function namesWork(c: QuoteContext, first: number): boolean {
  const { value, pos, lemma, normal } = c;
  let t = first - 1;
  if (t >= 0 && value[t] === ',') t--;
  return t >= 0 && (pos[t] === 'NOUN' || pos[t] === 'PROPN') && (WORK_NOUNS.has(lemma[t]) || WORK_NOUNS.has(normal[t]));
}

/** A quote between a determiner or possessive and a lower-case noun: "the “…” campaign", "Trump’s “…” hat". */
export function modifiesNoun(c: QuoteContext, first: number, last: number): boolean {
  const { value, pos, n } = c;
  const before = first - 1;
  const after = last + 1;
  if (before < 0 || after >= n || pos[after] !== 'NOUN' || !/^\p{Ll}/u.test(value[after])) return false;
  return pos[before] === 'DET' || value[before] === '’s' || value[before] === "'s";
}

/** A title follows "on", "in", "of" or a possessive: "said on ABC’s “This Week”". */
export function followsPreposition(c: QuoteContext, first: number): boolean {
  const { pos } = c;
  const t = first - 1;
  return t >= 0 && (pos[t] === 'ADP' || pos[t] === 'PART');
}

/** A quote with no sentence punctuation at its end that its sentence goes on after ("“Veep” is …"). */
export function runsOn(c: QuoteContext, span: QuoteSpan, last: number): boolean {
  const { text, pos, n } = c;
  if (/[.!?]/.test(text.slice(Math.max(span.start, span.end - 3), span.end))) return false;
  return last + 1 < n && !isSentenceEnd(c, last + 1) && pos[last + 1] !== 'SPACE';
}

/** "described him as “…”", "refers to the governor as “…”": after "as", the words a speech verb earlier in the sentence reports. */
export function namedAs(c: QuoteContext, first: number): boolean {
  const { normal, sentenceStart } = c;
  const as = first - 1;
  if (as < 0 || normal[as] !== 'as') return false;
  for (let t = Math.max(sentenceStart[as], as - CUE_WINDOW); t < as; t++) if (isSpeechVerb(c, t)) return true;
  return false;
}

/** A quote right after a speech verb and a comma or colon: "said, “No.”", "interjecting, “…”". */
export function introducedBySpeech(c: QuoteContext, first: number): boolean {
  const { value } = c;
  return first >= 2 && (value[first - 1] === ',' || value[first - 1] === ':') && isSpeechVerb(c, first - 2);
}

/** Nouns for what a crowd calls out: "chants of “…”", "cries of “…”". */
const UTTERANCE_NOUNS = new Set(['chant', 'cry', 'shout', 'call', 'scream', 'roar', 'yell', 'chorus', 'cheer', 'boo', 'jeer', 'refrain']);

/** A quote after an utterance noun and "of": "met with chants of “…”", "the cries of “…”". */
export function isChanted(c: QuoteContext, first: number): boolean {
  const { normal, lemma } = c;
  const t = first - 1;
  return t >= 1 && normal[t] === 'of' && (UTTERANCE_NOUNS.has(lemma[t - 1]) || UTTERANCE_NOUNS.has(normal[t - 1].replace(/e?s$/, '')));
}

/** Whether a quote holds an exclamation mark. */
export function exclaims(c: QuoteContext, span: QuoteSpan): boolean {
  const { text } = c;
  for (let i = span.start; i < span.end; i++) if (text.charCodeAt(i) === 33) return true;
  return false;
}

/** A quote that ends with its own sentence punctuation ("“No.”") is a statement however short. */
export function endsStatement(c: QuoteContext, span: QuoteSpan): boolean {
  const { text } = c;
  return /[.!?,][’”"'»]?$/.test(text.slice(Math.max(span.start, span.end - 3), span.end - (span.continues ? 0 : 1)));
}
