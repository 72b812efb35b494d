import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_CHARS } from '@newslens/core/input';

/** The report formats `--format` accepts. */
export const FORMATS = ['md', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What the user asked for, after parsing and checking the command line. */
export type CliRequest =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'analyze';
      /** A path, "-" or undefined for standard input. */
      file?: string;
      format: Format;
      out?: string;
      jsonl: boolean;
      maxChars: number;
      failFast: boolean;
      jobs: number;
      quiet: boolean;
      debug: boolean;
    };

/** The option table: one place that names each flag, its help text and its default. */
export const ANALYZE_OPTIONS = [
  ['--format <format>', `Report format for one article: ${FORMATS.join(', ')}`, { default: 'md' }],
  ['--out <path>', 'Write the report to this file instead of standard output'],
  ['--jsonl', 'Batch mode: each input line is {"id": ..., "text": "..."}; each output line is {"id", "line", "report"} or {"id", "line", "error"}'],
  ['--max-chars <n>', 'Refuse articles longer than this many characters', { default: DEFAULT_MAX_CHARS }],
  ['--fail-fast', 'Batch mode: stop at the first record that fails, with exit status 1'],
  ['--jobs <n>', 'Batch mode: worker threads (default: the number of cores)', { default: availableParallelism() }],
  ['--quiet', 'Batch mode: no progress bar and no summary unless records failed'],
  ['--debug', 'On an internal error, print the stack trace'],
] as const;

export const EXAMPLES = [
  'newslens analyze article.txt',
  'newslens analyze article.txt --format html --out report.html',
  'cat article.txt | newslens analyze - --format json',
  'newslens analyze --jsonl articles.jsonl > reports.jsonl',
  'newslens analyze --jsonl --jobs 4 --out reports.jsonl articles.jsonl',
];

export const EXIT_STATUS_HELP = `Exit status:
  0   success (in batch mode, also when some records failed: see the summary on stderr)
  1   the input cannot be analysed (one line on stderr names the problem and the file),
      or --fail-fast stopped a batch
  130 interrupted (Ctrl-C); in batch mode the output written so far is valid JSONL
  141 the reader of standard output went away (as after | head): output stopped, no message
  143 stopped by SIGTERM (kill, timeout); in batch mode the output written so far is valid JSONL
  2   usage error
  70  internal error (run with --debug for the stack)
  73  the output cannot be written (--out names a missing folder or a folder, no permission, a full disk)`;
