import type { Report } from './report.js';

/** The report as JSON text: indented for a reader, or one line for JSONL. */
export function renderJson(report: Report, options: { compact?: boolean } = {}): string {
  return options.compact ? JSON.stringify(report) : `${JSON.stringify(report, null, 2)}\n`;
}
