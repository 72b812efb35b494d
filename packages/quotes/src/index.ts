export { findQuotes, quotesStage, type FindQuotesOptions } from './find-quotes.js';
export { findQuoteSpans, type ParagraphMode, type QuoteSpan } from './quote-marks.js';
export type { NotStatementReason } from './scare-quotes.js';
export { CLAUSE_FINAL_VERBS, INVERTING_VERBS, PHRASAL_SPEECH, SOURCE_NOUNS, SPEAKER_PRONOUNS, SPEECH_VERBS } from './speech-verbs.js';
