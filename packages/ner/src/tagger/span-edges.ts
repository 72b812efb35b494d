// Where a name's span ends when the tagger's labels say too little: hyphenated syllables of a
// person's name, a hyphenated modifier after a name, a treaty word after a law's name.
import { isUpperAt } from '../entities/characters.js';
import { wordCluster } from './clusters.js';
import { NAME_HEADS } from './name-heads.js';
import { LAW_HEADS } from './refine-type.js';
import { isJoinedHyphen, type TaggingTokens } from './token-view.js';

/** Words more frequent than this in the vector vocabulary are English words, not syllables of a name. */
const COMMON_RANK = 5000;

/** True for a lower-cased word among the `limit` (COMMON_RANK) most frequent of the vector vocabulary. */
export function isCommonWord(lower: string, limit = COMMON_RANK): boolean {
  return (wordCluster(lower)?.rank ?? limit) < limit;
}

/** Words that make a compound modifier of a name other than participles in -ed and -ing ("U.S.-led", "EU-wide", "Soviet-style"). */
const MODIFIER_WORDS = new Set([
  'led', 'run', 'made', 'born', 'built', 'bound', 'grown', 'held', 'known', 'wide', 'like', 'era', 'style', 'type', 'free',
  'friendly', 'specific', 'proof', 'class', 'sized', 'size',
]);

/**
 * True when a lower-case word after a name and a hyphen makes a modifier of the name ("London-
 * based", "Smith-led", "Lee-era"): a common English word that is a participle or one of
 * MODIFIER_WORDS. Other words there are syllables of the name, common as they may be in English
 * ("Ban Ki-moon", "Moon Jae-in").
 */
function isModifierWord(word: string): boolean {
  return isCommonWord(word) && (/(?:ed|ing)$/.test(word) || MODIFIER_WORDS.has(word));
}

/**
 * The last token of a person's name that goes on in lower-case syllables after a hyphen within
 * the same word ("Yau Wai-ching", "Ban Ki-moon"), which the tagger tends to stop short of. A
 * modifier after the hyphen is no part of the name ("Smith-led", "Lee-era").
 */
export function withSyllables(tokens: TaggingTokens, last: number): number {
  const { word, start, end } = tokens;
  while (
    hyphenJoined(tokens, last) &&
    (last + 3 >= tokens.length || start[last + 3] > end[last + 2] || word[last + 3] !== '-') &&
    !isModifierWord(word[last + 2])
  ) {
    last += 2;
  }
  return last;
}

/**
 * The last token of a name that opens a hyphenated modifier, "London-based", "U.S.-led",
 * "Iran-backed", "Russian-speaking": the modifier word after the hyphen is no part of the
 * name (OntoNotes splits such words and types the name; CoNLL types the whole word MISC, which is
 * what the tagger learned). Not for persons, whose names go on in syllables ("Moon Jae-in").
 */
export function beforeModifier(tokens: TaggingTokens, first: number, last: number): number {
  while (last - 2 >= first && hyphenJoined(tokens, last - 2) && isModifierWord(tokens.word[last])) last -= 2;
  return last;
}

/**
 * True when token `before`, a hyphen and a lower-case word after it are written as one word:
 * "Ki-moon", "London-based".
 */
function hyphenJoined(tokens: TaggingTokens, before: number): boolean {
  return isJoinedHyphen(tokens, before + 1) && /^\p{Ll}+$/u.test(tokens.word[before + 2]);
}

/**
 * The word right after a name, written apart from it, that may be the name's last word the tagger
 * left out; none when a capitalised word follows it, which may start a name of its own (as on a
 * title-case line).
 */
function wordLeftAfter(tokens: TaggingTokens, last: number): string | undefined {
  const next = last + 1;
  if (next >= tokens.length || tokens.start[next] === tokens.end[last]) return undefined;
  if (next + 1 < tokens.length && isUpperAt(tokens.word[next + 1], 0)) return undefined;
  return tokens.word[next];
}


/**
 * True when the token after a name is a capitalised treaty word that the tagger left out of it,
 * "the Affordable Care [Act]", "the Dodd-Frank [Act]": the name is the law's, and the word its last.
 */
export function lawHeadAfter(tokens: TaggingTokens, last: number): boolean {
  const word = wordLeftAfter(tokens, last);
  return word !== undefined && isUpperAt(word, 0) && LAW_HEADS.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/**
 * True when the token after a name is a capitalised word that heads organisation names in the
 * training data and that the tagger left out of it, "the Mizner Trail Golf [Club]", "the World
 * Anti-Doping [Agency]": the name is the organisation's, and the word its last.
 */
export function organisationHeadAfter(tokens: TaggingTokens, last: number): boolean {
  const word = wordLeftAfter(tokens, last);
  if (word === undefined || !isUpperAt(word, 0)) return false;
  return NAME_HEADS.get(word.toLowerCase().replace(/\.$/, '')) === 'organization' && /^\p{Lu}\p{Ll}+\.?$/u.test(word);
}

/** Words of a party office that follow the chamber's name: "Senate Majority Leader", "House Minority Whip". */
const PARTY_SIDES = new Set(['majority', 'minority']);
const PARTY_OFFICES = new Set(['leader', 'whip']);

/**
 * The last token of a chamber's name before a party office, "Senate [Majority Leader]" → "Senate":
 * the tagger takes "Senate Majority" for an organisation, but the side belongs to the title.
 */
export function beforePartyOffice(tokens: TaggingTokens, first: number, last: number): number {
  const next = last + 1;
  if (last <= first || next >= tokens.length || !PARTY_SIDES.has(tokens.word[last].toLowerCase())) return last;
  return PARTY_OFFICES.has(tokens.word[next].toLowerCase()) ? last - 1 : last;
}

/** Members of a body named by their initials: "Labour MPs", "Green MEPs", "a Conservative MP". */
const MEMBER_ACRONYMS = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'MLA', 'MLAs', 'TD', 'TDs']);

/**
 * The last token of a party's name before the members it is said of: "Labour MPs" names Labour, and
 * the MPs are its members, no part of the name.
 */
export function beforeMembers(tokens: TaggingTokens, first: number, last: number): number {
  return last > first && MEMBER_ACRONYMS.has(tokens.word[last]) ? last - 1 : last;
}
