/**
 * Words that stand before a person's name as a title or form of address ("President", "Dr.",
 * "Emperor"), lower-cased. A person's span starts after them.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'ambassador', 'judge', 'justice', 'king', 'queen', 'prince',
  'princess', 'emperor', 'empress', 'sultan', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah',
  'reverend', 'rev.', 'rev', 'father', 'sister', 'brother', 'general', 'gen.', 'gen', 'colonel', 'col.', 'major', 'maj.',
  'captain', 'capt.', 'lieutenant', 'lt.', 'lt', 'sergeant', 'sgt.', 'admiral', 'adm.', 'commander', 'cmdr.', 'marshal',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'coach', 'saint', 'st.', 'dear',
]);
