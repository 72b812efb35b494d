/** Character classes the segmenter reads, by UTF-16 code unit. */

/** Marks that can end a sentence: . ! ? … and their full-width and doubled forms. */
export function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049 || c === 0xff01 || c === 0xff1f || c === 0x3002;
}

/** Closing quotes and brackets that belong to the sentence they follow: `He said “go.”` ends after ”. */
export function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** Opening quotes and brackets that may start a sentence. */
export function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 0x28 || c === 0x5b || c === 0x7b || c === 0xbf || c === 0xa1;
}

/** Bullets that start a list item even in the middle of a line. */
export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25e6 || c === 0x25aa || c === 0x2023 || c === 0x2043 || c === 0x25cf || c === 0x25a0 || c === 0x25b8 || c === 0x25ba;
}

/** Hyphen and dashes: after one, a sentence goes on (`‘Huh?’ – used as ...`). */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Lower-case letter in any script (a letter that changes when upper-cased). */
export function isLowerAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCodePoint(text.codePointAt(index) ?? c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Upper-case letter in any script. */
export function isUpperAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCodePoint(text.codePointAt(index) ?? c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
