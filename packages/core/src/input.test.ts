import { describe, expect, it } from 'vitest';
import { checkArticle, decodeText } from './input.js';
import { NewslensError } from './errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof NewslensError ? e.code : 'not a NewslensError';
  }
  return undefined;
}

describe('decodeText', () => {
  it('drops a leading byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hi')]))).toBe('Hi');
  });

  it('refuses PNG bytes as not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(codeOf(() => decodeText(png))).toBe('INPUT_NOT_TEXT');
  });

  it('refuses malformed UTF-8 with its own code', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x48, 0xc3, 0x28, 0x69])))).toBe('INPUT_INVALID_UTF8');
  });

  it('keeps CRLF and multi-byte characters as they are', () => {
    expect(decodeText(utf8('a\r\nb 😀 ü'))).toBe('a\r\nb 😀 ü');
  });
});

describe('checkArticle', () => {
  it('refuses empty and blank text', () => {
    expect(codeOf(() => checkArticle(''))).toBe('INPUT_EMPTY');
    expect(codeOf(() => checkArticle(' \n\t\u00a0'))).toBe('INPUT_EMPTY');
  });

  it('refuses a non-string with INPUT_NOT_TEXT', () => {
    expect(codeOf(() => checkArticle(42))).toBe('INPUT_NOT_TEXT');
    expect(codeOf(() => checkArticle(null))).toBe('INPUT_NOT_TEXT');
  });

  it('refuses text over the limit', () => {
    expect(codeOf(() => checkArticle('abc def', { maxChars: 5 }))).toBe('INPUT_TOO_LARGE');
  });

  it('returns acceptable text unchanged', () => {
    expect(checkArticle('News.')).toBe('News.');
  });
});
