import { firstNameGender, type EntityType } from '@newslens/core';
import { CITIES, COUNTRIES, REGIONS } from '../gazetteer/index.js';
import { demonymPlural } from './gazetteer-match.js';
import { inGroupCluster, isGroupName, isGroupWord } from './group-words.js';
import { NAME_HEADS, PERSON_NAME_HEADS } from './name-heads.js';

/** The head word of a multi-word name, lower case without a final period: the word before "of", else the last. */
function headWordOf(words: readonly string[]): string {
  let at = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] === 'of') {
      at = i - 1;
      break;
    }
  }
  const word = words[at].toLowerCase();
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/*
 * The statistical tagger learns CoNLL-2003's four types; OntoNotes splits them further. These cues
 * are general (word lists of kinds of things, and the gazetteer), not lists of particular names:
 *   any  → a multi-word name whose head word (before "of", else the last word) heads mostly
 *          organisation names in the training data is ORG ("University of Lagos"), and an ORG
 *          whose head word heads mostly place names is a place ("Elm Street"), and so is a person
 *          whose head word ends no person's name in the training data ("Drake Hotel"; surnames such
 *          as Park or Lee head place names too); src/tagger/name-heads.json, from
 *          scripts/build-name-heads.ts.
 *   PER  → PERSON
 *   ORG  → ORG
 *   LOC  → LOC for continents and world regions (gazetteer), and names headed by a landform or
 *          water word ("Black Sea", "Mount Everest"; a side of the world first only before a region:
 *          "West Africa", not "West Virginia"); NORP for a people's adjective after a side of the
 *          world ("West Indian"); FAC for names headed by a built-structure word
 *          ("Heathrow Airport"); ORG for a seat of government named for its building ("… House",
 *          "… Palace"), which news uses for the institution; GPE otherwise (countries, cities,
 *          states: most places news names are administrative).
 *   MISC → NORP for demonyms, singular or plural, and words formed like them (-an, -ese, -ish, -is,
 *          -ist); LANGUAGE for such a word used as a language ("in French", "the Arabic language");
 *          EVENT, LAW by a head word of that kind ("World Cup", "Treaty of Rome"); WORK_OF_ART
 *          when the name stands between quotation marks; ORG for an acronym of capitals ("GOP");
 *          NORP for a capitalised plural ("Hispanics") and for the words of the clusters of
 *          groups' names (group-words.ts: "Latino", "American Muslims"); PRODUCT otherwise.
 */

const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()));
const ACRONYM = /^[A-Z]{2,6}$/;
const SHOUTED_OR_NUMERIC = /^(?:[A-Z]{2,}|[\d.,:]+)$/;
/** A capitalised plural of one word, not an acronym's ("PACs") nor one in -ss ("Congress"). */
export const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;
const GPE_NAMES = lower([...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...CITIES]);
const REGION_NAMES = lower(REGIONS);
const DEMONYMS = lower(
  COUNTRIES.flatMap((c) => c.demonyms.flatMap((d) => [d, demonymPlural(d) ?? d])),
);

/** Head words of the names of landforms and waters: "river", "sea", "channel". */
export const LANDFORM: ReadonlySet<string> = new Set([
  'river', 'sea', 'ocean', 'lake', 'mountain', 'mountains', 'mount', 'mt', 'mt.', 'gulf', 'bay', 'valley', 'island', 'islands',
  'peninsula', 'desert', 'strait', 'straits', 'coast', 'basin', 'plateau', 'canal', 'channel', 'hills', 'range', 'forest',
  'glacier', 'delta', 'cape', 'reef', 'falls', 'plain', 'plains', 'continent', 'east', 'west',
]);
const STRUCTURE = new Set([
  'airport', 'bridge', 'street', 'avenue', 'road', 'square', 'stadium', 'arena', 'tower', 'towers', 'station', 'highway',
  'tunnel', 'dam', 'cathedral', 'church', 'mosque', 'temple', 'museum', 'hospital', 'prison', 'hotel', 'centre', 'center',
  'building', 'park', 'harbour', 'harbor', 'port', 'wall', 'gate', 'castle', 'mall', 'plaza', 'boulevard', 'drive', 'lane',
  'streets', 'avenues', 'roads', 'wing', 'room',
]);
/**
 * Heads of street, mall and tower names that are no one's surname in news: "Kirk Street", "John and
 * Lee Streets" and "Trump Tower" are places however personal their first word, where "Hall", "Park"
 * or "Lane" may end a person's name. (CoNLL-2003's sports pages hold two persons named Street.)
 */
const PLACE_HEADS_NO_SURNAME = new Set(['street', 'streets', 'avenue', 'avenues', 'boulevard', 'mall', 'tower', 'towers']);
const SEAT_OF_GOVERNMENT = new Set(['house', 'palace']);
const EVENT = new Set([
  'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'olympic', 'war', 'prix', 'tour', 'series', 'classic',
  'trophy', 'derby', 'marathon', 'rally', 'tournament', 'masters', 'election', 'elections', 'summit', 'festival', 'conference',
  'revolution', 'crisis', 'massacre', 'uprising', 'olympiad', 'league', 'division', 'bowl',
]);
const LAW = new Set(['act', 'treaty', 'constitution', 'amendment', 'bill', 'code', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'charter', 'law']);
/** Head words that make a name a law or treaty whatever the tagger took it for ("Paris Agreement"); not "bill" or "charter", which head names of other kinds too. */
export const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'treaty', 'accord', 'accords', 'agreement', 'amendment', 'constitution', 'protocol']);
/**
 * Words before "Convention" that make it a gathering, not a treaty: "Republican National Convention",
 * "GOP Convention", "Constitutional Convention" (against "Geneva Convention").
 */
const ASSEMBLY_WORDS = new Set(['national', 'democratic', 'republican', 'gop', 'libertarian', 'constitutional']);

function isAssembly(lowerWords: readonly string[]): boolean {
  const at = lowerWords.indexOf('convention');
  return at > 0 && ASSEMBLY_WORDS.has(lowerWords[at - 1]);
}
/** First words of the names given to storms, which are events ("Hurricane Katrina"), not people. */
const STORMS = new Set(['hurricane', 'typhoon', 'cyclone']);
/** Days of the week: a name they end is a day made an event ("Super Tuesday", "Black Friday", "Bloody Sunday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Head words of the names of craft and instruments, which are products ("James Webb Space Telescope"), never people. */
const CRAFT = new Set(['telescope', 'spacecraft', 'satellite', 'rover', 'lander', 'orbiter']);
/** The words of LANDFORM that are sides of the world: first in a name, they make a region only of a region. */
const LANDFORM_SIDES = new Set(['east', 'west']);

/**
 * Whether a place's first word makes it a landform or a region: "Mount Everest", "Lake Tahoe", and
 * "West Africa" or "East Asia", where a side of the world comes before a region; not "West
 * Virginia", "East Germany" or "West Hollywood", a state, country or city named by its side.
 */
function landformFirst(firstWord: string, name: string): boolean {
  if (!LANDFORM.has(firstWord)) return false;
  return !LANDFORM_SIDES.has(firstWord) || REGION_NAMES.has(name.slice(firstWord.length + 1));
}
/** A side of a country named alone as a region: "the South", "the Midwest" (LOC, not a state). */
const COMPASS_REGIONS = new Set(['north', 'south', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Adjectives that name a bloc of nations by its side of the world: "Western governments". */
const COMPASS_ADJECTIVES = new Set(['western', 'eastern', 'northern', 'southern']);
/** Nouns that a leader's surname modifies ("the Obama administration"), which the tagger may take for a product or a company. */
const LEADER_TERMS = new Set(['administration', 'presidency']);
const LANGUAGE_BEFORE = new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'speaking', 'fluent', 'translated', 'learn', 'learning', 'taught']);
const LANGUAGE_AFTER = new Set(['language', 'languages', 'translation', 'speakers', 'speaking', 'dialect']);
const QUOTES = /^["“”'‘’«»]$/;

/**
 * A name whose words say it is a thing, never a person: a named storm ("Hurricane Katrina"), a
 * craft or instrument ("James Webb Space Telescope"), a law or treaty ("Paris Agreement"), a court
 * case ("Roe v. Wade").
 */
export function namesThing(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return STORMS.has(words[0].toLowerCase()) || CRAFT.has(words[words.length - 1].toLowerCase()) || LAW_HEADS.has(headWordOf(words)) || words.includes('v.');
}

/** The type the gazetteer alone gives a name: countries and cities GPE, regions LOC, demonyms NORP. */
export function gazetteerType(name: string): EntityType | undefined {
  const key = name.toLowerCase();
  if (GPE_NAMES.has(key)) return 'GPE';
  if (REGION_NAMES.has(key)) return 'LOC';
  if (DEMONYMS.has(key)) return 'NORP';
  return undefined;
}

/**
 * Formed like a demonym or adherent: "Ukrainian", "Iraqis", "Chinese", "Islamist", "Democrats".
 * Five letters at least: the endings make common words of four ("Plan", "Clan", "Epic", "Fish").
 */
export function demonymLike(word: string): boolean {
  const w = word.toLowerCase();
  if (DEMONYMS.has(w)) return true;
  return /^\p{Lu}/u.test(word) && /(?:ans?|ese|ish|is|ists?|ic|crats?)$/.test(w) && w.length > 4;
}

/**
 * A plural that names members of a group, by its ending: "Palestinians", "Republicans", "Democrats",
 * "Islamists", "Shiites". No surname ends so, so the word is never a person's name ("Evans" and
 * "Williams" end otherwise).
 */
export function isGroupPlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ians|icans|crats|ists|ites)$/u.test(word);
}

/** First parts of surnames that go on in a capital: "McDonald", "MacArthur", "DeSantis", "LeBron", "VanDyke". */
const SURNAME_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'le', 'la', 'van', 'von', 'del', 'fitz']);

/**
 * A word that goes on in a capital after a run of lower-case letters, as company and product names
 * do ("OpenAI", "ChatGPT", "PayPal", "BlackRock"); not a surname with a prefix ("McDonald", "DeSantis").
 */
const COMPOUND_CAPITALISED = /^(\p{Lu}\p{Ll}+)\p{Lu}/u;

export function isCompoundCapitalised(word: string): boolean {
  if (word.length < 3) return false;
  const m = COMPOUND_CAPITALISED.exec(word);
  return m !== null && !SURNAME_PREFIXES.has(m[1].toLowerCase());
}

/** NORP, or LANGUAGE for a single word used as a language ("in French", "the Arabic language"). */
function nationalityOrLanguage(words: readonly string[], before: string, after: string): EntityType {
  const asLanguage = LANGUAGE_AFTER.has(after.toLowerCase()) || (LANGUAGE_BEFORE.has(before.toLowerCase()) && !/^\p{L}/u.test(after));
  return words.length === 1 && asLanguage ? 'LANGUAGE' : 'NORP';
}

/**
 * The OntoNotes type of a span the tagger labelled with a CoNLL type (0 PER, 1 ORG, 2 LOC, 3 MISC).
 * `before` and `after` are the words next to the span (or "").
 */
export function refineType(conllType: number, words: readonly string[], before: string, after: string): EntityType {
  const single = words.length === 1;
  const last = words[words.length - 1].toLowerCase();
  const firstWord = single ? last : words[0].toLowerCase();
  const name = single ? last : words.join(' ').toLowerCase();
  // A demonym names a nationality (or a language), whatever the tagger took it for ("Americans" as persons).
  if (DEMONYMS.has(firstWord) && words.every((w) => DEMONYMS.has(w.toLowerCase()))) return nationalityOrLanguage(words, before, after);
  // "Senate Republicans", "Palestinians" taken for persons: members of a group are no person.
  if (conllType === 0 && last.endsWith('s') && isGroupPlural(words[words.length - 1])) return 'NORP';
  // "targeting Latino and black voters": one word of the clusters of groups' names whose plural is
  // one too (see the MISC case below) is a group, unless it is a given name ("Christian").
  // So is its plural ("portraying Latinos as gangsters", which the tagger took for a person).
  if (conllType === 0 && single && isGroupName(last) && firstNameGender(words[0]) === undefined) return 'NORP';
  // "OpenAI", "ChatGPT", "YouTube": a word with a capital inside names a company or a product, never a person or a place.
  if ((conllType === 0 || conllType === 2) && single && isCompoundCapitalised(words[0]) && !GPE_NAMES.has(name)) conllType = 1;
  // "the Obama administration", "the Trump presidency": a one-word name before them is a leader's.
  if (single && LEADER_TERMS.has(after.toLowerCase()) && !GPE_NAMES.has(name)) return 'PERSON';
  if (!single && STORMS.has(firstWord)) return 'EVENT';
  // "Middle Eastern", "Far Eastern": a region's adjective describes its peoples, as a demonym does.
  if (conllType !== 0 && !single && COMPASS_ADJECTIVES.has(last)) return 'NORP';
  if (conllType === 0 && !single && PLACE_HEADS_NO_SURNAME.has(last)) return 'FAC';
  // Not a person whose surname is a weekday ("Joe Friday").
  if (!single && WEEKDAYS.has(last) && firstNameGender(words[0]) === undefined) return 'EVENT';
  if (!single && CRAFT.has(last)) return 'PRODUCT';
  // A continent or world region is a place, not the organisation the tagger may take it for ("Eastern Europe").
  if (conllType === 1 && REGION_NAMES.has(name)) return 'LOC';
  const headWord = single ? last : headWordOf(words);
  if (conllType !== 0 && LAW_HEADS.has(headWord)) return 'LAW';
  if (conllType !== 0 && headWord === 'convention') return isAssembly(name.split(' ')) ? 'EVENT' : 'LAW';
  const head = single ? undefined : NAME_HEADS.get(headWord);
  if (head === 'organization' && conllType !== 1) return 'ORG';
  // For persons only where the word ends no person's name in the training data ("Drake Hotel",
  // "Brennan Center"): surnames such as Park or Lee head place names too.
  if (head === 'place' && (conllType === 1 || conllType === 3 || (conllType === 0 && !PERSON_NAME_HEADS.has(headWord)))) conllType = 2;
  switch (conllType) {
    case 0:
      return 'PERSON';
    case 1:
      return 'ORG';
    case 2:
      if (GPE_NAMES.has(name) || (!single && GPE_NAMES.has(words.join('').toLowerCase()))) return 'GPE';
      // A people's adjective after a side of the world: "West Indian", "South African".
      if (!single && DEMONYMS.has(last)) return 'NORP';
      if (REGION_NAMES.has(name) || LANDFORM.has(last) || landformFirst(firstWord, name) || (single && COMPASS_REGIONS.has(last))) return 'LOC';
      if (words.length > 1 && SEAT_OF_GOVERNMENT.has(last)) return 'ORG';
      if (STRUCTURE.has(last)) return 'FAC';
      return 'GPE';
    default: {
      if (QUOTES.test(before) && QUOTES.test(after)) return 'WORK_OF_ART';
      const lowerWords = words.map((w) => w.toLowerCase());
      if (isAssembly(lowerWords)) return 'EVENT';
      if (lowerWords.some((w) => LAW.has(w))) return 'LAW';
      if (lowerWords.some((w) => EVENT.has(w))) return 'EVENT';
      if (words.every(demonymLike) || demonymLike(words[words.length - 1])) return nationalityOrLanguage(words, before, after);
      // "Western governments", "Eastern bloc": a bloc of nations, as OntoNotes types it.
      if (single && COMPASS_ADJECTIVES.has(last)) return 'NORP';
      // A name headed by a landform or a built structure is a place whatever else it is ("Gulf of Mexico", "Fisht Stadium").
      if (!single) {
        if (LANDFORM.has(headWord)) return 'LOC';
        if (STRUCTURE.has(headWord)) return 'FAC';
      }
      // An acronym of capitals names a body ("the GOP nominee", "UNICEF aid"); the acronyms of products
      // carry digits ("AR-15"). Not beside capitals or numbers: a headline set in capitals ("IRISH
      // WIN"), a time zone ("1430 GMT") or a column of statistics ("ERA 3.45").
      if (single && ACRONYM.test(words[0]) && !SHOUTED_OR_NUMERIC.test(before) && !SHOUTED_OR_NUMERIC.test(after)) return 'ORG';
      // A capitalised plural names a group of people ("Hispanics", "Catholics", "Kurds", "Dems"), as OntoNotes's NORP.
      if (single && CAPITALISED_PLURAL.test(words[0])) return 'NORP';
      // So does a plural of the clusters of groups' names closing the name ("American Muslims"), and a
      // word of those clusters whose plural is one too ("Latino", "Sunni"; not "Obama", whose plural
      // is a family's, nor "Guard", whose plural alone clusters with the groups).
      if (single ? isGroupWord(last) : CAPITALISED_PLURAL.test(words[words.length - 1]) && inGroupCluster(last)) return 'NORP';
      return 'PRODUCT';
    }
  }
}
