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
/** How far after the comma an appositive's head noun may come: "the world's largest drugmaker". */
const APPOSITIVE_REACH = 6;
const TYPES_TO_CORRECT: ReadonlySet<string> = new Set(['PERSON', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'NORP']);

/**
 * Names an appositive calls an organisation are one, whatever the tagger and the classifier said:
 * "Novo Nordisk, based in Bagsvaerd, Denmark", "Eli Lilly, the Indianapolis drugmaker", "Acme, a
 * Boston firm". The appositive follows a mention and a comma, and its head noun (before the next
 * comma, verb or end of sentence) is a kind of organisation, or it opens with "based in".
 */
export function organisationsByApposition(doc: NewsDocument, clusters: Cluster[], mentions: readonly Candidate[]): Cluster[] {
  return clusters.map((c) => (TYPES_TO_CORRECT.has(c.type) && c.members.some((i) => appositiveOrganisation(doc, mentions[i])) ? { ...c, type: 'ORG' } : c));
}

function appositiveOrganisation(doc: NewsDocument, m: Candidate): boolean {
  const { tokens } = doc.parse;
  let t = m.lastToken + 1;
  if (t >= tokens.length || tokens.value[t] !== ',') return false;
  t++;
  if (t + 1 < tokens.length && tokens.lemma[t] === 'base' && (tokens.normal[t + 1] === 'in' || tokens.normal[t + 1] === 'at')) return true;
  if (t >= tokens.length || tokens.pos[t] !== 'DET') return false;
  let head = -1;
  for (let k = t + 1; k < tokens.length && k - t <= APPOSITIVE_REACH; k++) {
    const pos = tokens.pos[k];
    if (pos === 'NOUN') head = k;
    else if (pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'NUM' && pos !== 'PART' && tokens.value[k] !== '-') break;
  }
  return head >= 0 && ORGANISATION_NOUNS.has(tokens.lemma[head]);
}
