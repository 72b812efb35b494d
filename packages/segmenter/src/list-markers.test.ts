import { describe, expect, it } from 'vitest';
import { followsMarker, readListMarker, skipBullets } from './list-markers.js';

describe('list markers', () => {
  it('reads numbered and lettered markers with their style', () => {
    expect(readListMarker('2.) Next', 0)).toEqual({ value: 2, letter: false, style: '.)', end: 3 });
    expect(readListMarker('b) Next', 0)).toMatchObject({ value: 'b'.charCodeAt(0), letter: true, style: ')' });
  });

  it('reads a section number as a marker that starts no sequence', () => {
    expect(readListMarker('2.1. Scope', 0)?.value).toBeNaN();
  });

  it('refuses years, decimals and words', () => {
    expect(readListMarker('2014. It rained', 0)).toBeUndefined();
    expect(readListMarker('3.5 percent', 0)).toBeUndefined();
    expect(readListMarker('The end', 0)).toBeUndefined();
  });

  it('knows which marker comes next in the same list', () => {
    const one = readListMarker('1) a', 0)!;
    expect(followsMarker(one, readListMarker('2) b', 0)!)).toBe(true);
    expect(followsMarker(one, readListMarker('2. b', 0)!)).toBe(false);
    expect(followsMarker(one, readListMarker('3) b', 0)!)).toBe(false);
  });

  it('skips bullets and the space after them', () => {
    expect(skipBullets('• 9. Item', 0, 9)).toBe(2);
    expect(skipBullets('⁃9. Item', 0, 8)).toBe(1);
  });
});
