import { ERROR_CODES, InputError } from './errors.js';

/** Default ceiling on an article's length in UTF-16 code units (about 8 MB of English). */
export const DEFAULT_MAX_CHARS = 8_000_000;

/** How many leading bytes decide whether a buffer is text or binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes raw bytes as UTF-8, refusing binary data and malformed UTF-8 with coded errors.
 * A leading byte-order mark is dropped, since it is an encoding marker, not article text.
 */
export function decodeText(bytes: Uint8Array, source = 'input'): string {
  if (looksBinary(bytes)) {
    throw new InputError(
      ERROR_CODES.INPUT_NOT_TEXT,
      `${source} looks like binary data, not text; give newslens a UTF-8 text file`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      ERROR_CODES.INPUT_INVALID_UTF8,
      `${source} is not valid UTF-8; convert it first (for example with iconv -f LATIN1 -t UTF-8)`,
    );
  }
}

/** NUL bytes, or many control characters, mark a file as binary (the heuristic git and grep use). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

export interface ArticleLimits {
  /** Longest accepted text, in UTF-16 code units. */
  maxChars?: number;
}

/**
 * Checks that a value is an article the pipeline can analyse: a non-blank string within the size limit.
 * Throws an InputError with a stable code otherwise.
 */
export function checkArticle(value: unknown, limits: ArticleLimits = {}, source = 'input'): string {
  if (typeof value !== 'string') {
    throw new InputError(ERROR_CODES.INPUT_NOT_TEXT, `${source} must be a string, got ${describeType(value)}`);
  }
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  if (value.length > maxChars) {
    throw new InputError(
      ERROR_CODES.INPUT_TOO_LARGE,
      `${source} has ${value.length} characters, over the limit of ${maxChars}; split it or raise --max-chars`,
    );
  }
  if (value.trim().length === 0) {
    throw new InputError(
      ERROR_CODES.INPUT_EMPTY,
      value.length === 0 ? `${source} is empty; there is nothing to analyse` : `${source} contains only white space; there is nothing to analyse`,
    );
  }
  if (value.includes('\u0000')) {
    throw new InputError(ERROR_CODES.INPUT_NOT_TEXT, `${source} contains NUL characters, so it is binary data, not text`);
  }
  return value;
}

/** Names a value's JSON-ish type for error messages: "null", "an array", "number", ... */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
