import { type Entity, type NewsDocument, type Quote, type Stage, type TextSpan } from '@newslens/core';
import { findQuoteSpans, type ParagraphMode, type QuoteSpan } from './quote-marks.js';
import { entityPerToken, paragraphPerToken, sentenceStartPerToken, tokenAtOrAfter } from './token-tables.js';
import { CLAUSE_FINAL_VERBS, INVERTING_VERBS, PHRASAL_SPEECH, SOURCE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './speech-verbs.js';

export interface FindQuotesOptions {
  /** How a quote that runs over several paragraphs is reported; see `ParagraphMode`. */
  paragraphs?: ParagraphMode;
}

/** A quote of at most this many words is a scare quote unless the text attributes it. */
const SCARE_QUOTE_WORDS = 2;
/** A quote of at most this many words, all capitalised, is a title. */
const TITLE_WORDS = 6;
const LONG_TITLE_WORDS = 12;
/** A headline is a paragraph shorter than this, in tokens. */
const HEADLINE_TOKENS = 30;
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from']);

/** How far a cue may sit from its quote, in tokens: attribution is local, and this bounds the work. */
const CUE_WINDOW = 40;
/** The longest "Bush said." clause after a quote that ended its own sentence. */
const SHORT_CLAUSE = 7;
/** How far a subject may sit from its verb, and an appositive run, in tokens. */
const NP_WINDOW = 24;

/** Particles of phrasal verbs: "sent out a statement", "put out a release". */
const PARTICLES = new Set(['out', 'up', 'off', 'back', 'forth']);
const RELATIVE_WORDS = new Set(['what', 'which', 'that', 'who', 'whom']);
/** Parts of speech a speaker's noun phrase is made of. */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
/** Words between a subject and its verb: "has also said", "did not say". */
const VERB_GAP_POS = new Set(['ADV', 'AUX', 'PART']);

/** Where the text names a speaker: a token range and its head word (the noun or name it is about). */
interface Cue {
  first: number;
  last: number;
  head: number;
}

/**
 * Finds direct quotations and attributes each to its speaker where the text says who
 * ("X said", "said X", "according to X", "…,” it added", a quote continuing the one before).
 * Quotes of one or two words that nothing attributes are scare quotes and are left out.
 *
 * @example findQuotes(doc) // [{ text: '“We will win,”', speaker: 'e1', speakerMention: { text: 'Maria Chen', ... } }]
 */
export function findQuotes(doc: NewsDocument<'sentences' | 'entities'>, options: FindQuotesOptions = {}): Quote[] {
  const { text } = doc;
  const tokens = doc.parse.tokens;
  const spans = findQuoteSpans(text, options.paragraphs ?? 'merge');
  if (spans.length === 0) return [];
  const { value, pos, lemma, normal } = tokens;
  const n = tokens.length;
  const entities = doc.layers.entities;
  const tokenEntity = entityPerToken(doc, entities);
  const sentenceStart = sentenceStartPerToken(doc);
  const paragraphOf = paragraphPerToken(doc);

  let byId: Map<string, Entity> | undefined;
  const entityById = () => (byId ??= new Map(entities.map((e) => [e.id, e])));
  const quotes: Quote[] = [];
  let prev: { quote: Quote; paragraph: number } | undefined;
  let prevEndToken = -1;
  // The quote the next one resumes: "''A,'' she said. ''B.''" (see `resumesAt`).
  let resumed: Quote | undefined;
  let resumeAt = -1;
  for (let qi = 0; qi < spans.length; qi++) {
    const span = spans[qi];
    const first = tokenAtOrAfter(tokens.start, span.start);
    const last = tokenAtOrAfter(tokens.start, span.end) - 1;
    if (first >= n || last < first) continue;
    const nextStart = qi + 1 < spans.length ? tokenAtOrAfter(tokens.start, spans[qi + 1].start) : n;
    const paragraph = paragraphOf[first];
    if (resumed && first === resumeAt && isTypewriter(span)) {
      resumed.end = span.end;
      resumed.text = text.slice(resumed.start, span.end);
      resumed = undefined;
      prevEndToken = last;
      if (prev) prev.paragraph = paragraphOf[last];
      continue;
    }
    resumed = undefined;

    // The clause before the quote (back to its sentence's start or the previous quote) and after it.
    let lo = Math.max(sentenceStart[first], prevEndToken + 1, first - CUE_WINDOW);
    while (lo < first && paragraphOf[lo] !== paragraph) lo++;
    // After the quote: up to the end of its clause, even past a sentence break the quote's own
    // "!" or "?" made ("“Stop!” he said."), but not past a line break or the next quote.
    // After a quote that ends its own sentence, only a short "Bush said." clause can attribute it.
    const window = endsWithPeriod(first, last) && !isLowerCase(last + 1) ? SHORT_CLAUSE : CUE_WINDOW;
    let hi = last + 1;
    while (hi < nextStart && hi - last <= window && pos[hi] !== 'SPACE' && !(hi > last + 1 && isSentenceEnd(hi))) hi++;
    if (window === SHORT_CLAUSE && !(hi >= n || isSentenceEnd(hi) || pos[hi] === 'SPACE')) hi = last + 1;

    const partial = isPartial(first);
    let cue: Cue | undefined;
    let attributedAfter = false;
    // A partial quote reads its own clause first, unless "“…,” X said" follows it.
    if (partial && !endsWithComma(last)) cue = cueBefore(lo, first - 1);
    if (!cue) {
      cue = cueAfter(last + 1, hi - 1);
      attributedAfter = cue !== undefined;
    }
    if (!cue && partial) cue = cueBefore(lo, first - 1);
    if (!cue && !partial) cue = cueBefore(lo, first - 1) ?? colonCue(lo, first - 1);
    // "The board was conclusive in its findings: “…”": a colon hands the quote to the sentence's subject.
    if (!cue && !partial && first > 0 && value[first - 1] === ':' && lo === sentenceStart[first]) cue = sentenceSubject(lo, first - 1, false);
    if (!cue && isParagraphStart(first) && first >= 2) {
      // "Cruz continued:" closing the paragraph before introduces the quote that opens this one.
      const end = first - 2;
      if (value[end] === ':') cue = cueBefore(Math.max(sentenceStart[end], end - CUE_WINDOW), end) ?? colonCue(Math.max(sentenceStart[end], end - CUE_WINDOW), end);
    } else if (!cue && !partial && first > 0 && sentenceStart[first] === first && paragraphOf[first - 1] === paragraph) {
      // "…, he said. “He's a liberal!”": the sentence before names the speaker.
      const from = Math.max(sentenceStart[first - 1], prevEndToken + 1, first - CUE_WINDOW);
      if (sentenceStart[first - 1] > prevEndToken) cue = cueBefore(from, first - 1) ?? closingVerbSubject(from, first - 1);
    }
    // "The chief lobbied to suspend it, saying, “…”": the subject of the sentence spoke.
    if (!cue && (partial || lo === sentenceStart[first])) cue = sentenceSubject(lo, first - 1, countWords(first, last) <= SCARE_QUOTE_WORDS);
    // A full quote continues the speaker of the quote before it (same or previous paragraph); a
    // partial one continues the quote before it in the same sentence ("said “a” and “b”").
    const continued = !cue && prev !== undefined && (partial
      ? prevEndToken >= sentenceStart[first] && prev.quote.speakerMention !== null
      : paragraph - prev.paragraph <= 1);
    const words = countWords(first, last);
    const quote: Quote = { start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: null, speakerMention: null };
    // A scare quote: one or two words that nothing attributes, in a sentence that reports no speech.
    if (!cue && !continued && words <= SCARE_QUOTE_WORDS && (partial || !endsStatement(span)) && !speechInSentence(first, last)) continue;
    // Single marks at the top level are headline quotes or titles: a statement only when attributed.
    if (span.single && !cue) continue;
    // A short quote in title case ("Face the Nation") names a show, book or slogan.
    // After "on", "of" or a possessive ("on ABC’s “This Week,”") a title may run longer and be followed
    // by the sentence's attribution; elsewhere a short title-case quote is a title only when unattributed.
    if (partial && isTitleCase(first, last) && (followsPreposition(first) ? words <= LONG_TITLE_WORDS : words <= TITLE_WORDS && !attributedAfter && !cue)) continue;
    // A quote in a title-case headline ("Hollande Says Trump ‘Makes You Want To Retch’") repeats the story.
    if (inHeadline(first)) continue;
    // “…,” by Jane Smith: the title of a piece and its byline.
    if (isByline(last + 1)) continue;

    if (cue) {
      quote.speakerMention = mentionOf(cue);
      quote.speaker = entityOf(cue, prev?.quote.speaker ?? null);
    } else if (continued && prev) {
      quote.speaker = prev.quote.speaker;
      quote.speakerMention = prev.quote.speakerMention;
    }
    quotes.push(quote);
    prev = { quote, paragraph: paragraphOf[last] };
    prevEndToken = last;
    if (attributedAfter && isTypewriter(span)) {
      resumeAt = resumesAt(hi, nextStart, paragraph);
      if (resumeAt >= 0) resumed = quote;
    }
  }
  return quotes;

  /**
   * Typewriter style (''A,'' she said. ''B.'') interrupts one quotation with its attribution. When
   * the attribution clause after a quote runs straight into another typewriter quote in the same
   * paragraph, the two are one quote with the attribution inside, as PolNeAR marks them: the token
   * where that quote starts, or -1.
   */
  function resumesAt(clauseEnd: number, nextStart: number, paragraph: number): number {
    let k = clauseEnd;
    while (k < nextStart && pos[k] === 'PUNCT') k++;
    if (k !== nextStart || k >= n || paragraphOf[k] !== paragraph) return -1;
    // The quote resumes after the clause's full stop or comma, not later in a sentence of its own
    // ("she said, describing how she puts together ''tubular mixers''").
    let b = k - 1;
    while (b > clauseEnd - 1 && pos[b] === 'SPACE') b--;
    return b >= 0 && /^[.,:;]$/.test(value[b]) ? k : -1;
  }

  function isTypewriter(span: QuoteSpan): boolean {
    return !span.single && text.startsWith("''", span.start);
  }

  /** Every word capitalised but short function words: "Meet the Press", "The Art of the Deal". */
  function isTitleCase(first: number, last: number): boolean {
    let capitals = 0;
    for (let t = first; t <= last; t++) {
      if (tokens.type[t] !== 'word') continue;
      const c = value[t][0];
      if (c === c.toUpperCase() && c !== c.toLowerCase()) capitals++;
      else if (!TITLE_SMALL_WORDS.has(normal[t])) return false;
    }
    return capitals > 0;
  }

  /** Whether a token's paragraph is a short line with most of its words capitalised. */
  function inHeadline(t: number): boolean {
    let a = t;
    while (a > 0 && !(pos[a - 1] === 'SPACE' && value[a - 1].includes('\n')) && t - a < HEADLINE_TOKENS) a--;
    let b = t;
    while (b + 1 < n && !(pos[b + 1] === 'SPACE' && value[b + 1].includes('\n')) && b - a < HEADLINE_TOKENS) b++;
    if (b - a >= HEADLINE_TOKENS || (a > 0 && !(pos[a - 1] === 'SPACE'))) return false;
    let words = 0;
    let capitals = 0;
    for (let k = a; k <= b; k++) {
      if (tokens.type[k] !== 'word' || TITLE_SMALL_WORDS.has(normal[k])) continue;
      words++;
      if (isCapitalised(k)) capitals++;
    }
    return words >= 4 && capitals >= words * 0.8;
  }

  /** A speech verb earlier in the quote's sentence or later in its clause: the sentence reports speech. */
  function speechInSentence(first: number, last: number): boolean {
    for (let t = Math.max(sentenceStart[first], first - CUE_WINDOW); t < first; t++) if (isSpeechVerb(t)) return true;
    for (let t = last + 1; t < n && t - last < CUE_WINDOW && !isSentenceEnd(t) && pos[t] !== 'SPACE'; t++) if (isSpeechVerb(t)) return true;
    return false;
  }

  function isByline(t: number): boolean {
    if (t < n && value[t] === ',') t++;
    return t + 1 < n && normal[t] === 'by' && isCapitalised(t + 1) && pos[t + 1] !== 'PRON';
  }

  /** A title follows "on", "in", "of" or a possessive: "said on ABC’s “This Week”". */
  function followsPreposition(first: number): boolean {
    const t = first - 1;
    return t >= 0 && (pos[t] === 'ADP' || pos[t] === 'PART');
  }

  /** A quote that begins inside a sentence, after other words of it: "called the plan “dogged and smart”". */
  function isPartial(first: number): boolean {
    let t = first - 1;
    if (t >= 0 && value[t] === ':') return false; // a colon introduces a quote of its own
    while (t >= 0 && pos[t] === 'PUNCT') t--;
    if (t < 0 || pos[t] === 'SPACE' || sentenceStart[first] === first || sentenceStart[first] > t) return false;
    return true;
  }

  /** “….” ends its sentence: what follows is a new one. (“…!” and “…?” may go on: “Why?” Bush asked.) */
  function endsWithPeriod(first: number, last: number): boolean {
    let t = last;
    while (t > first && pos[t] === 'PUNCT' && value[t] !== '.' && value[t] !== '!' && value[t] !== '?') t--;
    return t > first && value[t] === '.';
  }

  function isCapitalised(t: number): boolean {
    const c = value[t][0];
    return c !== c.toLowerCase();
  }

  function isLowerCase(t: number): boolean {
    if (t >= n) return false;
    const c = value[t][0];
    return c !== c.toUpperCase();
  }

  function isSentenceEnd(t: number): boolean {
    if (pos[t] !== 'PUNCT' || (value[t] !== '.' && value[t] !== '!' && value[t] !== '?')) return false;
    // An abbreviation's dot: "(D-Nev.)", "R-Ky., said", "the U.S. said".
    if (value[t] === '.' && t + 1 < n && (value[t + 1] === ')' || value[t + 1] === ',' || isLowerCase(t + 1))) return false;
    // A dot inside a word ("fivethirtyeight.com") ends nothing.
    return !(t > 0 && t + 1 < n && tokens.end[t - 1] === tokens.start[t] && tokens.end[t] === tokens.start[t + 1] && isWordToken(t + 1));
  }

  function isWordToken(t: number): boolean {
    return tokens.type[t] === 'word' || tokens.type[t] === 'number';
  }

  /**
   * The noun phrase a sentence opens with, when a verb follows it: the speaker of a partial quote
   * ("Sanders is pledging to “win many delegates”"). A scare quote needs a speech verb in the clause.
   */
  function sentenceSubject(from: number, to: number, requireSpeech: boolean): Cue | undefined {
    // Only a sentence start near the quote: a run-on "sentence" must not make the work quadratic.
    if (from !== sentenceStart[from] || to - from > CUE_WINDOW) return undefined;
    let hasSpeech = false;
    for (let t = from; t <= to; t++) if (isSpeechVerb(t)) hasSpeech = true;
    if (!hasSpeech && requireSpeech) return undefined;
    const np = phraseAfter(from, to);
    if (!np) return undefined;
    let t = np.last + 1;
    while (t <= to && VERB_GAP_POS.has(pos[t])) t++;
    return t <= to && pos[t] === 'VERB' ? np : undefined;
  }

  function isParagraphStart(t: number): boolean {
    return t === 0 || pos[t - 1] === 'SPACE' && value[t - 1].includes('\n');
  }

  function countWords(first: number, last: number): number {
    let words = 0;
    for (let t = first; t <= last; t++) if (pos[t] !== 'PUNCT' && pos[t] !== 'SPACE' && pos[t] !== 'SYM') words++;
    return words;
  }

  /** A quote that ends with its own sentence punctuation ("“No.”") is a statement however short. */
  function endsStatement(span: QuoteSpan): boolean {
    return /[.!?,][’”"'»]?$/.test(text.slice(Math.max(span.start, span.end - 3), span.end - (span.continues ? 0 : 1)));
  }

  /** “…,” said X / “…,” X said / “…,” according to X: a speech verb soon after the quote. */
  function cueAfter(from: number, to: number): Cue | undefined {
    const cue = cueAt(from, to);
    if (cue) return cue;
    // "“We’re happy” about the decision, said X": the attribution after the quote's own clause.
    let comma = from + 1;
    while (comma <= to && comma - from < NP_WINDOW && value[comma] !== ',') comma++;
    return comma <= to && value[comma] === ',' && pos[from] !== 'PUNCT' ? cueAt(comma + 1, to, true) : undefined;
  }

  function cueAt(from: number, to: number, retry = false): Cue | undefined {
    let t = from;
    let dash = false;
    while (t <= to && (pos[t] === 'PUNCT' || pos[t] === 'SPACE' || pos[t] === 'SYM' || pos[t] === 'X' && !isWordToken(t))) {
      if (/^[—―–-]$/.test(value[t])) dash = true;
      t++;
    }
    while (t <= to && VERB_GAP_POS.has(pos[t]) && pos[t] !== 'PART') t++;
    if (t > to) return undefined;
    if (isAccordingTo(t)) return phraseAfter(t + 2, to);
    const nameThenVerb = isCapitalised(t) && t + 1 <= to && isSpeechVerb(t + 1);
    if (!nameThenVerb && isSpeechVerb(t)) return INVERTING_VERBS.has(lemma[t]) ? phraseAfter(t + 1, to) : undefined; // "said the official"
    // "“…,” Smith said", "“…,” Smith, who chairs the panel, told reporters": a phrase, then its verb.
    // wink sometimes tags a name right after a quote as a verb: "“…,” Ward said".
    let np = nameThenVerb ? { first: t, last: t, head: t } : phraseAfter(t, to);
    if (!np) return undefined;
    for (let k = np.first + 1; k <= np.last; k++) {
      if (isSpeechVerb(k)) {
        np = { first: np.first, last: k - 1, head: headOf(np.first, k - 1) };
        break;
      }
    }
    // "“…” ― Sonya Herridge": a dash, then a name that ends the line.
    if (dash && !retry && (np.last + 1 > to || isSentenceEnd(np.last + 1))) return np;
    let v = np.last + 1;
    if (value[v] === ',') {
      // An appositive or relative clause, closed by a comma, before the verb; or a comma between
      // adjectives ("the bespectacled, 71-year-old diplomat said").
      let k = v + 1;
      while (k <= to && k - v < NP_WINDOW && value[k] !== ',' && !isSentenceEnd(k) && !isSpeechVerb(k)) k++;
      if (k <= to && value[k] === ',') v = k + 1;
      else if (k <= to && isSpeechVerb(k) && (onlyNp(v + 1, k - 1) || pos[v + 1] === 'DET' || pos[v + 1] === 'ADJ')) v = k; // the closing comma left out
      else return undefined;
    }
    while (v <= to && VERB_GAP_POS.has(pos[v])) v++;
    if (v > to || !isSpeechVerb(v)) return undefined;
    // After a comma inside a sentence, "…, Axelrod said." must close its clause.
    if (retry && !(v + 1 > to || isSentenceEnd(v + 1) || value[v + 1] === ',')) return undefined;
    return value[np.last + 1] === ',' ? { ...np, last: v - 1 } : np;
  }

  function onlyNp(from: number, to: number): boolean {
    if (from > to) return false;
    for (let t = from; t <= to; t++) if (!isNpToken(t)) return false;
    return true;
  }

  /** A speech verb, also where wink tags it a noun after a name ("Viguerie notes", "he says"). */
  function isSpeechVerb(t: number): boolean {
    if (t + 1 < n && PHRASAL_SPEECH.has(`${lemma[t]} ${normal[t + 1]}`)) return pos[t] === 'VERB';
    if (!SPEECH_VERBS.has(lemma[t])) {
      // wink sometimes tags a past tense as an adjective with itself for lemma: "Toomey fumed".
      if (pos[t] !== 'ADJ' || !SPEECH_VERBS.has(normal[t].replace(/e?d$/, '')) && !SPEECH_VERBS.has(normal[t].replace(/d$/, ''))) return false;
    }
    // "he continued, “…”" reports speech; "continued to fight" does not.
    if (CLAUSE_FINAL_VERBS.has(lemma[t])) return t + 1 >= n || pos[t + 1] === 'PUNCT';
    if (pos[t] === 'VERB' || pos[t] === 'AUX') return true;
    if ((pos[t] !== 'NOUN' && pos[t] !== 'ADJ') || t === 0 || !/(?:s|ed)$/.test(normal[t])) return false;
    const subject = pos[t - 1] === 'PROPN' || (pos[t - 1] === 'PRON' && SPEAKER_PRONOUNS.has(normal[t - 1]));
    return subject && (t + 1 >= n || !(pos[t + 1] === 'NOUN' || pos[t + 1] === 'ADJ' || pos[t + 1] === 'NUM'));
  }

  /** X said, “…” / according to X, “…” / X called it “…”: the nearest cue before the quote. */
  function cueBefore(from: number, to: number): Cue | undefined {
    for (let t = to; t >= from; t--) {
      if (isAccordingTo(t)) return phraseAfter(t + 2, to);
      if (!isSpeechVerb(t)) continue;
      const subject = subjectOf(t, from);
      if (subject) return issuerOf(subject, from) ?? subject;
      // "…, saying “…”": a participle after a comma speaks for the sentence's subject.
      if (normal[t].endsWith('ing') && t > 0 && value[t - 1] === ',') {
        const main = mainClauseSubject(t - 1, Math.max(from, sentenceStart[t])) ?? sentenceSubject(sentenceStart[t], t - 1, false);
        if (main) return main;
      }
      // "said Smith, “…”": only a phrase that a comma or colon separates from the quote.
      const inverted = INVERTING_VERBS.has(lemma[t]) && !normal[t].endsWith('ing') ? phraseAfter(t + 1, to) : undefined;
      if (inverted && inverted.last < to && onlyPunctuation(inverted.last + 1, to)) return inverted;
      if (inverted && t === sentenceStart[t]) return inverted; // "Said Dorothy Poynter, who grew up there, “…”"
    }
    return undefined;
  }

  /**
   * "Trump went after Bush, calling him …": the subject of the verb the participle hangs on. That is
   * a speech verb just before the comma ("…, Spicer said, adding"), else the first finite verb of the
   * sentence after any opening subordinate clause ("If he wins, Trump has indicated …").
   */
  function mainClauseSubject(comma: number, from: number): Cue | undefined {
    for (let k = comma - 1; k >= from && comma - k <= 3; k--) {
      if (isSpeechVerb(k)) return subjectOf(k, from);
    }
    let start = Math.max(from, comma - CUE_WINDOW);
    if (pos[start] === 'SCONJ' || (pos[start] === 'ADV' && normal[start].startsWith('wh'))) {
      while (start < comma && value[start] !== ',') start++;
    }
    for (let k = start; k < comma; k++) {
      if (pos[k] !== 'VERB' || normal[k].endsWith('ing') || (k > 0 && normal[k - 1] === 'to')) continue;
      const subject = subjectOf(k, from);
      if (subject) return subject;
    }
    return undefined;
  }

  /**
   * "X issued a statement saying …", "Y hoisted a sign that read …": the statement speaks for whoever
   * issued it, the subject of the verb that has it for object.
   */
  function issuerOf(subject: Cue, from: number): Cue | undefined {
    if (!SOURCE_NOUNS.has(lemma[subject.head]) && !SOURCE_NOUNS.has(normal[subject.head])) return undefined;
    let t = subject.first - 1;
    while (t >= from && (VERB_GAP_POS.has(pos[t]) || PARTICLES.has(normal[t]))) t--;
    if (t < from || pos[t] !== 'VERB') return undefined;
    return subjectOf(t, from);
  }

  function endsWithComma(last: number): boolean {
    return value[last - 1] === ',' || (last + 1 < n && value[last + 1] === ',');
  }

  /** "Dianne Bystrom agreed." before a quote: a short sentence that ends on its verb. */
  function closingVerbSubject(from: number, to: number): Cue | undefined {
    let t = to;
    while (t >= from && (pos[t] === 'PUNCT' || pos[t] === 'SPACE')) t--;
    if (t < from || pos[t] !== 'VERB' || t - from > SHORT_CLAUSE + 4) return undefined;
    const subject = subjectOf(t, from);
    return subject && subject.first === from ? subject : undefined;
  }

  function onlyPunctuation(from: number, to: number): boolean {
    for (let t = from; t <= to; t++) if (pos[t] !== 'PUNCT' && pos[t] !== 'SPACE') return false;
    return true;
  }

  /** "Republican pollster Daron Shaw: “…”": a name, then a colon, then the quote. */
  function colonCue(from: number, to: number): Cue | undefined {
    let t = to;
    while (t >= from && pos[t] === 'SPACE') t--;
    if (t < from || value[t] !== ':') return undefined;
    const np = npEndingAt(t - 1, from);
    if (!np) return undefined;
    // "President Clinton released the following statement:"
    const issuer = issuerOf(np, from);
    if (issuer) return issuer;
    if (np.first !== from && pos[np.first - 1] !== 'PUNCT' && pos[np.first - 1] !== 'SPACE') return undefined;
    return np;
  }

  function isAccordingTo(t: number): boolean {
    return normal[t] === 'according' && t + 1 < n && normal[t + 1] === 'to';
  }

  /** A noun phrase starting at `from` (the speaker after "said" or "according to"), up to a comma or verb. */
  function phraseAfter(from: number, to: number): Cue | undefined {
    let t = from;
    while (t <= to && (VERB_GAP_POS.has(pos[t]) && pos[t] !== 'PART')) t++;
    const begin = t;
    let end = -1;
    let head = -1;
    let sawAdp = false;
    for (; t <= to && t - begin < NP_WINDOW; t++) {
      if (value[t] === '(' && end >= 0) {
        // "Sen. Harry Reid (D-Nev.)": a bracketed tag belongs to the name.
        const close = closingBracket(t, to);
        if (close < 0) break;
        end = t = close;
        continue;
      }
      if (normal[t] === 'and' && end >= 0 && head >= 0 && t < to && isNpToken(t + 1) && pos[t + 1] !== 'PRON') continue;
      if (isNpToken(t)) {
        end = t;
        if (!sawAdp && pos[t] !== 'DET' && pos[t] !== 'PART') head = t;
      } else if (pos[t] === 'ADP' && end >= 0 && t < to) {
        sawAdp = true; // "a spokesman for the campaign", "a release by the agency"
      } else break;
    }
    if (end < 0 || head < 0) return undefined;
    return { first: begin, last: end, head };
  }

  /** The subject of a speech verb, read leftwards: "The spokesman for the campaign has also said". */
  function subjectOf(verb: number, from: number): Cue | undefined {
    let t = verb - 1;
    while (t >= from && VERB_GAP_POS.has(pos[t]) && value[t] !== '’s' && value[t] !== "'s") t--;
    if (t < from) return undefined;
    if (value[t] === ',') return appositiveChain(t, from);
    let np = npEndingAt(t, from);
    if (!np) return undefined;
    // "a White House official who spoke anonymously to discuss internal strategy said": the phrase
    // before the verb is an object inside a relative clause; its antecedent speaks.
    if (np.first - 1 >= from && (pos[np.first - 1] === 'VERB' || pos[np.first - 1] === 'ADV')) {
      for (let k = np.first - 1; k >= from && np.first - k < 12; k--) {
        if (value[k] === ',' || isSentenceEnd(k)) break;
        if (pos[k] === 'PRON' && (normal[k] === 'who' || normal[k] === 'that' || normal[k] === 'which')) {
          const antecedent = npEndingAt(k - 1, from);
          if (antecedent) return { first: antecedent.first, last: t, head: antecedent.head };
          break;
        }
      }
    }
    let last = np.last;
    // Through prepositional phrases to the noun they modify; "by X" names the agent itself.
    for (let hops = 0; hops < 3; hops++) {
      const adp = np.first - 1;
      if (adp < from || pos[adp] !== 'ADP') break;
      const outer = npEndingAt(adp - 1, from);
      if (!outer) break;
      if (normal[adp] === 'by') {
        last = np.last;
        break;
      }
      np = outer;
    }
    return { first: np.first, last: Math.max(last, np.last), head: np.head };
  }

  /**
   * The speaker before a comma-separated run of appositives and relative clauses: "Graham, a former
   * candidate, told", "Cory James, 22, of Flint, Mich., said", "Harry Bond, who was polled, said".
   * The run is read back segment by segment; the speaker is the leftmost segment that starts a noun
   * phrase (not a number, a preposition or a relative word).
   */
  function appositiveChain(comma: number, from: number): Cue | undefined {
    let best: Cue | undefined;
    let end = comma - 1;
    for (let segments = 0; segments < 6 && end >= from; segments++) {
      let k = end;
      while (k >= from && comma - k < 2 * NP_WINDOW && value[k] !== ',' && !isSentenceEnd(k)) k--;
      const start = k + 1;
      if (start > end) break;
      const opener = normal[start];
      const relative = pos[start] === 'PRON' && RELATIVE_WORDS.has(opener);
      if (!relative && !NP_POS.has(pos[start]) && pos[start] !== 'ADP') break;
      if (!relative && pos[start] !== 'ADP' && pos[start] !== 'NUM') {
        // A segment that names someone is a noun phrase through and through; a clause ends the run.
        // An appositive that describes ("a talk radio host considered one of the best") may hold a
        // verb; one that opens with a name and goes on to a verb is a clause, and ends the run.
        const np = phraseAfter(start, end);
        if (np && np.first === start && np.last === end) best = { first: start, last: comma - 1, head: np.head };
        else if (pos[start] !== 'DET' && pos[start] !== 'ADJ') break;
      }
      if (k < from || value[k] !== ',') break;
      end = k - 1;
    }
    return best;
  }

  function npEndingAt(end: number, from: number): Cue | undefined {
    let t = end;
    if (t >= from && value[t] === ')') {
      // "Reid (D-Nev.) said": step over the bracket to the name.
      let open = t - 1;
      while (open >= from && t - open < 10 && value[open] !== '(') open--;
      if (open < from || value[open] !== '(') return undefined;
      t = open - 1;
    }
    while (t >= from && end - t < NP_WINDOW && isNpToken(t)) t--;
    let first = t + 1;
    // "what she calls", "which some have argued": the relative word is not part of the speaker.
    if (first < end && pos[first] === 'PRON' && RELATIVE_WORDS.has(normal[first])) first++;
    if (first > end) return undefined;
    const head = headOf(first, end);
    if (head < 0) return undefined;
    return { first, last: end, head };
  }

  function closingBracket(open: number, to: number): number {
    for (let t = open + 1; t <= to && t - open < 10; t++) {
      if (value[t] === ')') return t;
      if (value[t] === '(' || isSentenceEnd(t) && t + 1 <= to && value[t + 1] !== ')') return -1;
    }
    return -1;
  }

  /** A word of a noun phrase, including the parts of a hyphenated compound ("conservative-leaning"). */
  function isNpToken(t: number): boolean {
    if (NP_POS.has(pos[t]) || isNameGlue(t)) return true;
    // A name wink tags as a verb ("Don Ytterberg"): capitalised, inside the sentence, before a name.
    if (pos[t] === 'VERB' && isCapitalised(t) && sentenceStart[t] !== t && (t + 1 < n && pos[t + 1] === 'PROPN' || pos[t - 1] === 'PROPN')) return true;
    return t > 1 && value[t - 1] === '-' && tokens.start[t] === tokens.end[t - 1] && isNameGlue(t - 1);
  }

  /** Hyphens and dots inside a name ("Biden-Putin", "U.S."). */
  function isNameGlue(t: number): boolean {
    return (value[t] === '-' || value[t] === '.') && t > 0 && t + 1 < n && tokens.end[t - 1] === tokens.start[t] && tokens.start[t + 1] === tokens.end[t];
  }

  /** The last noun, name or pronoun of a phrase, before any preposition. */
  function headOf(first: number, last: number): number {
    let head = -1;
    for (let t = first; t <= last; t++) {
      if (pos[t] === 'ADP' || value[t] === ',') break;
      if (pos[t] === 'NOUN' || pos[t] === 'PROPN' || pos[t] === 'PRON' || pos[t] === 'NUM') head = t;
    }
    return head;
  }

  function hasOpenBracket(first: number, last: number): boolean {
    for (let t = first; t < last; t++) if (value[t] === '(') return true;
    return false;
  }

  function mentionOf(cue: Cue): TextSpan {
    let last = cue.last;
    while (last > cue.first && (pos[last] === 'PUNCT' || pos[last] === 'SPACE') && !(value[last] === ')' && hasOpenBracket(cue.first, last))) last--;
    const start = tokens.start[cue.first];
    const end = tokens.end[last];
    return { start, end, text: text.slice(start, end) };
  }

  /** The entity the speaker phrase names: its head word's, or for a pronoun the one it refers back to. */
  function entityOf(cue: Cue, previousSpeaker: string | null): string | null {
    const head = cue.head;
    if (tokenEntity[head] >= 0) return entities[tokenEntity[head]].id;
    const pronoun = pos[head] === 'PRON' ? SPEAKER_PRONOUNS.get(normal[head]) : undefined;
    if (pronoun) {
      const previous = previousSpeaker ? entityById().get(previousSpeaker) : undefined;
      if (previous && fits(previous, pronoun)) return previous.id;
      for (let t = cue.first - 1; t >= 0 && cue.first - t < 400; t--) {
        const e = tokenEntity[t];
        if (e >= 0 && fits(entities[e], pronoun)) return entities[e].id;
      }
      return null;
    }
    if (SOURCE_NOUNS.has(lemma[head]) || SOURCE_NOUNS.has(normal[head])) {
      for (let t = cue.first; t <= cue.last; t++) if (tokenEntity[t] >= 0) return entities[tokenEntity[t]].id;
    }
    return null;
  }
}

function fits(entity: Entity, pronoun: 'person' | 'thing' | 'any'): boolean {
  if (pronoun === 'person') return entity.type === 'PERSON';
  if (pronoun === 'thing') return entity.type !== 'PERSON';
  return true;
}

/** Quote finding and attribution as a pipeline stage. */
export const quotesStage: Stage<'sentences' | 'entities', 'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
};
