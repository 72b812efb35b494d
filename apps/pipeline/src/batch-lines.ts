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

/**
 * Output buffers up to this size are handed back and forth between batch mode's threads for reuse
 * (run-batch.ts); a larger one, met only with a huge article, is cut to what was written and dropped
 * once written, so that it holds no memory for the rest of the batch.
 */
export const MAX_SPARE_BYTES = 4 << 20;
/** The smallest output buffer made: most chunks then fit in the spare of an earlier one. */
const MIN_BUFFER_BYTES = 64 << 10;

/**
 * Output lines as UTF-8, each line followed by a line feed, and the offset just past each, written
 * into `spare` (an earlier chunk's buffer) while they fit. A buffer too small for the next line is
 * replaced by one at least twice its size, and the line is written again there.
 */
export function encodeLines(lines: readonly string[], spare?: ArrayBuffer): { bytes: Uint8Array<ArrayBuffer>; ends: number[] } {
  let buffer = new Uint8Array(spare ?? new ArrayBuffer(0));
  const ends: number[] = [];
  let at = 0;
  for (const line of lines) {
    const attempt = encoder.encodeInto(line, buffer.subarray(at));
    let written = attempt.written;
    if (attempt.read < line.length || at + written === buffer.length) {
      // UTF-8 takes at most three bytes per UTF-16 code unit, and the line feed one.
      const needed = Math.max(MIN_BUFFER_BYTES, 2 * buffer.length, at + 3 * line.length + 1);
      // Reusable sizes round up to a power of two, so that later chunks fit; a huge one does not.
      const grown = new Uint8Array(needed <= MAX_SPARE_BYTES ? 2 ** Math.ceil(Math.log2(needed)) : needed);
      grown.set(buffer.subarray(0, at));
      buffer = grown;
      written = encoder.encodeInto(line, buffer.subarray(at)).written;
    }
    at += written;
    buffer[at++] = 0x0a;
    ends.push(at);
  }
  return { bytes: buffer.byteLength > MAX_SPARE_BYTES ? buffer.slice(0, at) : buffer.subarray(0, at), ends };
}
