import type { NewsDocument, Quote, Stage } from '@newslens/core';
import { countWords, createContext, isPartial } from './context.js';
import { isTypewriter, resumingSpan } from './interrupted-quotes.js';
import { entityOf, mentionOf } from './entity-linking.js';
import { findQuoteSpans, type ParagraphMode, type QuoteSpan } from './quote-marks.js';
import { notStatementReason, SCARE_QUOTE_WORDS, type NotStatementReason } from './scare-quotes.js';
import { isModelQuote, keepShortQuote, shortQuoteFeatures } from './short-quotes.js';
import { findCue } from './speaker-cues.js';
import { tokenAtOrAfter } from './token-tables.js';

export interface FindQuotesOptions {
  /** How a quote that runs over several paragraphs is reported; see `ParagraphMode`. */
  paragraphs?: ParagraphMode;
  /** Called with each quoted region left out as no statement, and why (for diagnostics). */
  onDropped?: (span: QuoteSpan, reason: NotStatementReason) => void;
  /**
   * Who decides whether a short or title-like quote is a statement: `'model'` (default), the rules of
   * `scare-quotes.ts`, and where they leave such a quote out, the learned model of `short-quotes.ts`
   * over their verdict and the words around it, which may keep it; `'rules'`, the rules alone;
   * `'keep'`, nobody (every such quote is kept: for training the model).
   */
  shortQuotes?: 'model' | 'rules' | 'keep';
  /**
   * Called with each quote the model decides, its features and whether it is kept; with `'keep'`, with
   * every short or title-like quote the rules judge (the training samples).
   */
  onShortQuote?: (span: QuoteSpan, features: string[], kept: boolean) => void;
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
  const spans = findQuoteSpans(text, options.paragraphs ?? 'merge');
  if (spans.length === 0) return [];
  const c = createContext(doc);
  const shortQuotes = options.shortQuotes ?? 'model';
  const { tokens, n, sentenceStart, paragraphOf } = c;

  const quotes: Quote[] = [];
  let prev: { quote: Quote; paragraph: number } | undefined;
  let prevEndToken = -1;
  // The quote that a later span resumes: "''A,'' she said. ''B.''" (see `resumingSpan`); the
  // spans in between lie inside the attribution and belong to the one quote.
  let resumed: Quote | undefined;
  let resumeIndex = -1;
  for (let qi = 0; qi < spans.length; qi++) {
    const span = spans[qi];
    const first = tokenAtOrAfter(tokens.start, span.start);
    const last = tokenAtOrAfter(tokens.start, span.end) - 1;
    if (first >= n || last < first) continue;
    const nextStart = qi + 1 < spans.length ? tokenAtOrAfter(tokens.start, spans[qi + 1].start) : n;
    const paragraph = paragraphOf[first];
    if (resumed && qi <= resumeIndex) {
      if (qi < resumeIndex) continue;
      resumed.end = span.end;
      resumed.text = text.slice(resumed.start, span.end);
      resumed = undefined;
      prevEndToken = last;
      if (prev) prev.paragraph = paragraphOf[last];
      continue;
    }
    resumed = undefined;

    const partial = isPartial(c, first);
    const words = countWords(c, first, last);
    const { cue, attributedAfter, clauseEnd } = findCue(c, first, last, partial, prevEndToken, nextStart, words <= SCARE_QUOTE_WORDS);
    // A full quote continues the speaker of the quote before it (same or previous paragraph); a
    // partial one continues the quote before it in the same sentence ("said “a” and “b”").
    const continued = !cue && prev !== undefined && (partial
      ? prevEndToken >= sentenceStart[first] && prev.quote.speakerMention !== null
      : paragraph - prev.paragraph <= 1);
    const facts = { span, first, last, words, partial, attributed: cue !== undefined, attributedAfter, continued };
    let dropped = notStatementReason(c, facts);
    // The model may keep a short or title-like quote the rules leave out (with 'keep', every such
    // quote the rules judge, kept or not, is reported to onShortQuote as a training sample).
    if ((dropped !== undefined || shortQuotes === 'keep') && shortQuotes !== 'rules' && isModelQuote(c, facts, dropped)) {
      const around = { quoteBefore: prevEndToken >= sentenceStart[first], quoteAfter: nextStart < n && sentenceStart[nextStart] === sentenceStart[first] };
      const kept = shortQuotes === 'keep' || dropped === undefined || keepShortQuote(c, facts, dropped, around);
      if (options.onShortQuote) options.onShortQuote(span, shortQuoteFeatures(c, facts, dropped, around), kept);
      if (kept) dropped = undefined;
    }
    if (dropped) {
      options.onDropped?.(span, dropped);
      continue;
    }

    const quote: Quote = { start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: null, speakerMention: null };
    if (cue) {
      quote.speakerMention = mentionOf(c, cue);
      quote.speaker = entityOf(c, cue, prev?.quote.speaker ?? null, prev ? prevEndToken : -1, first);
    } else if (continued && prev) {
      quote.speaker = prev.quote.speaker;
      quote.speakerMention = prev.quote.speakerMention;
    }
    quotes.push(quote);
    prev = { quote, paragraph: paragraphOf[last] };
    prevEndToken = last;
    if (attributedAfter && isTypewriter(c, span)) {
      resumeIndex = resumingSpan(c, spans, qi, last, clauseEnd, nextStart);
      if (resumeIndex >= 0) resumed = quote;
    }
  }
  return quotes;
}

/** Quote finding and attribution as a pipeline stage. */
export const quotesStage: Stage<'sentences' | 'entities', 'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  provides: 'quotes',
  run: (doc) => findQuotes(doc),
};
