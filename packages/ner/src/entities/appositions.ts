import type { NewsDocument } from '@newslens/core';
import type { Candidate } from './candidate.js';
import type { Cluster } from './cluster.js';

/** Nouns that say an appositive names an organisation: "Novo Nordisk, the Danish drugmaker, said". */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'maker', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'manufacturer', 'producer', 'bank',
  'lender', 'insurer', 'retailer', 'group', 'conglomerate', 'giant', 'startup', 'start-up', 'airline', 'carrier',
  'operator', 'broadcaster', 'publisher', 'newspaper', 'agency', 'organisation', 'organization', 'charity',
  'nonprofit', 'non-profit', 'union', 'party', 'brand', 'chain', 'subsidiary', 'unit', 'supplier', 'developer',
  'exchange', 'fund', 'university', 'club', 'team', 'network', 'utility', 'corporation', 'consultancy',
]);
/** Nouns for what a person is at a place of work: "a senior editor at Billboard". */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'editor', 'analyst', 'economist', 'strategist', 'professor', 'researcher', 'scientist', 'engineer', 'director',
  'manager', 'executive', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'partner', 'fellow',
  'lecturer', 'reporter', 'correspondent', 'columnist', 'consultant', 'adviser', 'advisor', 'employee', 'chairman',
  'president', 'founder', 'trader', 'investor', 'banker', 'chemist', 'physician', 'surgeon', 'nurse', 'dean',
]);
/** A company's legal form written after its name and a comma: "Acme Robotics, Inc.". */
const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'Co.', 'AG', 'SE', 'NV', 'N.V.', 'GmbH', 'S.A.', 'LLP']);
/** How far after the comma an appositive's head noun may come: "the world's largest drugmaker". */
const APPOSITIVE_REACH = 6;
const TYPES_TO_CORRECT: ReadonlySet<string> = new Set(['PERSON', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'NORP']);

/**
 * Names an appositive calls an organisation are one, whatever the tagger and the classifier said:
 * "Novo Nordisk, based in Bagsvaerd, Denmark", "Eli Lilly, the Indianapolis drugmaker", "Acme, a
 * Boston firm", "Ticketmaster, owned by Live Nation", "Acme Robotics, Inc.". The appositive follows
 * a mention and a comma: it opens with "based in" or "owned by", it is a company's legal form, or
 * its head noun (closed by a comma or the sentence's end) is a kind of organisation. A name after a
 * role noun and "at" is an organisation too: where the person works ("a senior editor at Billboard").
 */
export function organisationsByApposition(doc: NewsDocument, clusters: Cluster[], mentions: readonly Candidate[]): Cluster[] {
  return clusters.map((c) =>
    TYPES_TO_CORRECT.has(c.type) && c.members.some((i) => appositiveOrganisation(doc, mentions[i]) || workplace(doc, mentions[i])) ? { ...c, type: 'ORG' } : c,
  );
}

/** "a senior editor at Billboard", "an analyst at Moody's": the name after a role noun and "at" is where the person works. */
function workplace(doc: NewsDocument, m: Candidate): boolean {
  const { tokens } = doc.parse;
  let at = m.firstToken - 1;
  if (at >= 0 && tokens.pos[at] === 'DET') at--;
  return at >= 1 && tokens.normal[at] === 'at' && ROLE_NOUNS.has(tokens.lemma[at - 1]);
}

function appositiveOrganisation(doc: NewsDocument, m: Candidate): boolean {
  const { tokens } = doc.parse;
  let t = m.lastToken + 1;
  if (t >= tokens.length || tokens.value[t] !== ',') return false;
  t++;
  if (t + 1 < tokens.length && tokens.lemma[t] === 'base' && (tokens.normal[t + 1] === 'in' || tokens.normal[t + 1] === 'at')) return true;
  // "Acme Robotics, Inc.": a company's legal form after a comma.
  if (CORPORATE_SUFFIXES.has(tokens.value[t])) return true;
  // "Ticketmaster, owned by Live Nation": a business someone owns.
  if (t + 1 < tokens.length && tokens.normal[t] === 'owned' && tokens.normal[t + 1] === 'by') return true;
  if (t >= tokens.length || tokens.pos[t] !== 'DET') return false;
  let head = -1;
  let k = t + 1;
  for (; k < tokens.length && k - t <= APPOSITIVE_REACH; k++) {
    const pos = tokens.pos[k];
    if (pos === 'NOUN') head = k;
    else if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NUM' && pos !== 'PART' && tokens.value[k] !== '-') break;
  }
  // An appositive closes with a comma or the sentence; "…in Beirut, the militant group said" is
  // the subject of "said", not a description of Beirut.
  const closed = k >= tokens.length || tokens.value[k] === ',' || tokens.value[k] === '.' || tokens.value[k] === ')';
  return head >= 0 && closed && ORGANISATION_NOUNS.has(tokens.lemma[head]);
}
