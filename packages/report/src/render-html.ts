import type { Report } from './report.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The report as one self-contained HTML page: the article with its entity mentions marked. */
export function renderHtml(report: Report): string {
  const mentions = report.entities
    .flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e })))
    .sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    body += escapeHtml(report.text.slice(at, m.start));
    body +=
      `<mark data-entity="${escapeHtml(m.entity.id)}" data-type="${m.entity.type}" ` +
      `title="${escapeHtml(`${m.entity.name} (${m.entity.type})`)}">${escapeHtml(m.text)}</mark>`;
    at = m.end;
  }
  body += escapeHtml(report.text.slice(at));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newslens report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
article{white-space:pre-wrap}mark{background:#fde68a;padding:0 .1em}</style></head>
<body><h1>newslens report</h1><article>${body}</article></body></html>
`;
}
