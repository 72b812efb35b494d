import {
  attributionLength, CUE_WINDOW, endsWithComma, endsWithPeriod, isCapitalised, isLowerCase, isParagraphStart,
  isSentenceEnd, isWordToken, NP_WINDOW, onlyPunctuation, SHORT_CLAUSE, VERB_GAP_POS, type Cue, type QuoteContext,
} from './context.js';
import { headOf, isNpToken, npEndingAt, onlyNp, phraseAfter, subjectOf } from './noun-phrases.js';
import { shortLine } from './scare-quotes.js';
import { INVERTING_VERBS, isSpeechVerb, SOURCE_NOUNS } from './speech-verbs.js';

// Speaker cues: where the text around a quote says who spoke it.

/** Particles of phrasal verbs: "sent out a statement", "put out a release". */
const PARTICLES = new Set(['out', 'up', 'off', 'back', 'forth']);

export interface FoundCue {
  cue: Cue | undefined;
  /** The cue follows the quote ("“…,” X said"). */
  attributedAfter: boolean;
  /** The token just past the clause after the quote. */
  clauseEnd: number;
}

/**
 * The cue that names a quote's speaker, tried in order: after the quote, before it (a partial quote
 * reads its own clause first, unless "“…,” X said" follows it), "X:", "Cruz continued:" closing the
 * paragraph before, the sentence before, the sentence's subject. `prevEndToken` is the last token
 * of the previous quote, `nextStart` the first of the next one: a cue never reaches past either.
 */
export function findCue(c: QuoteContext, first: number, last: number, partial: boolean, prevEndToken: number, nextStart: number, short: boolean): FoundCue {
  const { value, pos, n, sentenceStart, paragraphOf } = c;
  const paragraph = paragraphOf[first];
  // The clause before the quote (back to its sentence's start or the previous quote) and after it.
  let lo = Math.max(sentenceStart[first], prevEndToken + 1, first - CUE_WINDOW);
  while (lo < first && paragraphOf[lo] !== paragraph) lo++;
  // After the quote: up to the end of its clause, even past a sentence break the quote's own
  // "!" or "?" made ("“Stop!” he said."), but not past a line break or the next quote.
  // After a quote that ends its own sentence, only a short "Bush said." clause can attribute it.
  const window = endsWithPeriod(c, first, last) && !isLowerCase(c, last + 1) ? SHORT_CLAUSE : CUE_WINDOW;
  let hi = last + 1;
  while (hi < nextStart && hi - last <= window && pos[hi] !== 'SPACE' && !(hi > last + 1 && isSentenceEnd(c, hi))) hi++;
  if (window === SHORT_CLAUSE && !(hi >= n || isSentenceEnd(c, hi) || pos[hi] === 'SPACE')) hi = last + 1;

  let cue: Cue | undefined;
  let attributedAfter = false;
  if (partial && !endsWithComma(c, last)) cue = cueBefore(c, lo, first - 1);
  if (!cue) {
    cue = cueAfter(c, last + 1, hi - 1);
    attributedAfter = cue !== undefined;
  }
  if (!cue && !partial) cue = dashLineAfter(c, last, nextStart);
  if (!cue && partial) cue = cueBefore(c, lo, first - 1);
  if (!cue && !partial) cue = cueBefore(c, lo, first - 1) ?? colonCue(c, lo, first - 1);
  // "The board was conclusive in its findings: “…”": a colon hands the quote to the sentence's subject.
  if (!cue && !partial && first > 0 && value[first - 1] === ':' && lo === sentenceStart[first]) cue = sentenceSubject(c, lo, first - 1, false);
  if (!cue && isParagraphStart(c, first) && first >= 2) {
    // "Cruz continued:" closing the paragraph before introduces the quote that opens this one.
    const end = first - 2;
    if (value[end] === ':') cue = cueBefore(c, Math.max(sentenceStart[end], end - CUE_WINDOW), end) ?? colonCue(c, Math.max(sentenceStart[end], end - CUE_WINDOW), end);
  } else if (!cue && !partial && first > 0 && sentenceStart[first] === first && paragraphOf[first - 1] === paragraph) {
    // "…, he said. “He's a liberal!”": the sentence before names the speaker.
    const from = Math.max(sentenceStart[first - 1], prevEndToken + 1, first - CUE_WINDOW);
    if (sentenceStart[first - 1] > prevEndToken) cue = cueBefore(c, from, first - 1) ?? closingVerbSubject(c, from, first - 1);
  }
  // "The chief lobbied to suspend it, saying, “…”": the subject of the sentence spoke.
  if (!cue && (partial || lo === sentenceStart[first])) cue = sentenceSubject(c, lo, first - 1, short);
  return { cue, attributedAfter, clauseEnd: hi };
}

/** A dash that sets a name off: "“…” ― X", "- Hillary Clinton.", "- Mark Blumenthal and Jon Cohen:". */
const DASH = /^[—―–-]$/;

/** The longest line of attribution under a quote: "- Hillary Clinton." */
const DASH_LINE_TOKENS = 8;

/**
 * A quote that ends its paragraph, signed on the next line after a dash, as fact-checks quote
 * debates: "“…”¶¶- Hillary Clinton.¶¶". The line must hold a name alone.
 */
function dashLineAfter(c: QuoteContext, last: number, nextStart: number): Cue | undefined {
  const { value, pos, n } = c;
  let t = last + 1;
  while (t < n && pos[t] === 'PUNCT') t++;
  if (t >= n || pos[t] !== 'SPACE' || !value[t].includes('\n')) return undefined;
  while (t < n && pos[t] === 'SPACE') t++;
  if (t >= nextStart || !DASH.test(value[t])) return undefined;
  const from = t + 1;
  let end = from;
  while (end < nextStart && end - from <= DASH_LINE_TOKENS && pos[end] !== 'SPACE') end++;
  if (end - from > DASH_LINE_TOKENS || end === from) return undefined;
  const np = phraseAfter(c, from, end - 1);
  // A name, not a subheading set between dashes ("– An immigrant himself –").
  return np && np.first === from && isCapitalised(c, np.head) && onlyPunctuation(c, np.last + 1, end - 1) ? np : undefined;
}

/**
 * The speaker after "according to" or "in the words of", from token `from`, with a name set off in
 * apposition to a description: "according to her lawyer, Tom Ward, …" (the description's entity is
 * then the person named, as after "said").
 */
function attributedPhrase(c: QuoteContext, from: number, to: number): Cue | undefined {
  const np = phraseAfter(c, from, to);
  if (!np || c.value[np.last + 1] !== ',' || isCapitalised(c, np.head)) return np;
  const name = phraseAfter(c, np.last + 2, to);
  if (!name || name.first !== np.last + 2 || !isCapitalised(c, name.head) || c.value[name.last + 1] !== ',') return np;
  return { ...np, last: name.last };
}

/** “…,” said X / “…,” X said / “…,” according to X (in the words of X): a speech verb soon after the quote. */
export function cueAfter(c: QuoteContext, from: number, to: number): Cue | undefined {
  const { value, pos } = c;
  const cue = cueAt(c, from, to);
  if (cue) return cue;
  // "“We’re happy” about the decision, said X": the attribution after the quote's own clause.
  let comma = from + 1;
  while (comma <= to && comma - from < NP_WINDOW && value[comma] !== ',') comma++;
  return comma <= to && value[comma] === ',' && pos[from] !== 'PUNCT' ? cueAt(c, comma + 1, to, true) : undefined;
}

export function cueAt(c: QuoteContext, from: number, to: number, retry = false): Cue | undefined {
  const { value, pos, lemma } = c;
  let t = from;
  let dash = false;
  while (t <= to && (pos[t] === 'PUNCT' || pos[t] === 'SPACE' || pos[t] === 'SYM' || pos[t] === 'X' && !isWordToken(c, t))) {
    if (DASH.test(value[t])) dash = true;
    t++;
  }
  while (t <= to && VERB_GAP_POS.has(pos[t]) && pos[t] !== 'PART') t++;
  if (t > to) return undefined;
  const attribution = attributionLength(c, t);
  if (attribution > 0) return attributedPhrase(c, t + attribution, to);
  const nameThenVerb = isCapitalised(c, t) && t + 1 <= to && isSpeechVerb(c, t + 1);
  if (!nameThenVerb && isSpeechVerb(c, t)) return INVERTING_VERBS.has(lemma[t]) ? phraseAfter(c, t + 1, to) : undefined; // "said the official"
  // "“…,” Smith said", "“…,” Smith, who chairs the panel, told reporters": a phrase, then its verb.
  // wink sometimes tags a name right after a quote as a verb: "“…,” Ward said".
  let np = nameThenVerb ? { first: t, last: t, head: t } : phraseAfter(c, t, to);
  if (!np) return undefined;
  for (let k = np.first + 1; k <= np.last; k++) {
    if (isSpeechVerb(c, k)) {
      // What comes before the verb may hold no head at all ("”ll-spoke"): then there is no speaker phrase.
      const head = headOf(c, np.first, k - 1);
      if (head < 0) return undefined;
      np = { first: np.first, last: k - 1, head };
      break;
    }
  }
  // "“…” ― Sonya Herridge": a dash, then a name that ends the line.
  if (dash && !retry && (np.last + 1 > to || isSentenceEnd(c, np.last + 1))) return np;
  let v = np.last + 1;
  // Appositives or a relative clause, each closed by a comma, before the verb ("Harry Bond, 30, of
  // Raleigh, N.C., who was polled, said"); or a comma between adjectives ("the bespectacled,
  // 71-year-old diplomat said").
  for (let segments = 0; value[v] === ','; segments++) {
    let k = v + 1;
    while (k <= to && k - v < NP_WINDOW && value[k] !== ',' && !isSentenceEnd(c, k) && !isSpeechVerb(c, k)) k++;
    if (k <= to && isSpeechVerb(c, k) && (onlyNp(c, v + 1, k - 1) || pos[v + 1] === 'DET' || pos[v + 1] === 'ADJ')) {
      v = k; // the closing comma left out
      break;
    }
    if (k > to || value[k] !== ',') return undefined;
    let next = k + 1;
    while (next <= to && VERB_GAP_POS.has(pos[next])) next++;
    // The comma that closes one segment opens the next, unless a verb follows it.
    const verb = next <= to && (isSpeechVerb(c, next) || pos[next] === 'VERB' || pos[next] === 'AUX');
    // Past a comma inside the quote's sentence (`retry`), one segment only: a longer run there is the
    // sentence going on ("… on black, Hispanic and Native American communities, which had …, the lawsuit alleges").
    v = verb || retry || segments + 1 === MAX_APPOSITIVES ? k + 1 : k;
  }
  while (v <= to && VERB_GAP_POS.has(pos[v])) v++;
  if (v > to || !(isSpeechVerb(c, v) || closesSpokenQuote(c, from, np.last, v, to, retry))) return undefined;
  // After a comma inside a sentence, "…, Axelrod said." must close its clause, or end it with no
  // clause of its own ("…, she said in a video message.", "…, he told reporters.").
  if (retry && !(v + 1 > to || isSentenceEnd(c, v + 1) || value[v + 1] === ',' || endsWithoutClause(c, v + 1, to))) return undefined;
  return value[np.last + 1] === ',' ? { ...np, last: v - 1 } : np;
}

/** The most comma-closed segments between a speaker after a quote and its verb. */
const MAX_APPOSITIVES = 4;

/**
 * True when tokens from..to run to the end of their sentence with no verb and no word that opens a
 * clause: an adjunct of the speech verb before them ("in a video message", "on Tuesday", "reporters").
 */
function endsWithoutClause(c: QuoteContext, from: number, to: number): boolean {
  const { pos } = c;
  for (let t = from; t <= to; t++) {
    if (isSentenceEnd(c, t)) return true;
    if (pos[t] === 'VERB' || pos[t] === 'AUX' || pos[t] === 'SCONJ' || pos[t] === 'PRON' || pos[t] === 'PUNCT') return false;
  }
  return to + 1 >= c.n || isSentenceEnd(c, to + 1);
}

/**
 * "“Would it be negotiable?” Hannity pressed.": right after a quote that breaks off in a comma, a
 * question or an exclamation, a name and any verb in the active voice (`npLast` the name's last
 * token) that ends the sentence, an adverb aside, tell who spoke, whether or not the verb is one of
 * saying ("pressed", "started", "riffed"); "“So, who?” Her suggestions are redacted." does not.
 */
function closesSpokenQuote(c: QuoteContext, from: number, npLast: number, v: number, to: number, retry: boolean): boolean {
  const { value, pos } = c;
  if (retry || pos[v] !== 'VERB' || !isLowerCase(c, v) || from < 2) return false;
  for (let k = npLast + 1; k < v; k++) if (pos[k] === 'AUX') return false;
  const mark = value[from - 2];
  if (mark !== ',' && mark !== '?' && mark !== '!') return false;
  let end = v + 1;
  if (end <= to && pos[end] === 'ADV') end++;
  return end > to || isSentenceEnd(c, end);
}

/** X said, “…” / according to X (in the words of X), “…” / X called it “…”: the nearest cue before the quote. */
export function cueBefore(c: QuoteContext, from: number, to: number): Cue | undefined {
  const { value, lemma, normal, sentenceStart } = c;
  for (let t = to; t >= from; t--) {
    const attribution = attributionLength(c, t);
    if (attribution > 0) return attributedPhrase(c, t + attribution, to);
    if (!isSpeechVerb(c, t)) continue;
    // "…, saying “…”": a participle after a comma speaks for the sentence's subject, not for the
    // phrase the comma closes ("Sanders praised his rival, Hillary Clinton, saying “…”").
    if (normal[t].endsWith('ing') && t > 0 && value[t - 1] === ',') {
      const main = mainClauseSubject(c, t - 1, Math.max(from, sentenceStart[t])) ?? sentenceSubject(c, sentenceStart[t], t - 1, false);
      if (main) return main;
    }
    const subject = subjectOf(c, t, from);
    if (subject) return issuerOf(c, subject, from) ?? subject;
    // "said Smith, “…”": only a phrase that a comma or colon separates from the quote.
    const inverted = INVERTING_VERBS.has(lemma[t]) && !normal[t].endsWith('ing') ? phraseAfter(c, t + 1, to) : undefined;
    if (inverted && inverted.last < to && onlyPunctuation(c, inverted.last + 1, to)) return inverted;
    if (inverted && t === sentenceStart[t]) return inverted; // "Said Dorothy Poynter, who grew up there, “…”"
  }
  return undefined;
}

/**
 * "Trump went after Bush, calling him …": the subject of the verb the participle hangs on. That is
 * a speech verb just before the comma ("…, Spicer said, adding"), else the first finite verb of the
 * sentence after any opening subordinate clause ("If he wins, Trump has indicated …").
 */
export function mainClauseSubject(c: QuoteContext, comma: number, from: number): Cue | undefined {
  const { value, pos, normal } = c;
  for (let k = comma - 1; k >= from && comma - k <= 3; k--) {
    if (isSpeechVerb(c, k)) return subjectOf(c, k, from);
  }
  let start = Math.max(from, comma - CUE_WINDOW);
  if (pos[start] === 'SCONJ' || (pos[start] === 'ADV' && normal[start].startsWith('wh'))) {
    while (start < comma && value[start] !== ',') start++;
  }
  for (let k = start; k < comma; k++) {
    if (pos[k] !== 'VERB' || normal[k].endsWith('ing') || (k > 0 && normal[k - 1] === 'to')) continue;
    const subject = subjectOf(c, k, from);
    if (subject) return subject;
  }
  return undefined;
}

/**
 * "X issued a statement saying …", "Y hoisted a sign that read …": the statement speaks for whoever
 * issued it, the subject of the verb that has it for object.
 */
export function issuerOf(c: QuoteContext, subject: Cue, from: number): Cue | undefined {
  const { pos, lemma, normal } = c;
  if (!SOURCE_NOUNS.has(lemma[subject.head]) && !SOURCE_NOUNS.has(normal[subject.head])) return undefined;
  let t = subject.first - 1;
  while (t >= from && (VERB_GAP_POS.has(pos[t]) || PARTICLES.has(normal[t]))) t--;
  if (t < from || pos[t] !== 'VERB') return undefined;
  return subjectOf(c, t, from);
}

/** "Dianne Bystrom agreed." before a quote: a short sentence that ends on its verb. */
export function closingVerbSubject(c: QuoteContext, from: number, to: number): Cue | undefined {
  const { pos } = c;
  let t = to;
  while (t >= from && (pos[t] === 'PUNCT' || pos[t] === 'SPACE')) t--;
  if (t < from || pos[t] !== 'VERB' || t - from > SHORT_CLAUSE + 4) return undefined;
  const subject = subjectOf(c, t, from);
  return subject && subject.first === from ? subject : undefined;
}

/** "Republican pollster Daron Shaw: “…”": a name, then a colon, then the quote. */
export function colonCue(c: QuoteContext, from: number, to: number): Cue | undefined {
  const { value, pos } = c;
  let t = to;
  while (t >= from && pos[t] === 'SPACE') t--;
  if (t < from || value[t] !== ':') return undefined;
  const np = npEndingAt(c, t - 1, from);
  // "President Clinton released the following statement:"
  const issuer = np && issuerOf(c, np, from);
  if (issuer) return issuer;
  if (np && (np.first === from || pos[np.first - 1] === 'PUNCT' || pos[np.first - 1] === 'SPACE')) return np;
  return headlineSpeaker(c, from, t) ?? (np && nounPhraseLine(c, from, np));
}

/**
 * A line that is one noun phrase before a colon, as transcripts name speakers: "Former secretary of
 * state Hillary Rodham Clinton:", "- Mark Blumenthal and Jon Cohen:". From the line's start (after a
 * dash) to `np`, every word is part of a noun phrase, a preposition or "and"; the phrase keeps the
 * head of `np`.
 */
function nounPhraseLine(c: QuoteContext, from: number, np: Cue): Cue | undefined {
  const { value, pos } = c;
  let t = np.first - 1;
  while (t >= from && pos[t] !== 'SPACE' && !DASH.test(value[t])) {
    if (!isNpToken(c, t) && pos[t] !== 'ADP' && pos[t] !== 'CCONJ') return undefined;
    t--;
  }
  const first = t + 1;
  return pos[first] === 'ADP' || pos[first] === 'CCONJ' ? undefined : { first, last: np.last, head: np.head };
}

/**
 * A headline's "Speaker on Topic: ‘…’" ("Senator on the Tax Plan: ‘It Will Pass’"): the name that
 * opens a short line ending in the colon before the quote.
 */
export function headlineSpeaker(c: QuoteContext, from: number, colon: number): Cue | undefined {
  const { pos } = c;
  const line = shortLine(c, colon);
  if (!line || line[0] !== from || colon - from < 2) return undefined;
  // wink may tag a name that opens a line as a verb ("Ted Cruz:").
  const np = pos[from] === 'VERB' && isCapitalised(c, from) && pos[from + 1] === 'PROPN' ? extendName(c, from, colon - 1) : phraseAfter(c, from, colon - 1);
  if (!np || !isCapitalised(c, np.head)) return undefined;
  let last = np.first;
  while (last < np.last && pos[last + 1] !== 'ADP') last++; // the speaker, not the topic after "on"
  for (let k = np.first; k <= np.head; k++) if (pos[k] === 'PROPN') return { first: np.first, last, head: np.head };
  return undefined;
}

function extendName(c: QuoteContext, from: number, to: number): Cue {
  const { pos } = c;
  let last = from + 1;
  while (last + 1 <= to && pos[last + 1] === 'PROPN') last++;
  return { first: from, last, head: last };
}

/**
 * The noun phrase a sentence opens with, when a verb follows it: the speaker of a partial quote
 * ("Sanders is pledging to “win many delegates”"). A scare quote needs a speech verb in the clause.
 */
export function sentenceSubject(c: QuoteContext, from: number, to: number, requireSpeech: boolean): Cue | undefined {
  const { pos, sentenceStart } = c;
  // Only a sentence start near the quote: a run-on "sentence" must not make the work quadratic.
  if (from !== sentenceStart[from] || to - from > CUE_WINDOW) return undefined;
  let hasSpeech = false;
  for (let t = from; t <= to; t++) if (isSpeechVerb(c, t)) hasSpeech = true;
  if (!hasSpeech && requireSpeech) return undefined;
  const np = phraseAfter(c, afterOpeningPhrase(c, from, to), to);
  if (!np) return undefined;
  let t = np.last + 1;
  // "Bernie Sanders, who won Vermont, is pledging to": past an appositive or relative clause.
  if (c.value[t] === ',') {
    let close = t + 1;
    while (close <= to && close - t < NP_WINDOW && c.value[close] !== ',') close++;
    if (close > to || c.value[close] !== ',') return undefined;
    t = close + 1;
  }
  while (t <= to && VERB_GAP_POS.has(pos[t])) t++;
  return t <= to && pos[t] === 'VERB' ? np : undefined;
}

/** The longest phrase set off by a comma before a sentence's subject: "Last year,", "On Tuesday in Iowa,". */
const OPENING_PHRASE = 10;

/**
 * Where the subject starts after a short opening phrase with no verb, set off by a comma ("Last
 * year, he played down …", "On Tuesday, Clinton called …"); `from` when there is none.
 */
function afterOpeningPhrase(c: QuoteContext, from: number, to: number): number {
  const { value, pos, normal } = c;
  // A name before a comma is a subject with an appositive or a relative clause after it ("Serafinowicz, who").
  if (pos[from] === 'PROPN') return from;
  for (let t = from; t <= to && t - from <= OPENING_PHRASE; t++) {
    if (value[t] === ',') return t > from && !RELATIVE_PRONOUNS.has(normal[t + 1]) ? t + 1 : from;
    if (pos[t] === 'VERB' || pos[t] === 'AUX' || pos[t] === 'PRON' || isSpeechVerb(c, t)) return from;
  }
  return from;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);
