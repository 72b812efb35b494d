import { describe, expect, it } from 'vitest';
import { acronymsOf, asAcronym } from './acronyms.js';

describe('acronymsOf', () => {
  it('spells the initials of all words and of the words other than "of", "the", "and"', () => {
    expect(acronymsOf('World Health Organization')).toEqual(['WHO']);
    expect(acronymsOf('Federal Bureau of Investigation')).toEqual(['FBOI', 'FBI']);
    expect(acronymsOf('White House')).toEqual(['WH']);
  });

  it('reads a hyphenated word as one word or as its parts, and gives none for a one-word name', () => {
    expect(acronymsOf('World Anti-Doping Agency')).toContain('WADA');
    expect(acronymsOf('Organisation for Economic Co-operation and Development')).toContain('OECD');
    expect(acronymsOf('NATO')).toEqual([]);
  });

  it('spells a number in the name whole', () => {
    expect(acronymsOf('Internet Explorer 6')).toEqual(['IE6']);
  });
});

describe('asAcronym', () => {
  it('reads capitals with or without periods as an acronym', () => {
    expect(asAcronym('WHO')).toBe('WHO');
    expect(asAcronym('U.N.')).toBe('UN');
    expect(asAcronym('IE6')).toBe('IE6');
  });

  it('rejects words with lower case, single letters and long runs', () => {
    expect(asAcronym('Who')).toBeNull();
    expect(asAcronym('A')).toBeNull();
    expect(asAcronym('ABCDEFGHIJ')).toBeNull();
  });
});
