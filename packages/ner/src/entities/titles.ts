/**
 * Words that make up a title before a person's name ("President", "Prime Minister", "Mr.").
 * General English vocabulary, lower case, without the abbreviation's period. A title is a run
 * of these words that holds at least one core title ("Deputy Prime Minister", "Secretary of State").
 */
export const CORE_TITLES: ReadonlySet<string> = new Set([
  // forms of address and abbreviations
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame',
  'monsieur', 'herr', 'frau', 'señor', 'señora',
  'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'maj',
  'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'amb',
  // offices
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'senator',
  'congressman', 'congresswoman', 'congressmember', 'representative', 'assemblyman', 'assemblywoman',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'governor', 'mayor', 'judge', 'justice',
  'magistrate', 'prosecutor', 'ambassador', 'envoy', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'director',
  'sheriff', 'inspector', 'superintendent', 'detective', 'officer', 'constable', 'coach', 'manager',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'shah',
  'duke', 'duchess', 'baron', 'baroness', 'count', 'countess',
  'pope', 'cardinal', 'archbishop', 'bishop', 'pastor', 'rabbi', 'imam', 'ayatollah', 'reverend',
  'father', 'sister', 'brother',
  'general', 'colonel', 'lieutenant', 'captain', 'sergeant', 'corporal', 'private', 'admiral',
  'commander', 'marshal', 'brigadier',
  'professor', 'doctor',
  'speaker', 'leader',
]);

/**
 * Abbreviated titles that count only with their period ("Gen. Lee", "Sen. Ray"): without it
 * they are as likely part of a name ("Hun Sen"). "Mr", "Mrs", "Ms" and "Dr" count either way.
 */
export const PERIOD_TITLES: ReadonlySet<string> = new Set([
  'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'maj',
  'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'prof',
]);

/**
 * Titles of an office, which are seldom also names: only these split a person span in the middle
 * ("Acme CEO Jane Roe"); "King", "Judge" or "Bishop" there may be a surname ("Billie Jean King").
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'senator',
  'congressman', 'congresswoman', 'congressmember', 'representative', 'governor', 'mayor',
  'ambassador', 'envoy', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
  'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'prosecutor', 'councillor', 'councilor',
]);

/** True when a word, lower case and without its period, is a core title as written. */
export function isCoreTitle(bare: string, hasPeriod: boolean): boolean {
  return CORE_TITLES.has(bare) && (hasPeriod || !PERIOD_TITLES.has(bare));
}

/** Words that only ever sit inside a title: "Prime", "Deputy", "Foreign", "former". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'late',
  'then', 'outgoing', 'incoming', 'chief', 'executive', 'senior', 'junior', 'first', 'state',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health', 'energy', 'trade',
  'treasury', 'justice', 'education', 'environment', 'transport', 'agriculture', 'labour', 'labor',
  'economy', 'culture', 'attorney', 'solicitor', 'surgeon', 'supreme', 'grand', 'crown', 'lord',
  'major', 'minority', 'majority', 'party', 'opposition', 'army', 'navy',
  'air', 'force', 'police', 'fire', 'head', 'managing', 'general', 'national', 'security',
  'press', 'of', 'the', 'for',
]);

/** Abbreviations written after a name whose period belongs to the name: "Jr.", "Inc.". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'st', 'mt', 'ft', 'dept', 'univ',
]);

/** Generational suffixes written as abbreviations ("Jr.", ", Sr") and as Roman numerals ("III"). */
export const GENERATION_ABBREVIATIONS: readonly string[] = ['jr', 'sr'];
export const GENERATION_NUMERALS: readonly string[] = ['ii', 'iii', 'iv'];
/** Generational suffixes skipped when finding a person's surname: "Martin Luther King Jr." → "King". */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set([...GENERATION_ABBREVIATIONS, ...GENERATION_NUMERALS]);
