import { describe, expect, it } from 'vitest';
import { nestMarkup, type Markup } from './article.js';
import { nestingErrors, textOf } from './well-formed.test-helper.js';

const span = (start: number, end: number, rank: number, tag: string): Markup => ({
  start,
  end,
  rank,
  open: `<${tag} class="first">`,
  reopen: `<${tag} class="again">`,
  close: `</${tag}>`,
});

describe('nestMarkup', () => {
  const text = 'Alpha beta <gamma> delta & epsilon.';

  it('wraps spans and escapes the text between them', () => {
    const html = nestMarkup(text, [span(0, 5, 1, 'b')]);
    expect(html).toBe('<b class="first">Alpha</b> beta &lt;gamma&gt; delta &amp; epsilon.');
  });

  it('nests a span inside a containing one of lower rank', () => {
    expect(nestMarkup('abcdef', [span(2, 4, 2, 'i'), span(0, 6, 1, 'q')])).toBe('<q class="first">ab<i class="first">cd</i>ef</q>');
  });

  it('splits a span that crosses another so the markup still nests, and keeps the text whole', () => {
    const markups = [span(0, 10, 1, 'q'), span(6, 16, 2, 'mark'), span(3, 12, 2, 'mark'), span(0, text.length, 0, 's')];
    const html = nestMarkup(text, markups);
    expect(nestingErrors(html)).toEqual([]);
    expect(textOf(html)).toBe(text);
    expect(html.match(/class="first"/g)).toHaveLength(4);
    expect(html).toContain('<mark class="again">');
  });

  it('places an insert after the elements that end at its offset', () => {
    const html = nestMarkup('“Hi,” she said.', [span(0, 5, 1, 'q')], [{ at: 5, html: '<a>said</a>' }]);
    expect(html).toBe('<q class="first">“Hi,”</q><a>said</a> she said.');
  });

  it('ignores spans that are empty, reversed or outside the text', () => {
    const html = nestMarkup('abc', [span(2, 2, 1, 'b'), span(3, 1, 1, 'b'), span(1, 9, 1, 'b'), span(-1, 1, 1, 'b')]);
    expect(html).toBe('abc');
  });

  it('handles the empty text', () => {
    expect(nestMarkup('', [])).toBe('');
  });
});
