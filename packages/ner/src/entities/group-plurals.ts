import { firstNameGender, type NewsDocument } from '@newslens/core';
import type { Candidate } from './candidate.js';
import { isLetterAt } from './characters.js';
import type { Cluster } from './cluster.js';
import { wordCluster } from '../tagger/clusters.js';
import { inGroupCluster } from '../tagger/group-words.js';

/**
 * A "person" that is a capitalised plural the article also writes in the singular, or whose word
 * sits in a word cluster of groups' names (`inGroupCluster`), is a group of people, OntoNotes's NORP:
 * "Latinos" beside "Latino voters", "Millennials" beside "Millennial turnout", "African-Americans"
 * beside "the African-American vote", "Muslims" alone. Only where every mention is that one word
 * and the singular is no one's name in the article, so that "the Clintons" beside "Hillary Clinton"
 * and "the Khans" beside "Khizr Khan" stay people, nor a given name ("Roberts" beside "Robert"),
 * and where some mention goes without "the", as a family's name rarely does; an acronym's plural
 * ("PACs") is left as it is.
 */
export function groupsByPlural(doc: NewsDocument, clusters: Cluster[], mentions: readonly Candidate[]): Cluster[] {
  let nameWords: Set<string> | undefined;
  return clusters.map((c) => {
    if (c.type !== 'PERSON') return c;
    const stem = pluralStem(mentions[c.members[0]].text);
    if (stem === undefined || c.members.some((i) => mentions[i].text !== mentions[c.members[0]].text)) return c;
    nameWords ??= personNameWords(mentions);
    const word = mentions[c.members[0]].text;
    if (nameWords.has(stem) || nameWords.has(word) || firstNameGender(stem) !== undefined) return c;
    if (!writesAlone(doc.text, stem) && !groupPlural(word, stem)) return c;
    // A family goes with "the" ("the Clintons"), a group mostly without it ("Latinos voted").
    if (c.members.every((i) => followsThe(doc.text, mentions[i].start))) return c;
    return { ...c, type: 'NORP' };
  });
}

/** True when the word "the" (or "The") and a space come right before offset `start` ("the Clintons", not "bathe Clintons"). */
function followsThe(text: string, start: number): boolean {
  return start >= 4 && /^[Tt]he\s$/.test(text.slice(start - 4, start)) && (start === 4 || !isLetterAt(text, start - 5));
}

/** A plural in a cluster of groups' names whose singular is a word too ("Muslims", not "Forbes"). */
function groupPlural(word: string, stem: string): boolean {
  return inGroupCluster(word.toLowerCase()) && wordCluster(stem.toLowerCase()) !== undefined;
}

/** "Latinos" → "Latino": the singular of a capitalised plural of one word, not an acronym's ("PACs"). */
function pluralStem(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss') || /\s/.test(word)) return undefined;
  const stem = word.slice(0, -1);
  const c = stem.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || !/\p{Ll}/u.test(stem)) return undefined;
  return stem;
}

/** The words of the article's multi-word names of people: "Hillary Clinton" gives "Hillary" and "Clinton". */
function personNameWords(mentions: readonly Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const parts = m.text.split(/\s+/);
    if (parts.length > 1) for (const p of parts) words.add(p);
  }
  return words;
}

/** True when the text writes `word` as a word of its own, not inside a longer one ("Latino" in "Latino voters", not in "Latinos"). */
function writesAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !isLetterAt(text, at - 1)) && (end === text.length || !isLetterAt(text, end))) return true;
  }
  return false;
}
