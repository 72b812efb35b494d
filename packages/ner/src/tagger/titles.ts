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
  'sheriff', 'commissioner', 'superintendent', 'inspector', 'detective',
  // plural abbreviations, before two or more names ("Sens. Ted Cruz and Marco Rubio")
  'sens.', 'sens', 'reps.', 'reps', 'govs.', 'govs', 'drs.', 'drs', 'messrs.', 'messrs', 'mmes.', 'gens.', 'profs.',
]);

/**
 * Whether token `at` is an abbreviated title written with its period, in the token ("Sen.") or as
 * the next one, against it ("Sens" "."): alone it names nobody, whatever type the tagger gave it.
 */
export function isAbbreviatedTitle(word: readonly string[], start: Int32Array, end: Int32Array, at: number): boolean {
  const lower = word[at].toLowerCase();
  if (lower.endsWith('.')) return TITLES.has(lower);
  return TITLES.has(`${lower}.`) && at + 1 < word.length && word[at + 1] === '.' && start[at + 1] === end[at];
}

/**
 * Government portfolios, lower-cased, that close an office's title after "of" ("Secretary of
 * State", "Minister of Defence"): there they name the office's field, not a place or a body.
 */
const PORTFOLIOS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'treasury', 'justice', 'labor', 'labour', 'commerce', 'energy', 'interior', 'education',
  'agriculture', 'transportation', 'transport', 'health', 'finance', 'housing', 'trade', 'war',
]);

/**
 * Whether token `at` is a portfolio closing an office's title: "State" in "Secretary of State",
 * "Defence" in "the Minister of Defence" (the title word before "of", a portfolio after it).
 */
export function isPortfolioOfTitle(word: readonly string[], at: number): boolean {
  return at >= 2 && word[at - 1] === 'of' && TITLES.has(word[at - 2].toLowerCase()) && PORTFOLIOS.has(word[at].toLowerCase());
}
