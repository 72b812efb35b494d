import { escapeHtml } from './escape.js';
import { nestMarkup, type Insert, type Markup } from './html/article.js';
import { entityTable } from './html/entity-table.js';
import { attr, formatSentiment, shorten, typeClass } from './html/format.js';
import { sentimentArc } from './html/sentiment-arc.js';
import { SORT_SCRIPT } from './html/sort-script.js';
import { stanceDiagram } from './html/stance-diagram.js';
import { STYLES } from './html/styles.js';
import type { Report } from './report.js';
import { cspHash } from './sha256.js';

export { escapeHtml };

/** Evidence sentences quoted under each stance relation in the page. */
const EVIDENCE_SHOWN = 3;

/**
 * The Content-Security-Policy of every page: nothing may load, and only the page's own script and
 * style sheet (allowed by hash) may run, so even markup that slipped through escaping could not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${cspHash(SORT_SCRIPT)}`,
  `style-src ${cspHash(STYLES)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The report as one self-contained HTML page: the article with entity mentions highlighted by type
 * and quotes marked and linked to their speakers, the sentiment arc, the sortable entity table, the
 * quotes and the stance diagram. Nothing loads from the network; all article text is escaped.
 *
 * writeFileSync('report.html', renderHtml(report))
 */
export function renderHtml(report: Report): string {
  const entityIndex = new Map<string, number>();
  report.entities.forEach((e, i) => {
    if (!entityIndex.has(e.id)) entityIndex.set(e.id, i);
  });
  const rowId = (i: number) => `entity-${i}`;
  const nameOf = (id: string) => {
    const i = entityIndex.get(id);
    return i === undefined ? id : report.entities[i].name;
  };
  const types = [...new Set(report.entities.map((e) => e.type))];
  const firstWords = shorten(report.text, 60);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>newslens report: ${escapeHtml(firstWords)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>newslens report</h1>
${summary(report)}
</header>
${warnings(report)}
<nav aria-label="Sections"><ul><li><a href="#article">Article</a></li><li><a href="#arc">Sentiment arc</a></li><li><a href="#entities">Entities</a></li><li><a href="#quotes">Quotes</a></li><li><a href="#stance">Stance</a></li></ul></nav>
<main>
<section aria-labelledby="article">
<h2 id="article">Article</h2>
<ul class="legend" aria-label="Entity types">${types.map((t) => `<li><span class="swatch ${typeClass(t)}" aria-hidden="true"></span>${escapeHtml(t)}</li>`).join('')}<li><span class="quote">“quoted text”</span></li></ul>
<div class="article">${article(report, entityIndex, rowId, nameOf)}</div>
<div hidden>${report.entities.map((e, i) => `<span${attr('id', `desc-${i}`)}>${escapeHtml(`${e.name}, ${e.type}, sentiment ${formatSentiment(e.sentiment)}`)}</span>`).join('')}</div>
</section>
<section aria-labelledby="arc">
<h2 id="arc">Sentiment arc</h2>
<figure>
${sentimentArc(report.text, report.sentences)}
<figcaption>Each sentence’s sentiment score in article order: ● positive, ◆ negative, ○ neutral. Select a point to jump to its sentence.</figcaption>
</figure>
</section>
<section aria-labelledby="entities">
<h2 id="entities">Entities</h2>
${report.entities.length === 0 ? '<p>No entities found.</p>' : entityTable(report.entities, rowId)}
</section>
<section aria-labelledby="quotes">
<h2 id="quotes">Quotes</h2>
${quoteList(report, entityIndex, rowId)}
</section>
<section aria-labelledby="stance">
<h2 id="stance">Stance</h2>
<figure>
${stanceDiagram(report.stance, report.entities)}
<figcaption><ul class="legend" aria-label="Stance edges"><li><span class="line-sample support" aria-hidden="true"></span>supports (solid green arrow)</li><li><span class="line-sample oppose" aria-hidden="true"></span>opposes (dashed red arrow)</li><li>Arrows point from the entity that takes the stance to its target.</li></ul></figcaption>
</figure>
${relationList(report, nameOf)}
</section>
</main>
<footer>${timings(report)}</footer>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

function summary(report: Report): string {
  const rows: Array<[string, string]> = [
    [
      'Contents',
      `${report.sentences.length} sentences · ${report.entities.length} entities · ${report.quotes.length} quotes · ${report.stance.length} stance relations`,
    ],
    ['Document sentiment', escapeHtml(formatSentiment(report.sentiment))],
  ];
  if (report.input) {
    const { path, chars, sha256 } = report.input;
    if (path !== undefined) rows.push(['Input', `<span class="mono">${escapeHtml(path)}</span>`]);
    rows.push(['Characters', escapeHtml(String(chars))]);
    if (sha256 !== undefined) rows.push(['SHA-256', `<span class="mono">${escapeHtml(sha256)}</span>`]);
  }
  return `<dl class="summary">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function warnings(report: Report): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map((w) => `<li><strong>${escapeHtml(w.code)}</strong>: ${escapeHtml(w.message)}</li>`);
  return `<aside class="warnings" role="note" aria-labelledby="warnings-title"><h2 id="warnings-title">Warnings</h2><ul>${items.join('')}</ul></aside>`;
}

/** The article with sentences, quotes, entity mentions and speaker mentions wrapped, nested in that order. */
function article(report: Report, entityIndex: Map<string, number>, rowId: (i: number) => string, nameOf: (id: string) => string): string {
  const markups: Markup[] = [];
  const inserts: Insert[] = [];
  report.sentences.forEach((s, i) => {
    const data = `${attr('data-sentence', i)}${attr('data-sentiment', s.sentiment.label)}`;
    markups.push({ start: s.start, end: s.end, rank: 0, open: `<span class="sentence" id="s-${i}"${data}>`, reopen: `<span class="sentence"${data}>`, close: '</span>' });
  });
  report.quotes.forEach((q, i) => {
    const speakerIndex = q.speaker === null ? undefined : entityIndex.get(q.speaker);
    const speakerName = q.speaker === null ? q.speakerMention?.text : nameOf(q.speaker);
    const data = `${attr('data-quote', i)}${attr('data-speaker', q.speaker ?? '')}`;
    const described = speakerName === undefined ? '' : attr('aria-describedby', `said-${i}`);
    markups.push({
      start: q.start,
      end: q.end,
      rank: 1,
      open: `<span class="quote" id="quote-${i}"${data}${described}>`,
      reopen: `<span class="quote"${data} data-continued="">`,
      close: '</span>',
    });
    if (q.speakerMention) {
      markups.push({
        start: q.speakerMention.start,
        end: q.speakerMention.end,
        rank: 3,
        open: `<span class="speaker-mention" id="speaker-${i}">`,
        reopen: '<span class="speaker-mention">',
        close: '</span>',
      });
    }
    if (speakerName !== undefined) {
      // The link to the speaker goes right after the quote: to the entity's table row, or to where the text names the speaker.
      const href = speakerIndex !== undefined ? `#${rowId(speakerIndex)}` : `#speaker-${i}`;
      // Its words come from CSS (attr(data-label)), so the article's text content stays exactly the text.
      const label = `said by ${shorten(speakerName, 40)}`;
      inserts.push({ at: q.end, html: `<a class="said" id="said-${i}" href="${href}"${attr('aria-label', label)}${attr('data-label', label)}></a>` });
    }
  });
  report.entities.forEach((e, i) => {
    const tip = `${e.name}\n${e.type} · sentiment ${formatSentiment(e.sentiment)}`;
    const data = `${attr('data-entity', e.id)}${attr('data-type', e.type)}`;
    for (const m of e.mentions) {
      markups.push({
        start: m.start,
        end: m.end,
        rank: 2,
        open: `<mark class="ent ${typeClass(e.type)}"${data}${attr('data-tip', tip)}${attr('data-label', e.type)} tabindex="0"${attr('aria-describedby', `desc-${i}`)}>`,
        reopen: `<mark class="ent ${typeClass(e.type)}"${data} data-continued="">`,
        close: '</mark>',
      });
    }
  });
  return nestMarkup(report.text, markups, inserts);
}

function quoteList(report: Report, entityIndex: Map<string, number>, rowId: (i: number) => string): string {
  if (report.quotes.length === 0) return '<p>No direct quotes.</p>';
  const items = report.quotes.map((q, i) => {
    const index = q.speaker === null ? undefined : entityIndex.get(q.speaker);
    let who: string;
    if (index !== undefined) who = `<a class="who"${attr('href', `#${rowId(index)}`)}>${escapeHtml(report.entities[index].name)}</a>`;
    else if (q.speakerMention) who = `<a class="who" href="#speaker-${i}">${escapeHtml(q.speakerMention.text)}</a>`;
    else who = '<span class="who">unattributed</span>';
    return `<li>${who}: <a href="#quote-${i}">${escapeHtml(shorten(q.text, 400))}</a></li>`;
  });
  return `<ol class="quotes">${items.join('\n')}</ol>`;
}

function relationList(report: Report, nameOf: (id: string) => string): string {
  if (report.stance.length === 0) return '<p>No stance relations.</p>';
  const items = report.stance.map((r) => {
    const verb = r.polarity === 'oppose' ? 'opposes' : 'supports';
    const evidence = r.evidence
      .slice(0, EVIDENCE_SHOWN)
      .filter((s) => report.sentences[s] !== undefined)
      .map((s) => {
        const sentence = report.sentences[s];
        return `<li><a href="#s-${s}">sentence ${s + 1}</a>: “${escapeHtml(shorten(report.text.slice(sentence.start, sentence.end), 200))}”</li>`;
      });
    return (
      `<li><strong>${escapeHtml(nameOf(r.source))}</strong> → <span class="${r.polarity === 'oppose' ? 'oppose' : 'support'}">${verb}</span> → ` +
      `<strong>${escapeHtml(nameOf(r.target))}</strong> (score ${Number.isFinite(r.score) ? r.score.toFixed(2) : '?'})` +
      (evidence.length > 0 ? `<ul class="evidence">${evidence.join('')}</ul>` : '') +
      '</li>'
    );
  });
  return `<ul class="relations">${items.join('\n')}</ul>`;
}

function timings(report: Report): string {
  const parts = Object.entries(report.timings).map(([stage, ms]) => `${escapeHtml(stage)} ${Number(ms).toFixed(1)} ms`);
  return `Made by newslens, report schemaVersion ${escapeHtml(String(report.schemaVersion))}.${parts.length > 0 ? ` Timings: ${parts.join(' · ')}.` : ''}`;
}
