import { decodeText, describeType, ERROR_CODES, InputError, isNewslensError, type ArticleLimits } from '@newslens/core';
import type { Report } from '@newslens/report';
import { analyze } from './analyze.js';
import { INTERNAL_ERROR, maxLineChars } from './batch-lines.js';

type ErrorBody = { code: string; message: string };

/** One output line of batch mode: the record's report, or the error that stopped it. */
export type BatchResult = { id: unknown; line: number; report: Report } | { id: unknown; line: number; error: ErrorBody };

/** An input line whose bytes were dropped unread: too long to hold an acceptable article (see batch-lines.ts). */
export interface DroppedLine {
  droppedBytes: number;
}

/** An input line: its text, its UTF-8 bytes, or the length of a line too long to be read. */
export type BatchLine = string | Uint8Array | DroppedLine;

/**
 * Analyses one JSONL input line, `{"id": ..., "text": "..."}`, as text or as its UTF-8 bytes, and
 * never throws: a malformed line (bytes that are not UTF-8 included), and even a bug met on one
 * record, gives an error record, so a batch always has one output line per input line. A record
 * without an id is known by its line number.
 */
export function analyzeRecord(line: BatchLine, lineNumber: number, limits: ArticleLimits = {}): BatchResult {
  let id: unknown = lineNumber;
  try {
    const record = parseRecord(lineText(line, lineNumber), limits);
    id = record.id ?? lineNumber;
    if (!('text' in record)) throw new InputError(ERROR_CODES.RECORD_MISSING_TEXT, 'record has no "text" field');
    if (typeof record.text !== 'string') {
      throw new InputError(ERROR_CODES.RECORD_TEXT_NOT_STRING, `record's "text" must be a string, got ${describeType(record.text)}`);
    }
    return { id, line: lineNumber, report: analyze(record.text, limits) };
  } catch (error) {
    const body = isNewslensError(error)
      ? error.toJSON()
      : { code: INTERNAL_ERROR, message: error instanceof Error ? error.message : String(error) };
    return { id, line: lineNumber, error: body };
  }
}

/** Output lines for a run of input lines, and which of them (by index) are error records. */
export interface AnalysedLines {
  lines: string[];
  failed: number[];
}

/** Analyses consecutive lines, the first numbered `firstLine`, into their JSONL output lines. */
export function analyzeLines(lines: readonly BatchLine[], firstLine: number, limits: ArticleLimits = {}): AnalysedLines {
  const out: AnalysedLines = { lines: [], failed: [] };
  lines.forEach((line, i) => {
    const result = analyzeRecord(line, firstLine + i, limits);
    if ('error' in result) out.failed.push(i);
    out.lines.push(JSON.stringify(result));
  });
  return out;
}

function lineText(line: BatchLine, lineNumber: number): string {
  if (typeof line === 'string') return line;
  if (line instanceof Uint8Array) return decodeText(line, `line ${lineNumber}`);
  throw new InputError(ERROR_CODES.INPUT_TOO_LARGE, `line has ${line.droppedBytes} bytes, over the limit; split the article`);
}

function parseRecord(line: string, limits: ArticleLimits): Record<string, unknown> {
  if (line.length > maxLineChars(limits)) {
    throw new InputError(ERROR_CODES.INPUT_TOO_LARGE, `line has ${line.length} characters, over the limit; split the article`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(ERROR_CODES.RECORD_INVALID_JSON, `line is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(ERROR_CODES.RECORD_INVALID_JSON, 'line must be a JSON object like {"id": 1, "text": "..."}');
  }
  return value as Record<string, unknown>;
}
