import { DEFAULT_MAX_CHARS, type ArticleLimits } from '@newslens/core';

/** The longest JSONL line, in UTF-16 code units, that can hold an acceptable article: JSON escapes can at most double a text. */
export function maxLineChars(limits: ArticleLimits = {}): number {
  return 2 * (limits.maxChars ?? DEFAULT_MAX_CHARS) + 1024;
}

/**
 * The longest line, in UTF-8 bytes (at most three for a UTF-16 code unit), that can hold an
 * acceptable article: batch mode drops a longer line's bytes unread, so that one endless line
 * cannot exhaust memory, and its record is an INPUT_TOO_LARGE error. A module of its own so that
 * batch mode's main thread, which reads it, does not load the pipeline with `batch.ts`.
 */
export function maxLineBytes(limits: ArticleLimits = {}): number {
  return 3 * maxLineChars(limits);
}
