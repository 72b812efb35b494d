import type { ReportSentence } from '../report.js';
import { escapeHtml } from '../escape.js';
import { attr, clampScore, formatSentiment, shorten } from './format.js';

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { left: 64, right: 84, top: 20, bottom: 52 };
const Y_TICKS = [-1, -0.5, 0, 0.5, 1];
/** At most this many labelled ticks on the sentence axis. */
const MAX_X_TICKS = 14;

/**
 * The sentiment arc: one point per sentence, in order, on a -1..1 axis, as an inline SVG chart with
 * axes, tick labels and a title. Each point links to its sentence in the article (`#s-<index>`).
 * Points differ by shape as well as colour: positive ●, negative ◆, neutral ○.
 */
export function sentimentArc(text: string, sentences: readonly ReportSentence[]): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const n = sentences.length;
  const x = (i: number) => MARGIN.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (score: number) => MARGIN.top + ((1 - clampScore(score)) / 2) * plotH;
  const r = (v: number) => Math.round(v * 10) / 10;
  const out: string[] = [];
  out.push(
    `<svg class="arc" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-labelledby="arc-title arc-desc">`,
    `<title id="arc-title">Sentiment arc: the score of each of the ${n} sentences, in order</title>`,
    `<desc id="arc-desc">Scores run from −1 (negative) to +1 (positive). Each point links to its sentence.</desc>`,
    `<rect class="band-pos" x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH / 2}"/>`,
    `<rect class="band-neg" x="${MARGIN.left}" y="${MARGIN.top + plotH / 2}" width="${plotW}" height="${plotH / 2}"/>`,
    `<text class="band-label" x="${WIDTH - MARGIN.right + 8}" y="${MARGIN.top + 14}">positive</text>`,
    `<text class="band-label" x="${WIDTH - MARGIN.right + 8}" y="${MARGIN.top + plotH - 6}">negative</text>`,
  );
  // The y axis: grid lines and labels at -1, -0.5, 0, 0.5, 1.
  out.push('<g class="axis y-axis">');
  for (const t of Y_TICKS) {
    const ty = r(y(t));
    out.push(
      `<line class="${t === 0 ? 'zero' : 'grid'}" x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${MARGIN.left - 8}" y="${ty + 4}" text-anchor="end">${t > 0 ? '+' : t < 0 ? '−' : ''}${Math.abs(t).toFixed(1)}</text>`,
    );
  }
  out.push(
    `<line class="axis-line" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`,
    `<text class="axis-title" transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">sentiment score</text>`,
    '</g>',
  );
  // The x axis: sentence numbers at a round step.
  const step = tickStep(n);
  out.push('<g class="axis x-axis">', `<line class="axis-line" x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}"/>`);
  for (let i = 0; i < n; i++) {
    if ((i + 1) % step !== 0 && i !== 0) continue;
    const tx = r(x(i));
    out.push(
      `<line class="tick-mark" x1="${tx}" x2="${tx}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 5}"/>`,
      `<text class="tick" x="${tx}" y="${MARGIN.top + plotH + 19}" text-anchor="middle">${i + 1}</text>`,
    );
  }
  out.push(`<text class="axis-title" x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">sentence (in article order)</text>`, '</g>');
  if (n === 0) {
    out.push(`<text class="empty" x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH / 2 - 8}" text-anchor="middle">no sentences</text>`);
  } else {
    const points = sentences.map((s, i) => `${r(x(i))},${r(y(s.sentiment.score))}`).join(' ');
    out.push(`<polyline class="arc-line" points="${points}"/>`, '<g class="arc-points">');
    sentences.forEach((s, i) => {
      const px = r(x(i));
      const py = r(y(s.sentiment.score));
      const label = `Sentence ${i + 1}: ${formatSentiment(s.sentiment)}`;
      const excerpt = shorten(text.slice(s.start, s.end), 90);
      out.push(
        `<a class="arc-point ${labelClass(s.sentiment.label)}" href="#s-${i}"${attr('data-sentence', i)}${attr('data-score', clampScore(s.sentiment.score))}${attr('aria-label', label)}>`,
        `<title>${escapeHtml(`${label} — ${excerpt}`)}</title>`,
        marker(s.sentiment.label, px, py),
        '</a>',
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/** A round step between labelled sentence numbers: 1, 2, 5, 10, 20, 50, ... */
function tickStep(n: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const f of [1, 2, 5]) if (n / (f * magnitude) <= MAX_X_TICKS) return f * magnitude;
  }
}

function labelClass(label: string): string {
  return label === 'positive' ? 'pos' : label === 'negative' ? 'neg' : 'neu';
}

function marker(label: string, x: number, y: number): string {
  if (label === 'negative') return `<path class="marker" d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z"/>`;
  return `<circle class="marker" cx="${x}" cy="${y}" r="5"/>`;
}
