import { describe, expect, it } from 'vitest';
import { CITIES, COUNTRIES, TOWNS } from '../gazetteer/index.js';
import { entryTokens, firstEntryToken, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, gazetteerRoot } from './gazetteer-match.js';

describe('gazetteer trie', () => {
  it('indexes every entry under the first token the full tokenisation gives it', () => {
    const entries = [...COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]), ...CITIES, ...TOWNS];
    const mismatched = entries.filter((e) => firstEntryToken(e) !== entryTokens(e)[0]);
    expect(mismatched).toEqual([]);
  });

  it('finds multi-word and hyphenated entries token by token', () => {
    const rio = gazetteerRoot('rio')?.next?.get('de')?.next?.get('janeiro');
    expect(rio && rio.cats & (1 << GAZ_CITY)).toBeTruthy();
    const bissau = gazetteerRoot('guinea')?.next?.get('-')?.next?.get('bissau');
    expect(bissau && bissau.cats & (1 << GAZ_COUNTRY)).toBeTruthy();
  });

  it('marks single-word countries, demonyms and their plurals at the first level', () => {
    expect(gazetteerRoot('kenya')!.cats & (1 << GAZ_COUNTRY)).toBeTruthy();
    expect(gazetteerRoot('kenyans')!.cats & (1 << GAZ_DEMONYM)).toBeTruthy();
    expect(gazetteerRoot('qwertyuiop')).toBeUndefined();
  });
});
