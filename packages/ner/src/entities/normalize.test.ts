import { describe, expect, it } from 'vitest';
import { displayName, nameKey, wordCount } from './normalize.js';

describe('nameKey', () => {
  it('ignores case, periods, apostrophe and dash styles and extra white space', () => {
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('White  House')).toBe('white house');
    expect(nameKey('O’Brien')).toBe(nameKey("O'Brien"));
    expect(nameKey('Smith–Jones')).toBe('smith-jones');
    expect(nameKey('Acme\nCorp')).toBe('acme corp');
  });
});

describe('wordCount and displayName', () => {
  it('count words and put a name on one line', () => {
    expect(wordCount('joe biden')).toBe(2);
    expect(wordCount('')).toBe(0);
    expect(displayName('Acme\nCorp')).toBe('Acme Corp');
  });
});
