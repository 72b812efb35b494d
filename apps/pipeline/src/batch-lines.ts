import { DEFAULT_MAX_CHARS, type ArticleLimits } from '@newslens/core/input';

// What batch mode's main thread needs to know of lines and records, apart from the pipeline: it
// imports this module, not batch.ts, so that it never loads the pipeline and its models.

/** The error code of a record that failed through a bug in newslens rather than in its input. */
export const INTERNAL_ERROR = 'INTERNAL_ERROR';

/** The longest JSONL line, in UTF-16 code units, that can hold an acceptable article: JSON escapes can at most double a text. */
export function maxLineChars(limits: ArticleLimits = {}): number {
  return 2 * (limits.maxChars ?? DEFAULT_MAX_CHARS) + 1024;
}

/**
 * The longest line, in UTF-8 bytes (at most three for a UTF-16 code unit), that can hold an
 * acceptable article: batch mode drops a longer line's bytes unread, so that one endless line
 * cannot exhaust memory, and its record is an INPUT_TOO_LARGE error.
 */
export function maxLineBytes(limits: ArticleLimits = {}): number {
  return 3 * maxLineChars(limits);
}

/**
 * The output lines of `count` records from `firstLine` on that could not be analysed at all (the
 * worker analysing them failed), each an INTERNAL_ERROR record known by its line number.
 */
export function failedLines(firstLine: number, count: number, reason: string): string[] {
  const lines: string[] = [];
  for (let line = firstLine; line < firstLine + count; line++) {
    lines.push(JSON.stringify({ id: line, line, error: { code: INTERNAL_ERROR, message: reason } }));
  }
  return lines;
}

const encoder = new TextEncoder();

/** Output lines as one UTF-8 byte array, each line followed by a line feed, and the offset just past each. */
export function encodeLines(lines: readonly string[]): { bytes: Uint8Array<ArrayBuffer>; ends: number[] } {
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  const bytes = new Uint8Array(lines.reduce((n, line) => n + 3 * line.length + 1, 0));
  const ends: number[] = [];
  let at = 0;
  for (const line of lines) {
    at += encoder.encodeInto(line, bytes.subarray(at)).written;
    bytes[at++] = 0x0a;
    ends.push(at);
  }
  return { bytes: bytes.slice(0, at), ends };
}
