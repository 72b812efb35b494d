import { NAME_TYPES } from '@newslens/core';
import type { Report, ReportEntity } from './report.js';
import { displayWidth, oneLine, pad, truncate, wrap } from './text-layout.js';

/** The Markdown report fits a terminal this wide, tables included. */
export const MARKDOWN_WIDTH = 80;
/**
 * How many entities the summary names: the most salient names, then values only if the article
 * names fewer ("thousands" said nine times is no subject of the article).
 */
const TOP_ENTITIES = 5;
/** The entity table lists at most this many, most salient first; the JSON has them all. */
const TABLE_ROWS = 30;
/** A quote longer than this many columns is shortened; the full text is in the JSON. */
const QUOTE_COLUMNS = 320;
/** A speaker named by a description shows whole ("Maria Chen, the director of the Riverton Flood Control District", 63 columns); a runaway span is cut. */
const SPEAKER_COLUMNS = 72;
/** Evidence sentences shown per stance relation, and how long each may be. */
const EVIDENCE_SHOWN = 3;
const EVIDENCE_COLUMNS = 150;

/**
 * The report as Markdown for a terminal or a pull request: summary, entity table, quotes, stance and
 * warnings, every line at most 80 columns.
 */
export function renderMarkdown(report: Report): string {
  const names = new Map(report.entities.map((e) => [e.id, e.name]));
  const bySalience = [...report.entities].sort((a, b) => b.salience - a.salience || a.id.localeCompare(b.id, 'en'));
  const out: string[] = ['# newslens report', ''];

  const counts =
    `${plural(report.sentences.length, 'sentence')} · ${plural(report.entities.length, 'entity', 'entities')} · ` +
    `${plural(report.quotes.length, 'quote')} · ${plural(report.stance.length, 'stance relation')}`;
  out.push(...wrap(counts, MARKDOWN_WIDTH));
  if (report.input) {
    const { path, chars, sha256 } = report.input;
    const parts = [path === undefined ? undefined : `\`${truncate(path, 40)}\``, `${chars} characters`, sha256 && `sha256 ${sha256.slice(0, 12)}…`];
    out.push('', ...wrap(`Input: ${parts.filter(Boolean).join(' · ')}`, MARKDOWN_WIDTH));
  }
  out.push('', `Document sentiment: ${formatSentiment(report.sentiment)}`, '');
  const named = bySalience.filter((e) => NAME_TYPES.has(e.type));
  const values = bySalience.filter((e) => !NAME_TYPES.has(e.type));
  const top = [...named, ...values].slice(0, TOP_ENTITIES).map((e) => `${inline(e.name)} (${e.type}, ${e.salience.toFixed(2)})`);
  out.push(...wrap(`Top entities: ${top.join(', ') || 'none'}`, MARKDOWN_WIDTH, '', '  '), '');

  if (report.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of report.warnings) out.push(...wrap(`${w.code}: ${inline(w.message)}`, MARKDOWN_WIDTH, '- ', '  '));
    out.push('');
  }

  out.push('## Entities', '');
  if (report.entities.length === 0) out.push('No entities found.');
  else out.push(...entityTable(bySalience.slice(0, TABLE_ROWS)));
  if (bySalience.length > TABLE_ROWS) {
    out.push('', `… and ${plural(bySalience.length - TABLE_ROWS, 'less salient entity', 'less salient entities')} (all are in the JSON report).`);
  }
  out.push('');

  out.push('## Quotes', '');
  if (report.quotes.length === 0) out.push('No direct quotes.', '');
  report.quotes.forEach((q, i) => {
    const speaker = q.speaker !== null ? names.get(q.speaker) : q.speakerMention?.text;
    const who = speaker === undefined ? '*unattributed*' : `**${inline(truncate(oneLine(speaker), SPEAKER_COLUMNS))}**`;
    const marker = `${i + 1}. `;
    out.push(...wrap(`${who}: ${inline(truncate(oneLine(q.text), QUOTE_COLUMNS))}`, MARKDOWN_WIDTH, marker, ' '.repeat(marker.length)));
  });
  if (report.quotes.length > 0) out.push('');

  out.push('## Stance', '');
  if (report.stance.length === 0) out.push('No stance relations.', '');
  for (const r of report.stance) {
    const verb = r.polarity === 'support' ? 'supports' : 'opposes';
    const source = inline(names.get(r.source) ?? r.source);
    const target = inline(names.get(r.target) ?? r.target);
    out.push(...wrap(`**${source}** → ${verb} → **${target}** (score ${r.score.toFixed(2)})`, MARKDOWN_WIDTH, '- ', '  '));
    for (const index of r.evidence.slice(0, EVIDENCE_SHOWN)) {
      const sentence = report.sentences[index];
      if (sentence === undefined) continue;
      const text = inline(truncate(oneLine(report.text.slice(sentence.start, sentence.end)), EVIDENCE_COLUMNS));
      out.push(...wrap(`sentence ${index + 1}: “${text}”`, MARKDOWN_WIDTH, '  - ', '    '));
    }
    const more = r.evidence.length - EVIDENCE_SHOWN;
    if (more > 0) out.push(`  - … and ${plural(more, 'more sentence')}`);
  }
  if (report.stance.length > 0) out.push('');
  return out.join('\n');
}

/**
 * A padded Markdown table: readable as plain text and rendered as a table on a forge. The name
 * column takes whatever the fixed columns leave of 80, and long names are shortened to fit.
 */
function entityTable(entities: ReportEntity[]): string[] {
  const header = ['Entity', 'Type', 'Mentions', 'Salience', 'Sentiment'];
  const align: Array<'left' | 'right'> = ['left', 'left', 'right', 'right', 'left'];
  const rows = entities.map((e) => [
    inline(oneLine(e.name)),
    e.type,
    String(e.mentions.length),
    e.salience.toFixed(2),
    formatSentiment(e.sentiment),
  ]);
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))));
  // "| " + cells joined by " | " + " |": 3 columns of borders per cell, plus 1.
  const fixed = widths.slice(1).reduce((sum, w) => sum + w, 0) + 3 * header.length + 1;
  widths[0] = Math.max(displayWidth(header[0]), Math.min(widths[0], MARKDOWN_WIDTH - fixed));
  for (const row of rows) row[0] = truncate(row[0], widths[0]).replace(/\\…$/u, '…');
  const line = (cells: string[]) => `| ${cells.map((cell, c) => pad(cell, widths[c], align[c])).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (align[c] === 'right' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)];
}

/** Sentiment as "positive +0.42". */
function formatSentiment(s: { score: number; label: string }): string {
  return `${s.label} ${s.score >= 0 ? '+' : '−'}${Math.abs(s.score).toFixed(2)}`;
}

/** Article text inside Markdown: backslash-escapes the characters that would become markup or HTML. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
