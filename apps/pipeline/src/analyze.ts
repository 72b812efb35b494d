import { applyStage, checkArticle, createDocument, inputWarnings, type ArticleLimits, type NewsDocument } from '@newslens/core';
import { nerStage } from '@newslens/ner';
import { quotesStage } from '@newslens/quotes';
import { buildReport, type Report, type ReportInput } from '@newslens/report';
import { segmenterStage } from '@newslens/segmenter';
import { sentimentStage } from '@newslens/sentiment';
import { stanceStage } from '@newslens/stance';

export interface AnalyzeOptions extends ArticleLimits {
  /** Names the input in error messages ("article.txt is empty"). */
  source?: string;
  /** Recorded in the report when the text came from a file. */
  input?: Omit<ReportInput, 'chars'>;
}

/**
 * Analyses one article: parses it once with wink, runs every stage in order and gathers the report.
 * Throws an InputError (with a stable `code`) for text that cannot be analysed.
 *
 * analyze('Maria Chen spoke.').entities[0].name → 'Maria Chen'
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  checkArticle(text, options, options.source);
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    timings[stage] = round(performance.now() - started);
    return result;
  };
  const parsed: NewsDocument = time('parse', () => createDocument(text));
  const segmented = time(segmenterStage.name, () => applyStage(parsed, segmenterStage));
  const tagged = time(nerStage.name, () => applyStage(segmented, nerStage));
  // Quotes before sentiment: a pronoun inside a quotation is not its speaker (`pronounMentions`).
  const quoted = time(quotesStage.name, () => applyStage(tagged, quotesStage));
  const scored = time(sentimentStage.name, () => applyStage(quoted, sentimentStage));
  const analysed = time(stanceStage.name, () => applyStage(scored, stanceStage));
  const report = time('report', () =>
    buildReport(analysed, {
      input: { ...options.input, chars: text.length },
      warnings: inputWarnings(analysed),
    }),
  );
  report.timings = timings;
  return report;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
