import { firstNameGender } from '@newslens/core';

const PERIODS = /\./g;
const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;
const DASHES = /[\u2010-\u2015]/g;
const SPACES = /\s+/g;
const NEEDS_REPLACING = /[.\u2018\u2019\u02bc`\u2010-\u2015]|\s\s|[^\S ]|^ | $/;

/**
 * The form two mentions must share to name the same thing: lower case, no periods, one kind of
 * apostrophe and hyphen, single spaces. `nameKey("U.S.")` is `"us"`, `nameKey("Foreign  Office")` is `"foreign office"`.
 */
export function nameKey(name: string): string {
  // Most names need nothing but lower case: test once before running four replacements.
  if (!NEEDS_REPLACING.test(name)) return name.toLowerCase();
  return name.toLowerCase().replace(PERIODS, '').replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/** How many words a key has, without splitting it. */
export function wordCount(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** The words of a key: `keyWords("maria smith")` is `["maria", "smith"]`. */
export function keyWords(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** A mention's text on one line, for display as an entity's name. */
export function displayName(text: string): string {
  return text.replace(SPACES, ' ');
}

/** Whether a name of two words or more starts with a given name: "John McCain", not "McCain". */
export function startsWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && firstNameGender(name.slice(0, space)) !== undefined;
}
