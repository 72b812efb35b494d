/**
 * Abbreviations that end in a full stop, lower-cased and without that final stop. What each set
 * means for a following word is decided in boundary.ts.
 */

/** Titles and other abbreviations that always come before a name: `Mr. Smith`, `Mt. Fuji`. Never a sentence end before a capital. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'drs', 'prof', 'profs', 'gen', 'gens', 'lt', 'col', 'maj',
  'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'pfc', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'rev', 'revd',
  'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'msgr', 'atty', 'amb', 'sec', 'st', 'ste', 'mt', 'ald',
]);

/** Abbreviations that come before a number: `No. 5`, `p. 55`, `Jan. 5`, `N°. 1026`. Not a sentence end before a digit.
 * A single lower-case letter (`p. 55`, `b. 1950`) counts as one too. */
export const BEFORE_NUMBERS: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'n°', '№', 'pp', 'vol', 'vols', 'fig', 'figs', 'sec', 'secs', 'ch', 'chap', 'para', 'paras', 'pt', 'pts',
  'approx', 'ca', 'circa', 'op', 'div', 'eq', 'eqs', 'hwy', 'rte', 'apt', 'ste', 'bldg',
]);

/** Month abbreviations: not an end before a day number (`Jan. 5`); before a capital, as ambiguous as `U.S.`. */
export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that never end a sentence, because something always follows: `e.g.`, `vs.`. */
export const NEVER_FINAL: ReadonlySet<string> = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'resp', 'incl', 'esp', 'approx']);

/**
 * Abbreviations that often end a sentence but also sit inside one: `Pitt, Briggs & Co. at noon`
 * and `... & Co. It closed.` Treated like dotted acronyms (`U.S.`, `a.m.`).
 */
export const AMBIGUOUS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'esq', 'etc', 'al', 'dept', 'depts', 'univ', 'assn', 'ave',
  'blvd', 'rd', 'ln', 'sq', 'mfg', 'intl', 'natl', 'govt', 'yr', 'yrs', 'hrs', 'mins', 'mos', 'wk', 'wks', 'misc', 'lb', 'lbs', 'oz',
  'ft', 'km', 'kg', 'cm', 'mm',
]);

/**
 * Clock times. Inside a sentence a capital after them is a day, a month, a zone or a place
 * (`9 a.m. Monday`, `4 p.m. ET`); a capital followed by a verb starts a new sentence
 * (`... at 2 a.m. Police said ...`).
 */
export const CLOCK_TIMES: ReadonlySet<string> = new Set(['a.m', 'p.m']);
