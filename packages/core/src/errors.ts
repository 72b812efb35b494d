/** Stable machine-readable codes: callers and the CLI switch on these, never on messages. */
export const ERROR_CODES = {
  INPUT_EMPTY: 'INPUT_EMPTY',
  INPUT_NOT_TEXT: 'INPUT_NOT_TEXT',
  INPUT_INVALID_UTF8: 'INPUT_INVALID_UTF8',
  INPUT_TOO_LARGE: 'INPUT_TOO_LARGE',
  INPUT_NOT_FOUND: 'INPUT_NOT_FOUND',
  INPUT_IS_DIRECTORY: 'INPUT_IS_DIRECTORY',
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  RECORD_INVALID_JSON: 'RECORD_INVALID_JSON',
  RECORD_MISSING_TEXT: 'RECORD_MISSING_TEXT',
  RECORD_TEXT_NOT_STRING: 'RECORD_TEXT_NOT_STRING',
  LAYER_MISSING: 'LAYER_MISSING',
  USAGE: 'USAGE',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Base class of every error newslens throws on purpose; `code` is stable across versions. */
export class NewslensError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'NewslensError';
    this.code = code;
  }

  /** The shape used for batch error records and JSON output. */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** The input cannot be analysed as it is: empty, not text, too large, unreadable. */
export class InputError extends NewslensError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
    this.name = 'InputError';
  }
}

/** A stage was run before the layers it needs exist: a programming error in the caller's pipeline. */
export class LayerMissingError extends NewslensError {
  constructor(stage: string, layer: string) {
    super(ERROR_CODES.LAYER_MISSING, `stage "${stage}" requires the "${layer}" layer; run the stage that provides it first`);
    this.name = 'LayerMissingError';
  }
}

export function isNewslensError(error: unknown): error is NewslensError {
  return error instanceof NewslensError;
}
