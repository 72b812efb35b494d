import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';

/** A two-letter country code, with or without periods: "US", "U.S.", "IT", "L.A.". */
const CODE = /^(?:\p{Lu}\.?){2}$/u;

/** The countries an article names, and those it names in full (a name, a longer alias or a demonym). */
export interface NamedCountries {
  inFull: Set<string>;
  any: Set<string>;
}

/**
 * The countries the given mentions (one per distinct name) name. A two-letter code names a country
 * on its own only when the tagger typed it as a place, since "IT" or "CA" are more often something else.
 */
export function countriesNamed(mentions: readonly Candidate[], indices: readonly number[]): NamedCountries {
  const inFull = new Set<string>();
  const any = new Set<string>();
  for (const i of indices) {
    const m = mentions[i];
    if (m.value) continue;
    const byDemonym = demonymCountry(m.text);
    if (byDemonym !== undefined) inFull.add(byDemonym);
    const country = COUNTRY_BY_NAME.get(m.text);
    if (country === undefined || m.type === 'PERSON') continue;
    if (!CODE.test(m.text)) inFull.add(country);
    else if (m.type === 'GPE' || m.type === 'LOC') any.add(country);
  }
  for (const c of inFull) any.add(c);
  return { inFull, any };
}

/**
 * The common name of the country a name mention names ("US" → "United States"), or undefined.
 * A two-letter code counts when typed as a place or when the article names the country otherwise,
 * but not when its letters are the initials of a name in the article and the country is not
 * named in full there ("L.A." after "Los Angeles" is no country).
 */
export function countryOf(m: Candidate, named: NamedCountries, isInitialsHere: (letters: string) => boolean): string | undefined {
  if (m.value || m.type === 'PERSON') return undefined;
  const country = COUNTRY_BY_NAME.get(m.text);
  if (country === undefined || !CODE.test(m.text)) return country;
  if (named.inFull.has(country)) return country;
  if (isInitialsHere(m.text.replace(/\./g, ''))) return undefined;
  return m.type === 'GPE' || m.type === 'LOC' || named.any.has(country) ? country : undefined;
}

/** The country of a demonym or its plural: "Kenyan", "Kenyans" → "Kenya". */
export function demonymCountry(text: string): string | undefined {
  const country = COUNTRY_BY_DEMONYM.get(text);
  if (country !== undefined) return country;
  return text.endsWith('s') ? COUNTRY_BY_DEMONYM.get(text.slice(0, -1)) : undefined;
}
