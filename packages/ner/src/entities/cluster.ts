import { ENTITY_TYPES, firstNameGender, fullNameGender, type EntityType, type Gender } from '@newslens/core';
import { CITIES, COUNTRY_BY_DEMONYM } from '../gazetteer/index.js';
import { acronymsOf, asAcronym } from './acronyms.js';
import type { Candidate } from './candidate.js';
import { countriesNamed, countryOf, demonymCountry, type NamedCountries } from './countries.js';
import { displayName, keyWords, startsWithGivenName, wordCount } from './normalize.js';
import { NAME_HEADS } from '../tagger/name-heads.js';
import { demonymLike, gazetteerType } from '../tagger/refine-type.js';
import { GENERATION_SUFFIXES } from './titles.js';

/** Mentions that name one thing: indices into the mention list, in text order, with a type and a name. */
export interface Cluster {
  members: number[];
  type: EntityType;
  name: string;
}

interface Group {
  members: number[];
  /** The common name of the country all members name, if they name one. */
  country: string | undefined;
  demonym: boolean;
  value: boolean;
  words: string[];
  type: EntityType;
}

const NO_WORDS: string[] = [];

/** Types that name places: a place is never someone's surname. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC', 'NORP']);

/**
 * Groups mentions into entities, in steps that each cost one pass over the mentions or over the
 * distinct names:
 * 1. identical normalised names, then the names of one country ("US", "U.S." → United States),
 *    and each demonym with its plural (a NORP entity, never merged into its country);
 * 2. a one-word name to the person whose surname or first name it is ("Smith" → "Maria Smith"),
 *    the one the article names first when several share the word;
 * 3. an acronym to the multi-word name whose initials it spells ("WHO", "FO" → "Foreign Office").
 * Returns clusters in the order of their first mention.
 */
export function clusterMentions(mentions: readonly Candidate[], headlineEnd = -1): Cluster[] {
  const groups: Group[] = [];
  // Group indices in plain arrays: a typed array's buffer is allocated outside the JS heap, at
  // about a microsecond apiece, a cost that showed in a short article's profile.
  const groupOf: number[] = [];
  const byKey = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const key = m.value ? `${m.key}\u0001${m.type}` : m.key;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push({ members: [], country: undefined, demonym: false, value: m.value, words: m.value ? NO_WORDS : keyWords(m.key), type: m.type });
    }
    groups[g].members.push(i);
    groupOf.push(g);
  }

  for (const g of groups) g.type = votedType(mentions, g.members, g);
  const byAcronym = acronymIndex(mentions, groups);

  // Once per distinct name, not per mention: is it a nationality or a country? Groups naming the same one merge.
  const parent = groups.map((_, g) => g);
  const named = countriesNamed(mentions, groups.map((g) => g.members[0]));
  const isInitialsHere = (letters: string) => byAcronym.has(letters);
  const byCountry = new Map<string, number>();
  const byDemonym = new Map<string, number>();
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.value) continue;
    const first = mentions[group.members[0]];
    if (demonymCountry(first.text) !== undefined) {
      group.demonym = true;
      mergeInto(byDemonym, singular(first.key), g, parent);
      continue;
    }
    group.country = groupCountry(mentions, group.members, named, isInitialsHere);
    if (group.country !== undefined) mergeInto(byCountry, group.country, g, parent);
  }

  // "Republican" and "Republicans", "Democrat", "Democrats" and "Democratic": one group of people.
  const byGroupName = new Map<string, number>();
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.value || group.demonym || group.country !== undefined || group.type !== 'NORP' || group.words.length !== 1) continue;
    mergeInto(byGroupName, groupNameStem(group.words[0]), g, parent);
  }

  const owner = groupOf.slice();
  linkPeople(mentions, groups, owner, headlineEnd);
  followOwners(groups, groupOf, owner);
  linkAcronyms(mentions, groups, byAcronym, parent);
  linkPartNames(groups, parent);

  const clusterOfGroup = new Map<number, number>();
  const clusters: Cluster[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const root = find(parent, owner[i]);
    let c = clusterOfGroup.get(root);
    if (c === undefined) {
      c = clusters.length;
      clusterOfGroup.set(root, c);
      clusters.push({ members: [], type: groups[root].type, name: '' });
    }
    clusters[c].members.push(i);
  }
  for (const c of clusters) {
    const root = find(parent, owner[c.members[0]]);
    const g = groups[root];
    const canonical = g.demonym ? demonymMention(mentions, c.members) : g.type === 'NORP' ? groupMention(mentions, c.members, headlineEnd) : canonicalMention(mentions, c.members, headlineEnd);
    c.type = g.value ? g.type : g.country !== undefined ? 'GPE' : g.demonym ? 'NORP' : votedType(mentions, c.members, undefined, mentions[canonical].type);
    c.name = g.country !== undefined && !writtenInFull(mentions[canonical].text) ? g.country : displayName(mentions[canonical].text);
  }
  return clusters;
}

/**
 * Whether a country's name is written out as a reader would name it ("Turkey", "Britain"), which
 * the entity keeps; an abbreviation or a name in capitals ("U.S.", "UAE", "UKRAINE") gives way to
 * the gazetteer's name ("United States").
 */
function writtenInFull(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

function isKnownOrGroupWord(word: string): boolean {
  return gazetteerType(word) !== undefined || demonymLike(word);
}

/**
 * A mention linked to a shorter form of a name goes where that form went: "Trump" → "Donald Trump"
 * → "Donald J. Trump". Without this, the one-word mentions a shorter form drew made an entity of
 * their own beside the full name (`groupOf`: each mention's own group).
 */
function followOwners(groups: readonly Group[], groupOf: readonly number[], owner: number[]): void {
  for (let i = 0; i < owner.length; i++) {
    let g = owner[i];
    // Only links are followed: a mention left in its own group ("Mr. Obama" where only Michelle
    // Obama is named in full) stays there, wherever the group's other mentions went.
    if (g === groupOf[i]) continue;
    // A chain is as long as the forms of one name; the bound only guards against a cycle.
    for (let hops = 0; hops < 4; hops++) {
      const next = owner[groups[g].members[0]];
      if (next === g) break;
      g = next;
    }
    owner[i] = g;
  }
}

/** Links one-word person names to full names: surname first, then first name for a person. */
function linkPeople(mentions: readonly Candidate[], groups: readonly Group[], owner: number[], headlineEnd: number): void {
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const byEnds = new Map<string, number[]>();
  const bySuffix = new Map<string, number[]>();
  for (let g = 0; g < groups.length; g++) {
    const { words, type, country, value, demonym } = groups[g];
    if (type !== 'PERSON' || value || demonym || country !== undefined || words.length < 2) continue;
    const last = surnameIndex(words);
    push(bySurname, words[last], g);
    push(byFirst, words[0], g);
    push(byEnds, `${words[0]} ${words[last]}`, g);
    // "Lopez Obrador" → "Andres Manuel Lopez Obrador", "Lula da Silva" → "Luiz Inacio Lula da Silva".
    for (let k = 1; k + 2 <= words.length; k++) push(bySuffix, words.slice(k).join(' '), g);
  }
  if (bySurname.size === 0) return;
  for (let g = 0; g < groups.length; g++) {
    const { words, type, country, value, demonym, members } = groups[g];
    if (value || demonym || country !== undefined) continue;
    // A place is no person, but one word the tagger took for a place that the gazetteer does not know
    // as a country, city or region, and that is not formed like a demonym ("Republican"), is a surname
    // where the article names its bearer: "Graham said" beside "Lindsey Graham" (Graham is a town too).
    if (PLACE_TYPES.has(type) && (words.length > 1 || isKnownOrGroupWord(mentions[members[0]].text))) continue;
    let candidates: number[] | undefined;
    if (words.length === 1) {
      if (type !== 'PERSON' && CITIES.has(mentions[members[0]].text)) continue;
      candidates = bySurname.get(words[0]) ?? (type === 'PERSON' ? byFirst.get(words[0]) : undefined);
    } else if (type === 'PERSON') {
      // "Hillary Clinton" → "Hillary Rodham Clinton": same first and last name, fewer words.
      candidates = byEnds.get(`${words[0]} ${words[surnameIndex(words)]}`)?.filter((c) => groups[c].words.length > words.length);
      // A compound surname alone: the last words of a longer name, when only one name ends so, and
      // not a given name and a surname ("Donald Trump" is no part of "Trust Donald Trump", a
      // headline's words the tagger ran together).
      if ((candidates === undefined || candidates.length === 0) && firstNameGender(mentions[members[0]].text.split(/\s+/)[0]) === undefined) {
        const ending = bySuffix.get(words.join(' '));
        if (ending !== undefined && ending.length === 1) candidates = ending;
      }
      if (candidates === undefined || candidates.length === 0) candidates = fullFirstName(mentions, groups, g, bySurname);
    }
    if (candidates === undefined || candidates.length === 0) continue;
    for (const i of members) {
      // "Mrs. Clinton" is not Bill Clinton: an honorific rules out the people of the other gender,
      // and where no one is left ("Mrs. Trump" beside "Donald Trump" alone) the mention stays apart.
      const honorific = mentions[i].honorific;
      const fitting = honorific ? candidates.filter((c) => (groupGender(mentions, groups[c]) ?? honorific) === honorific) : candidates;
      if (fitting.length > 0) owner[i] = firstNamed(mentions, groups, fitting, headlineEnd);
    }
  }
}

/** The shortest first name that can stand for a longer one: "Pete" for "Peter", "Ken" for "Kenneth". */
const MIN_SHORT_FIRST_NAME = 3;

/**
 * The one person the article names with a longer form of this person's first name and the same
 * other words ("Pete Santilli" → "Peter Santilli", "Ken Starr" → "Kenneth Starr"), unless the
 * article gives the two different genders ("Erica Garner" is not "Eric Garner").
 */
function fullFirstName(mentions: readonly Candidate[], groups: readonly Group[], g: number, bySurname: ReadonlyMap<string, number[]>): number[] | undefined {
  const { words } = groups[g];
  const first = words[0];
  if (first.length < MIN_SHORT_FIRST_NAME) return undefined;
  const rest = words.slice(1).join(' ');
  const gender = groupGender(mentions, groups[g]);
  const found = bySurname.get(words[surnameIndex(words)])?.filter((c) => {
    const other = groups[c].words;
    if (other.length !== words.length || other[0] === first || !other[0].startsWith(first) || other.slice(1).join(' ') !== rest) return false;
    const otherGender = groupGender(mentions, groups[c]);
    return gender === undefined || otherGender === undefined || gender === otherGender;
  });
  return found !== undefined && found.length === 1 ? found : undefined;
}

/** A person's gender as the article gives it: the honorifics before its mentions, else its first name ("Hillary Clinton"). */
function groupGender(mentions: readonly Candidate[], group: Group): Gender | undefined {
  let said: Gender | undefined;
  for (const i of group.members) {
    const honorific = mentions[i].honorific;
    if (honorific === undefined) continue;
    if (said !== undefined && said !== honorific) return undefined;
    said = honorific;
  }
  return said ?? fullNameGender(mentions[group.members[0]].text);
}

/** Multi-word names by the acronyms they can be written as. */
function acronymIndex(mentions: readonly Candidate[], groups: readonly Group[]): Map<string, number[]> {
  const byAcronym = new Map<string, number[]>();
  // Only worth building when some one-word name could be an acronym.
  if (!groups.some((g) => !g.value && g.words.length === 1 && asAcronym(mentions[g.members[0]].text) !== null)) return byAcronym;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.value || group.words.length < 2) continue;
    for (const a of acronymsOf(mentions[group.members[0]].text)) {
      // Two initials match too many people by chance: a person's acronym needs three ("JFK").
      if (group.type === 'PERSON' && a.length < 3) continue;
      push(byAcronym, a, g);
    }
  }
  return byAcronym;
}

/** Merges each acronym's group into the multi-word name it abbreviates, by setting its parent. */
function linkAcronyms(mentions: readonly Candidate[], groups: readonly Group[], byAcronym: ReadonlyMap<string, number[]>, parent: number[]): void {
  if (byAcronym.size === 0) return;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.value || group.demonym || group.country !== undefined || group.words.length !== 1) continue;
    const acronym = asAcronym(mentions[group.members[0]].text);
    if (acronym === null) continue;
    const candidates = byAcronym.get(acronym)?.filter((c) => c !== g && !groups[c].demonym);
    if (candidates === undefined || candidates.length === 0) continue;
    parent[g] = find(parent, nearestBefore(mentions, groups, candidates, mentions[group.members[0]].start));
  }
}

/** Types whose names are shortened to their first or last words: "Google Chrome" → "Chrome", "Acme Corp" → "Acme". */
const SHORTENED_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'FAC']);

/**
 * Merges a name into the one longer name of the same type (organisation, product, event, work, law
 * or facility) that begins or ends with its words, or whose head before "of" it is: "Chrome" →
 * "Google Chrome", "Home Office" → "United Kingdom Home Office", "Acme" → "Acme Corp", "Board" →
 * "Chicago Board of Education". Skipped when several longer names fit, and never for people,
 * places or nationalities ("York" stays apart from "New York", "England" from "Bank of England").
 */
function linkPartNames(groups: readonly Group[], parent: number[]): void {
  const byPart = new Map<string, number>();
  const AMBIGUOUS = -1;
  for (let g = 0; g < groups.length; g++) {
    const { words, type, value, country, demonym } = groups[g];
    if (value || demonym || country !== undefined || words.length < 2 || !SHORTENED_TYPES.has(type)) continue;
    const add = (part: string) => {
      const seen = byPart.get(part);
      byPart.set(part, seen === undefined || seen === g ? g : AMBIGUOUS);
    };
    for (let k = 1; k < words.length; k++) {
      add(words.slice(0, k).join(' '));
      add(words.slice(k).join(' '));
    }
    // "Chicago Board of Education" → "the Board": the head word before "of", modified before it.
    const of = words.indexOf('of');
    if (of >= 2) add(words[of - 1]);
  }
  if (byPart.size === 0) return;
  for (let g = 0; g < groups.length; g++) {
    const { words, type, value, country, demonym } = groups[g];
    if (value || demonym || country !== undefined || PLACE_TYPES.has(type) || type === 'PERSON' || parent[g] !== g) continue;
    const target = byPart.get(words.join(' '));
    if (target === undefined || target === AMBIGUOUS || groups[target].type !== type || find(parent, target) === g) continue;
    if (LINKING_WORDS.has(words[0]) || LINKING_WORDS.has(words[words.length - 1])) continue;
    parent[g] = find(parent, target);
  }
}

/** Words a shortened name never starts or ends with. */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de']);

/** Makes `g` part of the group first seen under `key`. */
function mergeInto(map: Map<string, number>, key: string, g: number, parent: number[]): void {
  const first = map.get(key);
  if (first === undefined) map.set(key, g);
  else parent[g] = first;
}

/** The country a group of identical names names: the first of its mentions that resolves to one. */
function groupCountry(
  mentions: readonly Candidate[],
  members: readonly number[],
  named: NamedCountries,
  isInitialsHere: (letters: string) => boolean,
): string | undefined {
  let previous: Candidate | undefined;
  for (const i of members) {
    const m = mentions[i];
    if (previous !== undefined && m.text === previous.text && m.type === previous.type) continue;
    const country = countryOf(m, named, isInitialsHere);
    if (country !== undefined) return country;
    previous = m;
  }
  return undefined;
}

function find(parent: readonly number[], g: number): number {
  while (parent[g] !== g) g = parent[g];
  return g;
}

/**
 * The candidate group mentioned last before `offset` (the nearest antecedent), else the one first
 * mentioned soonest after it. Binary search in each candidate's sorted mentions.
 */
function nearestBefore(mentions: readonly Candidate[], groups: readonly Group[], candidates: readonly number[], offset: number): number {
  let best = -1;
  let bestStart = -1;
  for (const c of candidates) {
    const members = groups[c].members;
    let lo = 0;
    let hi = members.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[members[mid]].start <= offset) {
        found = mentions[members[mid]].start;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found > bestStart) {
      best = c;
      bestStart = found;
    }
  }
  return best >= 0 ? best : firstNamed(mentions, groups, candidates);
}

/**
 * The candidate group the article names first. Below a headline (one ending at `headlineEnd`) the
 * body counts first: a title-case headline runs names into the words beside them ("Book Reveals
 * Clinton ..."), and such a run, named nowhere else, comes after every name the body uses.
 */
function firstNamed(mentions: readonly Candidate[], groups: readonly Group[], candidates: readonly number[], headlineEnd = -1): number {
  let best = -1;
  let bestInBody = false;
  let bestStart = 0;
  for (const c of candidates) {
    const members = groups[c].members;
    let at = 0;
    while (at + 1 < members.length && mentions[members[at]].start < headlineEnd) at++;
    const start = mentions[members[at]].start;
    const inBody = start >= headlineEnd;
    const first = inBody ? start : mentions[members[0]].start;
    if (best < 0 || (inBody && !bestInBody) || (inBody === bestInBody && first < bestStart)) {
      best = c;
      bestInBody = inBody;
      bestStart = first;
    }
  }
  return best;
}

/** Index of the surname among a name's words: the last, unless that is "Jr." or "III". */
function surnameIndex(words: readonly string[]): number {
  let last = words.length - 1;
  while (last > 0 && GENERATION_SUFFIXES.has(words[last])) last--;
  return last;
}

/**
 * The type most of the mentions carry; a title counts once more for PERSON, and so does a person's
 * full name that starts with a given name ("John McCain" beside two "McCain" the tagger took for a
 * group). Ties go to the type of `preferred`, else to the earliest mention's.
 */
function votedType(mentions: readonly Candidate[], members: readonly number[], group?: Group, preferred?: EntityType): EntityType {
  if (group?.value) return mentions[members[0]].type;
  votes.fill(0);
  for (const i of members) {
    const m = mentions[i];
    votes[TYPE_INDEX.get(m.type)!]++;
    if (m.titled || (m.type === 'PERSON' && startsWithGivenName(m.text))) votes[PERSON_INDEX]++;
  }
  let best = TYPE_INDEX.get(preferred ?? mentions[members[0]].type)!;
  for (let t = 0; t < votes.length; t++) if (votes[t] > votes[best]) best = t;
  return ENTITY_TYPES[best];
}

/** Vote counts by type index, reused across calls: voting allocates nothing. */
const votes = new Int32Array(ENTITY_TYPES.length);
const TYPE_INDEX: ReadonlyMap<EntityType, number> = new Map(ENTITY_TYPES.map((t, i) => [t, i]));
const PERSON_INDEX = TYPE_INDEX.get('PERSON')!;

/**
 * The mention that gives the entity its name: most words, then most characters, then first. A
 * mention in the headline names the entity only when the article has no other, or when it is a
 * person's given name before a name the body gives ("Hillary Clinton" over the body's "Clinton"): a
 * headline's capitals run names into the words beside them ("EU Fines Google" for Google).
 */
function canonicalMention(mentions: readonly Candidate[], members: readonly number[], headlineEnd: number): number {
  let outside = headlineEnd < 0 ? members : members.filter((i) => mentions[i].start >= headlineEnd);
  if (outside.length > 0 && outside.length < members.length) {
    const bodyKeys = new Set(outside.map((i) => mentions[i].key));
    // A body that names the entity only by a head word ("the Party" after a headline's "Democratic
    // Party’s Move") leaves the headline's fuller name standing.
    const bare = [...bodyKeys].every((key) => NAME_HEADS.has(key));
    outside = bare ? members : members.filter((i) => mentions[i].start >= headlineEnd || givenNameBefore(mentions[i], bodyKeys));
  }
  const candidates = outside.length > 0 ? outside : members;
  let best = candidates[0];
  let bestWords = wordCount(mentions[best].key);
  for (const i of candidates) {
    const words = wordCount(mentions[i].key);
    if (words > bestWords || (words === bestWords && mentions[i].key.length > mentions[best].key.length)) {
      best = i;
      bestWords = words;
    }
  }
  return mostWritten(mentions, candidates, best);
}

/**
 * Of the mentions written as mention `best` is but for capitals, the first of the casing the
 * article writes most often: "Hillary Clinton" over a slip's "HIllary Clinton", "Washington" over
 * a dateline's "WASHINGTON".
 */
function mostWritten(mentions: readonly Candidate[], candidates: readonly number[], best: number): number {
  const written = mentions[best].text;
  const lower = written.toLowerCase();
  const isVariant = (text: string) => text === written || (text.length === lower.length && text.toLowerCase() === lower);
  // Most entities are written one way: no counting for them.
  if (!candidates.some((i) => mentions[i].text !== written && isVariant(mentions[i].text))) return best;
  const counts = new Map<string, number>();
  for (const i of candidates) if (isVariant(mentions[i].text)) counts.set(mentions[i].text, (counts.get(mentions[i].text) ?? 0) + 1);
  let top = best;
  for (const i of candidates) {
    const text = mentions[i].text;
    const count = counts.get(text) ?? 0;
    const topCount = counts.get(mentions[top].text) as number;
    if (count > topCount || (count === topCount && text !== mentions[top].text && mentions[i].start < mentions[top].start)) top = i;
  }
  return top;
}

/** True when a person's mention is a given name and then one of `keys` ("Hillary Clinton" and "clinton"). */
function givenNameBefore(mention: Candidate, keys: ReadonlySet<string>): boolean {
  const space = mention.key.indexOf(' ');
  if (mention.type !== 'PERSON' || space < 0 || !keys.has(mention.key.slice(space + 1))) return false;
  const first = mention.text.slice(0, mention.text.search(/\s/));
  return firstNameGender(first) !== undefined && !MODALS.has(mention.key.slice(0, space));
}

/** Given names that are also modal verbs: in a headline they open a question ("Will Twitter Be Next?"). */
const MODALS: ReadonlySet<string> = new Set(['will', 'may']);

/** The mention that writes a nationality as the gazetteer does ("Kenyan", not "Kenyans"), else the first. */
function demonymMention(mentions: readonly Candidate[], members: readonly number[]): number {
  for (const i of members) if (COUNTRY_BY_DEMONYM.has(mentions[i].text)) return i;
  return members[0];
}

/** A group of people is named in the plural where the article writes it so: "Democrats", not "Democratic". */
function groupMention(mentions: readonly Candidate[], members: readonly number[], headlineEnd: number): number {
  const plurals = members.filter((i) => mentions[i].start >= headlineEnd && singular(mentions[i].key) !== mentions[i].key);
  return plurals.length > 0 ? mostWritten(mentions, plurals, plurals[0]) : canonicalMention(mentions, members, headlineEnd);
}

/** "kenyans" → "kenyan", so a nationality's singular and plural form one entity. */
function singular(key: string): string {
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}

/** "democrats" and "democratic" → "democrat": what the singular, plural and adjective of a group's name share. */
function groupNameStem(word: string): string {
  const one = singular(word);
  return one.endsWith('ic') ? one.slice(0, -2) : one;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
