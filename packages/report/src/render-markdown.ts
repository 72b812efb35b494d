import type { Report, ReportEntity } from './report.js';

/** How many entities the summary names. */
const TOP_ENTITIES = 5;

/** The report as Markdown for a terminal or a pull request. */
export function renderMarkdown(report: Report): string {
  const names = new Map(report.entities.map((e) => [e.id, e.name]));
  const lines: string[] = ['# newslens report', ''];
  const top = [...report.entities].sort((a, b) => b.salience - a.salience).slice(0, TOP_ENTITIES);
  lines.push(
    `${report.sentences.length} sentences · ${report.entities.length} entities · ${report.quotes.length} quotes · ` +
      `${report.stance.length} stance relations`,
    `Document sentiment: ${formatSentiment(report.sentiment)}`,
    `Top entities: ${top.map((e) => `${e.name} (${e.type})`).join(', ') || 'none'}`,
    '',
  );
  for (const w of report.warnings) lines.push(`> Warning (${w.code}): ${w.message}`, '');
  lines.push('## Entities', '', '| Entity | Type | Mentions | Salience | Sentiment |', '|---|---|---:|---:|---|');
  for (const e of report.entities) lines.push(entityRow(e));
  lines.push('', '## Quotes', '');
  if (report.quotes.length === 0) lines.push('No direct quotes.');
  for (const q of report.quotes) {
    const speaker = q.speaker ? names.get(q.speaker) : q.speakerMention?.text;
    lines.push(`- ${oneLine(q.text)} — ${speaker ?? 'unattributed'}`);
  }
  lines.push('', '## Stance', '');
  if (report.stance.length === 0) lines.push('No stance relations.');
  for (const r of report.stance) {
    const verb = r.polarity === 'support' ? 'supports' : 'opposes';
    const evidence = r.evidence.map((i) => `#${i + 1}`).join(', ');
    lines.push(`- ${names.get(r.source)} → ${verb} → ${names.get(r.target)} (score ${r.score.toFixed(2)}; sentences ${evidence})`);
  }
  lines.push('');
  return lines.join('\n');
}

function entityRow(e: ReportEntity): string {
  return `| ${escapeCell(e.name)} | ${e.type} | ${e.mentions.length} | ${e.salience.toFixed(2)} | ${formatSentiment(e.sentiment)} |`;
}

function formatSentiment(s: { score: number; label: string }): string {
  return `${s.label} (${s.score >= 0 ? '+' : ''}${s.score.toFixed(2)})`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
