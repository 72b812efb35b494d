const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** True when the character at `index` (within the text) is a letter (any script). */
export function isLetterAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[index]);
}

/** True when the character at `index` is a letter or a digit (any script). */
export function isWordChar(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Surrogate pairs: test the whole code point.
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index) ?? c));
}

/** True when the character at `index` is an upper-case letter. */
export function isUpperAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[index]);
}

/** True for the apostrophes news text uses: ' ’ ‘ ʼ and `. */
export function isApostrophe(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96;
}

/** True for a hyphen or a dash joining two words: - ‐ ‑ ‒ – —. */
export function isHyphen(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 45 || (c >= 0x2010 && c <= 0x2014);
}
