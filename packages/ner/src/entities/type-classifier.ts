import { base64Bytes, ENTITY_TYPES, forEachDeltaVarint, NAME_TYPES, type EntityType, type NewsDocument } from '@newslens/core';
import { CITIES, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, REGIONS, TOWNS } from '../gazetteer/index.js';
import { hashInts, hashString } from '../tagger/hash.js';
import model from '../../model/types.json' with { type: 'json' };
import type { Candidate } from './candidate.js';
import type { Cluster } from './cluster.js';
import { SPEAKER } from './roles.js';
import { isGroupPlural, namesThing, refineType } from '../tagger/refine-type.js';
import { CORE_TITLES, GENERATION_SUFFIXES, TITLE_MODIFIERS } from './titles.js';
import { startsWithGivenName } from './normalize.js';
import { isGroupName, isGroupWord } from '../tagger/group-words.js';
import { ARTICLES } from '../tagger/name-passes.js';

/**
 * An entity-level type classifier: a multinomial logistic regression over hashed features of a
 * whole entity (the tagger's types over its mentions, its name's words, head word and shape,
 * gazetteer flags, the words around each mention), trained by scripts/train-types.ts on the
 * stage's out-of-fold entities in GUM written train and CoNLL-2003 train. It replaces an entity's
 * type only when it is confident (model/types.json holds the weights and the threshold).
 */

/** The classes: CoNLL's four types, and NONE for an entity no gold name matches. */
export const TYPE_CLASSES = ['PER', 'ORG', 'LOC', 'MISC', 'NONE'] as const;
export type TypeClass = (typeof TYPE_CLASSES)[number];
const CLASS_COUNT = TYPE_CLASSES.length;

/** Feature buckets: 2^TYPE_BITS. */
export const TYPE_BITS = 16;
const MASK = (1 << TYPE_BITS) - 1;

const CLASS_OF: Partial<Record<EntityType, number>> = {
  PERSON: 0, ORG: 1, GPE: 2, LOC: 2, FAC: 2,
  NORP: 3, EVENT: 3, PRODUCT: 3, WORK_OF_ART: 3, LAW: 3, LANGUAGE: 3,
};

/** The class an OntoNotes name type scores as (CoNLL's mapping); -1 for values. */
export function classOfType(type: EntityType): number {
  return CLASS_OF[type] ?? -1;
}

// Feature templates (the seed of each hash).
const T = {
  bias: 1, type: 2, mentionType: 3, allOne: 4, word: 5, head: 6, headSuffix: 7, first: 8, words: 9, shape: 10,
  gaz: 11, prev: 12, next: 13, prev2: 14, prevPos: 15, nextPos: 16, titled: 17, count: 18, flag: 19, wordGaz: 20,
  headType: 21, prevType: 22, docCue: 23,
};

const f = (template: number, s: string): number => hashString(template, s) & MASK;

/**
 * A hash of the name's shape with runs collapsed ("McDonald" → XxXx, "U.S." → X.X., "G7" → Xd),
 * computed over character codes without building the shape string. Also says whether the name
 * has a lower-case letter and a digit.
 */
function shapeOf(s: string): { hash: number; lower: boolean; digit: boolean } {
  let h = 2166136261;
  let last = -1;
  let lower = false;
  let digit = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    let c: number;
    if (ch >= 65 && ch <= 90) c = 1;
    else if (ch >= 97 && ch <= 122) c = 2;
    else if (ch >= 48 && ch <= 57) c = 3;
    else if (ch === 32) c = 4;
    else if (ch < 128) c = ch;
    else {
      const one = s[i];
      c = one.toUpperCase() !== one.toLowerCase() ? (one === one.toUpperCase() ? 1 : 2) : ch;
    }
    if (c === 2) lower = true;
    else if (c === 3) digit = true;
    if (c !== last) h = Math.imul(h ^ c, 16777619);
    last = c;
  }
  return { hash: h >>> 0, lower, digit };
}

/** Features that do not depend on the entity's words, hashed once. */
const BIAS = f(T.bias, '');
const GAZ_COUNTRY = f(T.gaz, 'country');
const GAZ_DEMONYM = f(T.gaz, 'demonym');
const GAZ_CITY = f(T.gaz, 'city');
const GAZ_TOWN = f(T.gaz, 'town');
const GAZ_REGION = f(T.gaz, 'region');
const WORD_COUNTRY = f(T.wordGaz, 'country');
const WORD_DEMONYM = f(T.wordGaz, 'demonym');
const WORD_CITY = f(T.wordGaz, 'city');
const DIGIT = f(T.flag, 'digit');
const CAPS = f(T.flag, 'caps');
const TYPE_FEATURE = ENTITY_TYPES.map((t) => f(T.type, t));

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van']);

/**
 * What kind of text the document is, from counts any article has: how often it addresses the reader
 * ("you") or speaks in the first person ("I"), and which of person, organisation and place most of its
 * names are, by the tagger's types. Travel guides and how-tos, fiction and letters name things
 * differently from news.
 */
export function documentCues(doc: NewsDocument, clusters: readonly Cluster[]): string[] {
  const { normal, pos } = doc.parse.tokens;
  let you = 0;
  let i = 0;
  let numbers = 0;
  for (let t = 0; t < normal.length; t++) {
    const w = normal[t];
    if (pos[t] === 'NUM') numbers++;
    if (w === 'you' || w === 'your') you++;
    else if (w === 'i' || w === 'my' || w === 'me') i++;
  }
  const cues: string[] = [];
  const n = normal.length || 1;
  if (you / n > 0.005) cues.push('you');
  if (i / n > 0.01) cues.push('i');
  // Results and tables (sports, markets) name teams and companies by their cities.
  if (numbers / n > 0.15) cues.push('numeric');
  const counts = [0, 0, 0, 0];
  let total = 0;
  for (const c of clusters) {
    const k = classOfType(c.type);
    if (k < 0) continue;
    counts[k] += c.members.length;
    total += c.members.length;
  }
  for (let k = 0; k < 3; k++) if (total > 0 && counts[k] / total > 0.5) cues.push(`most${k}`);
  return cues;
}

/**
 * A person's name without its generational suffix ("Dale Earnhardt Jr." → "Dale Earnhardt"): the
 * classifier learnt from the tagger's names, which leave the suffix out, and "Jr." would read as an
 * organisation's "Inc.".
 */
function withoutGeneration(name: string): string {
  const cut = name.lastIndexOf(' ');
  if (cut < 0) return name;
  const last = name.slice(cut + 1).replace(/\.$/, '').toLowerCase();
  return GENERATION_SUFFIXES.has(last) ? name.slice(0, cut).replace(/,$/, '') : name;
}

/** Marks of the features already given for the current entity: a stamp per bucket, no Set. */
const seen = new Uint8Array(1 << TYPE_BITS);
let stamp = 0;
/** The feature list being filled; `add` appends a bucket not yet given for this entity. */
let features: number[] = [];
function add(b: number): void {
  if (seen[b] === stamp) return;
  seen[b] = stamp;
  features.push(b);
}

/** How many mentions of an entity (the first ones) give context features. */
const CONTEXT_MENTIONS = 4;
const TYPE_ID: ReadonlyMap<EntityType, number> = new Map(ENTITY_TYPES.map((t, i) => [t, i]));

/**
 * The hashed features of one entity (distinct bucket ids); `cues` from documentCues. Features of
 * the words around mentions combine a word's hash with integers, so a mention costs a few string
 * hashes and no string building.
 */
export function entityFeatures(doc: NewsDocument, cluster: Cluster, mentions: readonly Candidate[], cues: readonly string[] = []): number[] {
  if (++stamp === 256) {
    seen.fill(0);
    stamp = 1;
  }
  const out: number[] = [];
  features = out;
  const typeId = TYPE_ID.get(cluster.type)!;
  for (const cue of cues) {
    const h = hashString(0, cue);
    add(hashInts(T.docCue, h) & MASK);
    add(hashInts(T.docCue, h, typeId + 1) & MASK);
  }
  const { normal, pos } = doc.parse.tokens;
  const n = normal.length;
  add(BIAS);
  add(TYPE_FEATURE[typeId]);
  const name = cluster.type === 'PERSON' ? withoutGeneration(cluster.name) : cluster.name;
  const multi = name.includes(' ');
  // The words of one-word names are left out: they would memorise the training data's particular
  // names (a city that is mostly a sports club in Reuters results) instead of generalising.
  if (multi) {
    const words = name.split(' ');
    const lower = words.map((w) => w.toLowerCase());
    const ofAt = lower.indexOf('of');
    const head = lower[ofAt > 0 ? ofAt - 1 : lower.length - 1];
    add(f(T.head, head));
    add(hashInts(T.headType, hashString(0, head), typeId) & MASK);
    add(f(T.headSuffix, head.slice(-3)));
    add(f(T.first, lower[0]));
    for (const w of lower) if (!CONNECTORS.has(w)) add(f(T.word, w));
    add(hashInts(T.words, Math.min(words.length, 4)) & MASK);
    for (const w of words) {
      if (COUNTRY_BY_NAME.has(w)) add(WORD_COUNTRY);
      if (COUNTRY_BY_DEMONYM.has(w)) add(WORD_DEMONYM);
      if (CITIES.has(w)) add(WORD_CITY);
    }
  } else {
    add(f(T.headSuffix, name.slice(-3).toLowerCase()));
    add(hashInts(T.words, 1) & MASK);
  }
  const shape = shapeOf(name);
  add(hashInts(T.shape, shape.hash) & MASK);
  if (COUNTRY_BY_NAME.has(name)) add(GAZ_COUNTRY);
  if (COUNTRY_BY_DEMONYM.has(name)) add(GAZ_DEMONYM);
  if (CITIES.has(name)) add(GAZ_CITY);
  if (TOWNS.has(name)) add(GAZ_TOWN);
  if (REGIONS.has(name)) add(GAZ_REGION);
  if (shape.digit) add(DIGIT);
  if (name.length > 1 && !shape.lower) add(CAPS);
  const members = cluster.members;
  add(hashInts(T.count, Math.min(members.length, 5)) & MASK);
  let same = true;
  for (const i of members) {
    const m = mentions[i];
    if (m.type !== cluster.type) same = false;
    add(hashInts(T.mentionType, TYPE_ID.get(m.type)!) & MASK);
    if (m.titled) add(hashInts(T.titled, 0) & MASK);
  }
  // The words around the first few mentions: later ones add little and would make a long
  // document's most frequent names cost the most.
  for (let k = 0; k < members.length && k < CONTEXT_MENTIONS; k++) {
    const m = mentions[members[k]];
    const before = m.firstToken - 1;
    const after = m.lastToken + 1;
    if (before >= 0) {
      const h = hashString(0, normal[before]);
      add(hashInts(T.prev, h) & MASK);
      add(hashInts(T.prevType, h, typeId) & MASK);
      add(f(T.prevPos, pos[before]));
      if (before >= 1) add(hashInts(T.prev2, hashString(0, normal[before - 1]), h) & MASK);
    } else add(hashInts(T.prev, -1) & MASK);
    if (after < n) {
      add(hashInts(T.next, hashString(0, normal[after])) & MASK);
      add(f(T.nextPos, pos[after]));
    } else add(hashInts(T.next, -1) & MASK);
  }
  if (same) add(hashInts(T.allOne, typeId) & MASK);
  return out;
}

/** The decoded weights: CLASS_COUNT floats per bucket that has any. */
interface TypeModel {
  /** Bucket → row index into `data`, NO_ROW for none. Small tables, so lookups stay in cache. */
  rows: Uint16Array;
  /** int8 weights, CLASS_COUNT per row; times `scale` they are the model's. */
  data: Int8Array;
  scale: number;
  threshold: number;
  dropThreshold: number;
}

const NO_ROW = 0xffff;

export interface TypesFile {
  bits: number;
  classes: readonly string[];
  scale: number;
  threshold: number;
  dropThreshold: number;
  keys: string;
  values: string;
}

/** Decodes model/types.json: ascending bucket ids as delta varints, and int8 rows of CLASS_COUNT. */
export function decodeTypes(file: TypesFile): TypeModel {
  const keyBytes = base64Bytes(file.keys);
  const data = new Int8Array(base64Bytes(file.values).buffer);
  if (data.length / CLASS_COUNT >= NO_ROW) throw new Error('model/types.json has too many rows');
  const rows = new Uint16Array(1 << file.bits).fill(NO_ROW);
  forEachDeltaVarint(keyBytes, (key, row) => {
    rows[key] = row;
  });
  return { rows, data, scale: file.scale, threshold: file.threshold, dropThreshold: file.dropThreshold };
}

let decoded: TypeModel | undefined;
let override: TypeModel | null | undefined;

/** Scripts only: classify with other weights (null: leave types alone; undefined: the committed model). */
export function useTypeModel(file: TypesFile | null | undefined): void {
  override = file ? decodeTypes(file) : file;
}

function currentModel(): TypeModel | null {
  if (override !== undefined) return override;
  return (decoded ??= decodeTypes(model as TypesFile));
}

/** Class probabilities (softmax) for hashed features under a model. */
export function classProbabilities(features: readonly number[], m: Pick<TypeModel, 'rows' | 'data' | 'scale'>, out = new Float64Array(CLASS_COUNT)): Float64Array {
  out.fill(0);
  const { rows, data } = m;
  for (const b of features) {
    const r = rows[b];
    if (r === NO_ROW) continue;
    for (let c = 0; c < CLASS_COUNT; c++) out[c] += data[r * CLASS_COUNT + c];
  }
  for (let c = 0; c < CLASS_COUNT; c++) out[c] *= m.scale;
  return softmaxInPlace(out);
}

/** Turns class scores into probabilities in place (softmax, shifted by the largest for stability). */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c]);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c] - max);
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
  return scores;
}

const PLACE_TYPES: readonly EntityType[] = ['GPE', 'LOC', 'FAC'];
const MISC_TYPES: readonly EntityType[] = ['PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW', 'NORP', 'LANGUAGE'];

/** The OntoNotes type for a class: the mentions' own type of that class if any, else the usual one. */
function typeForClass(c: number, cluster: Cluster, mentions: readonly Candidate[]): EntityType {
  if (c === 0) return 'PERSON';
  if (c === 1) return 'ORG';
  const options = c === 2 ? PLACE_TYPES : MISC_TYPES;
  for (const i of cluster.members) if (options.includes(mentions[i].type)) return mentions[i].type;
  // As the tagger's types are refined: a landform is LOC, a building FAC, a law LAW. A seat of
  // government stays ORG: CoNLL, which the classifier learned from, calls the White House a place
  // wherever it stands for the presidency.
  return refineType(c, cluster.name.split(' '), '', '');
}

const probabilities = new Float64Array(CLASS_COUNT);

/**
 * Whether the classifier may give class `c` to an entity so named: members of a group
 * ("Republicans") and a thing its words name ("James Webb Space Telescope", "Hurricane Katrina")
 * are no person, and a firm ("Ernst & Young") is nothing but an organisation.
 */
export function mayRetype(c: number, name: string): boolean {
  // A firm's name holding " & " is an organisation's, never a place's or a work's ("Latham & Watkins LLP").
  if (name.includes(' & ')) return c === 1;
  if (c !== 0) return true;
  return !(isGroupPlural(name.slice(name.lastIndexOf(' ') + 1)) || name.includes(' & ') || namesThing(name.split(' ')));
}

/**
 * Whether the classifier may move an entity from class `from` to class `to`: not an organisation to
 * MISC (a product, event, law or group). Out of fold on GUM and CoNLL train that move was wrong more
 * often than right (an alliance's acronym and "Airbnb" in GUM; in the CoNLL fifths 33 entities lost 32 correct
 * mentions), and leaving organisations alone raised both (GUM 0.6786 → 0.6796, CoNLL 0.8916 → 0.8930).
 */
export function mayMove(from: number, to: number): boolean {
  return !(from === 1 && to === 3);
}

const PLACE_OR_GROUP: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC', 'NORP']);

/**
 * Whether a cluster is one word that the tagger took for a place or a group in every mention and
 * that never speaks ("Iowa" in "OSCEOLA, Iowa —" and "the Iowa caucuses", the adjective
 * "Democratic"): the classifier may not make a person of it. It leaves the words of one-word names
 * out of its features, so it cannot know them, where the tagger read each mention in its sentence.
 * A word that speaks ("Cuban said", "said Madison") may be a person's name, as the classifier judges,
 * unless it is a group's name or its plural (`isGroupName`: "Latinos said").
 */
export function isPlaceOrGroupWord(cluster: Cluster, mentions: readonly Candidate[], roles: Uint8Array): boolean {
  if (cluster.name.includes(' ')) return false;
  // A group's name or its plural speaks as a group ("Latinos said"), not as a person.
  const group = isGroupName(cluster.name.toLowerCase());
  return cluster.members.every((i) => PLACE_OR_GROUP.has(mentions[i].type) && (group || (roles[i] & SPEAKER) === 0));
}

/**
 * Whether a cluster is a person of two words or more, as the tagger read it, that speaks in some
 * mention ("Izzat Al-Rishq, a member of the bureau, said"): the classifier may not make a place of
 * it. It knows names by their words, and a name whose words it never saw in a person's ("Al-" in
 * Arabic place names) it took for a place, where the tagger had read the mention's sentence. Places
 * that speak are governments named by their country, which the tagger does not take for persons.
 */
export function isSpeakingPerson(cluster: Cluster, mentions: readonly Candidate[], roles: Uint8Array): boolean {
  return cluster.type === 'PERSON' && cluster.name.includes(' ') && cluster.members.some((i) => mentions[i].type === 'PERSON' && (roles[i] & SPEAKER) !== 0);
}

/**
 * Whether the classifier may move an entity named `name` from class `from` to class `to`, by all of
 * the guards above, and never a person whose name starts with a given name ("John McCain") to a
 * group, product or event, whatever the words around it; `placeOrGroupWord` is what
 * isPlaceOrGroupWord says of it, `speakingPerson` what isSpeakingPerson does. retypeClusters and
 * scripts/train-types.ts decide by it alike.
 */
export function mayChangeClass(from: number, to: number, name: string, placeOrGroupWord: boolean, speakingPerson = false): boolean {
  return mayRetype(to, name) && mayMove(from, to) && (to !== 0 || !placeOrGroupWord) && (to !== 2 || !speakingPerson) && (from !== 0 || to !== 3 || !startsWithGivenName(name));
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the classifier may drop a cluster it takes for no name: not names joined by " & "
 * ("Procter & Gamble"), nor one word of the clusters of groups' names ("Latino"), nor a person
 * named by two capitalised words or more ("Bukayo Saka", "Severin Konan Kouame", "Suleiman
 * al-Amr"). The classifier knows names by their words, so it dropped people whose names it never
 * saw, in news mostly names from outside the English-speaking world. Out of fold on
 * GUM and CoNLL train, keeping them costs nothing (GUM 0.6800 → 0.6803, CoNLL 0.8906 unchanged):
 * the few it rightly dropped weigh as much as the people it lost.
 */
export function mayDrop(isPerson: boolean, name: string, isOrganisation = false): boolean {
  // Names joined by " & " are a firm's ("Procter & Gamble"), however unfamiliar; "Q&A" and "R&D" are not names.
  if (name.includes(' & ')) return false;
  if (isOrganisation && isLinkedName(name)) return false;
  // A country's name is a name wherever it stands ("nor France’s Hollande"); not so a city's, which
  // words and surnames share ("Surprise", "Latina"), nor a country's code ("SA", "C.L.").
  if (HAS_LOWER_CASE.test(name) && COUNTRY_BY_NAME.has(name)) return false;
  // A group's name ("Latino", "Sunni"): the clusters of groups' names know it, where the classifier,
  // which leaves one-word names' words out, took "the Latino vote" for no name.
  if (!name.includes(' ') && isGroupWord(name.toLowerCase())) return false;
  if (!isPerson) return true;
  let capitalised = 0;
  // A nickname in quotation marks counts: 'C.L. "Butch" Otter'.
  for (const word of name.split(' ')) if (CAPITALISED_WORD.test(word.replace(OPENING_QUOTES, '')) || PARTICLE_NAME.test(word)) capitalised++;
  return capitalised < 2;
}

/** Lower-case words after which a body's name goes on: "Council on Foreign Relations", "Americans for Prosperity". */
const NAME_LINKS = new Set(['of', 'on', 'for', 'to']);
/** Capitalised words that do the same in a name set in title case: "Doctors Without Borders", "Jews Against Trump". */
const TITLE_CASE_LINKS = new Set(['Against', 'Without']);

/**
 * A name of capitalised words that goes on past a link ("Council on Foreign Relations", "Americans
 * for Prosperity", "Committee to Protect Journalists", "Doctors Without Borders"): capitalised on
 * both sides, past an article after the link ("Committee for a Responsible Federal Budget"). Like
 * names joined by " & ", such a name is a body's however unfamiliar its words, and the classifier,
 * which had seen few of them, dropped them as no names.
 */
function isLinkedName(name: string): boolean {
  const words = name.split(' ');
  if (!CAPITALISED_WORD.test(words[0])) return false;
  const lower = words.map((w) => w.toLowerCase());
  // Two names a possessive joins are not one body's ("Hebrew University of Jerusalem's Einstein Institute").
  if (lower.some((w, i) => i + 1 < lower.length && POSSESSIVE_END.test(w))) return false;
  // An office is named so too, and is no body: "Secretary of State", "Dean for Undergraduate
  // Education", "Undersecretary for Political Affairs", "State for Political Affairs" (of "Secretary
  // of State for ..."); nor is a party's member from a place ("a Republican of Minnesota").
  if (lower.some(isOfficeWord) || OFFICE_ENDS.has(lower[lower.length - 1]) || TITLE_MODIFIERS.has(lower[0]) || PARTY_MEMBERS.has(lower[0])) return false;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!NAME_LINKS.has(words[i]) && !TITLE_CASE_LINKS.has(words[i])) continue;
    const next = ARTICLES.has(words[i + 1]) && i + 2 < words.length ? words[i + 2] : words[i + 1];
    if (CAPITALISED_WORD.test(next)) return true;
  }
  return false;
}

/** Offices the titles before a person's name leave out: academic ones, and the secretary's deputy. */
const ACADEMIC_OFFICES = new Set(['dean', 'provost', 'rector', 'registrar', 'undersecretary']);
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'independent', 'libertarian']);
const POSSESSIVE_END = /['’]s$/;
const HAS_LOWER_CASE = /\p{Ll}/u;
/** Words that end an office's name after its body's: "Department of Defense Chief", "National Executive". */
const OFFICE_ENDS = new Set(['chief', 'executive', 'head', 'general', 'deputy']);
const isOfficeWord = (lower: string) => CORE_TITLES.has(lower) || ACADEMIC_OFFICES.has(lower);

const OPENING_QUOTES = /^["“”']+/u;
/** A surname after a lower-case particle and a hyphen counts as capitalised: "al-Amr", "el-Sisi". */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}\p{Ll}/u;

/**
 * Retypes the name clusters the classifier is confident about: a class other than the cluster's
 * own with probability at least the model's threshold replaces the type; NONE at least the drop
 * threshold drops the cluster. Values are left alone.
 */
export function retypeClusters(doc: NewsDocument, clusters: readonly Cluster[], mentions: readonly Candidate[], roles: Uint8Array): Cluster[] {
  const m = currentModel();
  if (!m) return clusters as Cluster[];
  const out: Cluster[] = [];
  const cues = documentCues(doc, clusters);
  for (const c of clusters) {
    if (!NAME_TYPES.has(c.type)) {
      out.push(c);
      continue;
    }
    const p = classProbabilities(entityFeatures(doc, c, mentions, cues), m, probabilities);
    let best = 0;
    for (let k = 1; k < CLASS_COUNT; k++) if (p[k] > p[best]) best = k;
    if (best === 4) {
      if (p[best] >= m.dropThreshold && mayDrop(c.type === 'PERSON', c.name, c.type === 'ORG')) continue;
    } else if (best !== classOfType(c.type) && p[best] >= m.threshold && mayChangeClass(classOfType(c.type), best, c.name, best === 0 && isPlaceOrGroupWord(c, mentions, roles), best === 2 && isSpeakingPerson(c, mentions, roles))) {
      out.push({ ...c, type: typeForClass(best, c, mentions) });
      continue;
    }
    out.push(c);
  }
  return out;
}
