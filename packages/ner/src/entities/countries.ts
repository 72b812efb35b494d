import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../gazetteer/index.js';
import type { Candidate } from './candidate.js';

const BARE_CODE = /^[A-Z]{2}$/;

/**
 * The countries the given mentions (one per distinct name) name by a full name, a longer alias ("U.S.", "USA") or a demonym.
 * A bare two-letter code counts as a country only for a place-typed mention or when the article
 * names that country otherwise too, since "IT" or "CA" are more often something else.
 */
export function countriesNamed(mentions: readonly Candidate[], indices: readonly number[]): Set<string> {
  const named = new Set<string>();
  for (const i of indices) {
    const m = mentions[i];
    if (m.value) continue;
    const byDemonym = demonymCountry(m.text);
    if (byDemonym !== undefined) named.add(byDemonym);
    const country = COUNTRY_BY_NAME.get(m.text);
    if (country !== undefined && m.type !== 'PERSON' && !BARE_CODE.test(m.text)) named.add(country);
  }
  return named;
}

/** The common name of the country a name mention names ("US" → "United States"), or undefined. */
export function countryOf(m: Candidate, named: ReadonlySet<string>): string | undefined {
  if (m.value || m.type === 'PERSON') return undefined;
  const country = COUNTRY_BY_NAME.get(m.text);
  if (country === undefined) return undefined;
  if (BARE_CODE.test(m.text) && m.type !== 'GPE' && m.type !== 'LOC' && !named.has(country)) return undefined;
  return country;
}

/** The country of a demonym or its plural: "Ukrainian", "Ukrainians" → "Ukraine". */
export function demonymCountry(text: string): string | undefined {
  const country = COUNTRY_BY_DEMONYM.get(text);
  if (country !== undefined) return country;
  return text.endsWith('s') ? COUNTRY_BY_DEMONYM.get(text.slice(0, -1)) : undefined;
}
