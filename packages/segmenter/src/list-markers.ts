import { isAsciiLetter, isBullet, isDigit } from './punctuation.js';
import { isSpaceAt } from '@newslens/core';

/** A list item's marker: `1.`, `2)`, `3.)`, `a.`, `2.1.`. */
export interface ListMarker {
  /** The item's number, or a letter's char code; NaN for section numbers like `2.1.` that start no sequence. */
  value: number;
  /** True for letters (`a.`, `b)`), false for numbers. */
  letter: boolean;
  /** What follows the number or letter: `.`, `)` or `.)`. */
  style: string;
  /** Offset just past the marker. */
  end: number;
}

/** How many bullets in a row an item may start with (`• • item` is rare; a page of bullets must not be read again and again). */
const MAX_BULLETS = 3;

/** Offset of the first character after the bullets (at most three) and the white space after them. */
export function skipBullets(text: string, at: number, limit: number): number {
  let i = at;
  for (let b = 0; b < MAX_BULLETS && i < limit && isBullet(text.charCodeAt(i)); b++) {
    i++;
    while (i < limit && isSpaceAt(text, i) && text.charCodeAt(i) !== 10) i++;
  }
  return i;
}

/**
 * Reads a list marker at `at`: up to three digits (or dotted section numbers) or one ASCII letter,
 * then `.`, `)` or `.)`, then white space. Returns undefined when there is none.
 *
 * readListMarker('2.) Next', 0) → { value: 2, letter: false, style: '.)', end: 3 }
 */
export function readListMarker(text: string, at: number): ListMarker | undefined {
  let i = at;
  let value: number;
  let letter = false;
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    while (i < text.length && i - at < 3 && isDigit(text.charCodeAt(i))) i++;
    if (isDigit(text.charCodeAt(i))) return undefined;
    value = Number(text.slice(at, i));
    // Section numbers: 2.1. or 4.1.2.
    while (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      value = Number.NaN;
      i++;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    }
  } else if (isAsciiLetter(c)) {
    letter = true;
    value = c;
    i++;
  } else {
    return undefined;
  }
  const styleStart = i;
  if (text.charCodeAt(i) === 0x2e) i++;
  if (text.charCodeAt(i) === 0x29) i++;
  if (i === styleStart || i >= text.length || !isSpaceAt(text, i)) return undefined;
  return { value, letter, style: text.slice(styleStart, i), end: i };
}

/** True when `marker` is the item after `previous` in the same list: `2.)` after `1.)`, `b.` after `a.`. */
export function followsMarker(previous: ListMarker, marker: ListMarker): boolean {
  return previous.letter === marker.letter && previous.style === marker.style && marker.value === previous.value + 1;
}
