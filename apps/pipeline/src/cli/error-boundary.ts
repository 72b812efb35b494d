import { isNewslensError } from '@newslens/core/input';
import { OutputError } from './output-error.js';
import { UsageError } from './parse-args.js';

/**
 * Exit statuses, as `newslens --help` documents them. 70 and 73 are sysexits.h's EX_SOFTWARE and
 * EX_CANTCREAT; 130, 141 and 143 are what a shell reports for a program that SIGINT, SIGPIPE or
 * SIGTERM ended (128 + the signal's number), as Ctrl-C, `| head` and `kill` would.
 */
export const EXIT = { OK: 0, INPUT: 1, USAGE: 2, SOFTWARE: 70, OUTPUT: 73, INTERRUPTED: 130, OUTPUT_CLOSED: 141, TERMINATED: 143 } as const;

/**
 * Turns any error into one line on stderr and an exit status: the user's mistakes get a message
 * that says what to do; a bug gets exit 70 and, with --debug, its stack.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream, debug: boolean): number {
  if (error instanceof UsageError) {
    stderr.write(`newslens: ${error.message}\n`);
    return EXIT.USAGE;
  }
  if (isNewslensError(error)) {
    stderr.write(`newslens: ${error.code}: ${error.message}\n`);
    return EXIT.INPUT;
  }
  if (error instanceof OutputError) {
    stderr.write(`newslens: ${error.code}: ${error.message}\n`);
    return EXIT.OUTPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`newslens: internal error: ${message}${debug ? '' : ' (run with --debug for the stack)'}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return EXIT.SOFTWARE;
}
