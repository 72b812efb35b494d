import { escapeHtml } from '../escape.js';

/** A span of the text to wrap in an element. Lower ranks nest outside higher ones. */
export interface Markup {
  start: number;
  end: number;
  rank: number;
  /** The opening tag of the element's first fragment (it carries the id, tabindex, ...). */
  open: string;
  /** The opening tag of any later fragment, when the element has to be split to nest properly. */
  reopen: string;
  close: string;
}

/** Markup with no width, placed at one offset (an anchor, a speaker link after a quote). */
export interface Insert {
  at: number;
  html: string;
}

/**
 * The text, escaped, with every markup span wrapped in its element and always well nested. Where two
 * spans cross (a mention running out of a quote, a quote across two sentences), the inner one is
 * closed and reopened around the boundary, so each fragment nests; the browser never repairs markup.
 * Spans that do not lie inside the text are ignored.
 *
 * Linear in the text plus the number of boundaries times the (small) number of spans open at once.
 */
export function nestMarkup(text: string, markups: readonly Markup[], inserts: readonly Insert[] = []): string {
  const valid = markups.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length);
  const index = new Map(valid.map((m, i) => [m, i]));
  const order = (a: Markup, b: Markup) => a.rank - b.rank || a.start - b.start || b.end - a.end || index.get(a)! - index.get(b)!;
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const places = inserts.filter((i) => Number.isInteger(i.at) && i.at >= 0 && i.at <= text.length).sort((a, b) => a.at - b.at);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  for (const i of places) cuts.add(i.at);
  const boundaries = [...cuts].sort((a, b) => a - b);

  const parts: string[] = [];
  const opened = new Set<Markup>();
  let stack: Markup[] = [];
  let active: Markup[] = [];
  let next = 0;
  let place = 0;
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b];
    active = active.filter((m) => m.end > at);
    while (next < byStart.length && byStart[next].start === at) active.push(byStart[next++]);
    const wanted = active.length > 1 ? [...active].sort(order) : active;
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
    for (let i = stack.length - 1; i >= keep; i--) parts.push(stack[i].close);
    while (place < places.length && places[place].at === at) parts.push(places[place++].html);
    for (let i = keep; i < wanted.length; i++) {
      parts.push(opened.has(wanted[i]) ? wanted[i].reopen : wanted[i].open);
      opened.add(wanted[i]);
    }
    stack = wanted;
    if (b + 1 < boundaries.length) parts.push(escapeHtml(text.slice(at, boundaries[b + 1])));
  }
  return parts.join('');
}
