export {
  buildReport,
  SCHEMA_VERSION,
  type AnalysedDocument,
  type Report,
  type ReportEntity,
  type ReportInput,
  type ReportMeta,
  type ReportSentence,
  type ReportWarning,
} from './report.js';
export { reportSchema } from './schema.js';
export { renderJson } from './render-json.js';
export { renderMarkdown, MARKDOWN_WIDTH } from './render-markdown.js';
export { renderHtml, escapeHtml, CONTENT_SECURITY_POLICY } from './render-html.js';
