import { describe, expect, it } from 'vitest';
import { displayWidth, truncate, wrap } from './text-layout.js';

describe('text layout', () => {
  it('counts wide characters as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('wraps at word boundaries with a hanging indent', () => {
    expect(wrap('one two three four five', 10, '- ', '  ')).toEqual(['- one two', '  three', '  four', '  five']);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrap('x'.repeat(25), 10);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncate('respond swiftly and decisively', 20)).toBe('respond swiftly and…');
    expect(truncate('short', 20)).toBe('short');
    expect(displayWidth(truncate('x'.repeat(50), 20))).toBe(20);
  });

  it('returns one empty line for empty text', () => {
    expect(wrap('', 10, '> ')).toEqual(['> ']);
  });
});
