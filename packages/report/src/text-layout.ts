// Plain-text layout for the Markdown report: terminal width, wrapping and truncation.

/** Code points that a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks and zero-width characters take no column. */
const ZERO = /[\u0300-\u036F\u200B-\u200F\u2060\uFE0F\uFEFF]/u;

/** How many terminal columns a string takes: `displayWidth('日本')` is 4. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Collapses runs of white space (line breaks included) into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `width` columns, at a word boundary when one is near, ending in "…".
 * truncate('respond swiftly and decisively', 20) → 'respond swiftly and…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let cut = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    cut += ch;
    used += w;
  }
  // Break at the last word boundary unless the cut already ends at one, or backing off would throw
  // away more than a third of the room.
  const space = cut.lastIndexOf(' ');
  if (!/\s/u.test(text[cut.length] ?? ' ') && space > (cut.length * 2) / 3) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * Wraps text into lines of at most `width` columns; the first line starts with `first`, the others
 * with `rest` (both count towards the width). A word longer than a line is cut.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  const restWidth = displayWidth(rest);
  for (let word of oneLine(text).split(' ')) {
    if (word === '') continue;
    let wordWidth = displayWidth(word);
    if (!empty && lineWidth + 1 + wordWidth > width) {
      lines.push(line);
      line = rest;
      lineWidth = restWidth;
      empty = true;
    }
    while (lineWidth + (empty ? 0 : 1) + wordWidth > width) {
      // A single word wider than the line (a URL, a hash): cut it across lines.
      const room = width - lineWidth - (empty ? 0 : 1);
      const head = truncateColumns(word, Math.max(room, 1));
      line += (empty ? '' : ' ') + head;
      lines.push(line);
      word = word.slice(head.length);
      wordWidth = displayWidth(word);
      line = rest;
      lineWidth = restWidth;
      empty = true;
    }
    if (word === '') continue;
    line += (empty ? '' : ' ') + word;
    lineWidth += (empty ? 0 : 1) + wordWidth;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/** The longest prefix of `text` that fits in `width` columns (at least one character). */
function truncateColumns(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width && out !== '') break;
    out += ch;
    used += w;
  }
  return out;
}

/** Pads text with spaces on the right (or left, for numbers) to `width` columns. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}
