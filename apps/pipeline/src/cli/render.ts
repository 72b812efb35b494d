import { renderHtml, renderJson, renderMarkdown, type Report } from '@newslens/report';
import type { Format } from './options.js';

/** Renders one report in the format the user asked for. */
export function render(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'html':
      return renderHtml(report);
    case 'md':
      return renderMarkdown(report);
  }
}
