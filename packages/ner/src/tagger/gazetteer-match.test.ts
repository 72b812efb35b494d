import { describe, expect, it } from 'vitest';
import { CITIES, COUNTRIES, COUNTRY_BY_NAME, TOWNS } from '../gazetteer/index.js';
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

  it('knows the short forms that end a country’s longer name and share its demonym’s stem, when only one country claims them', () => {
    expect(COUNTRY_BY_NAME.get('Britain')).toBe('United Kingdom');
    expect(COUNTRY_BY_NAME.get('America')).toBe('United States');
    expect(COUNTRY_BY_NAME.get('Turkey')).toBe('Türkiye');
    expect(COUNTRY_BY_NAME.has('Korea')).toBe(false);
    expect(COUNTRY_BY_NAME.has('Africa')).toBe(false);
  });

  it('marks single-word countries, demonyms and their plurals at the first level', () => {
    expect(gazetteerRoot('kenya')!.cats & (1 << GAZ_COUNTRY)).toBeTruthy();
    expect(gazetteerRoot('kenyans')!.cats & (1 << GAZ_DEMONYM)).toBeTruthy();
    expect(gazetteerRoot('qwertyuiop')).toBeUndefined();
  });
});
