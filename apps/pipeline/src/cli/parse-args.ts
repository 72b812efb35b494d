import { cac } from 'cac';
import { ERROR_CODES, NewslensError } from '@newslens/core/input';
import { ANALYZE_OPTIONS, EXAMPLES, EXIT_STATUS_HELP, FORMATS, type CliRequest, type Format } from './options.js';

/** A command line that cannot be understood: exit status 2. */
export class UsageError extends NewslensError {
  constructor(message: string) {
    super(ERROR_CODES.USAGE, message);
    this.name = 'UsageError';
  }
}

/**
 * Parses the arguments after `newslens` into a checked request, or throws a UsageError.
 * For --help and --version, cac prints the text itself while parsing.
 */
export function parseArgs(argv: readonly string[], version: string): CliRequest {
  const cli = cac('newslens');
  let request: CliRequest | undefined;
  const analyze = cli.command('analyze [file]', 'Analyse a news article (a file, or standard input for - or no file)');
  for (const [flag, description, config] of ANALYZE_OPTIONS) analyze.option(flag, description, config);
  for (const example of EXAMPLES) analyze.example(example);
  analyze.action((file: string | undefined, options: Record<string, unknown>) => {
    request = toAnalyzeRequest(file, options);
  });
  cli.help((sections) => [...sections, { body: EXIT_STATUS_HELP }]);
  cli.version(version);
  try {
    const parsed = cli.parse(['node', 'newslens', ...argv], { run: false });
    if (parsed.options.help) return { command: 'help' };
    if (parsed.options.version) return { command: 'version' };
    if (!cli.matchedCommand) {
      throw new UsageError(argv.length === 0 ? 'no command given; try: newslens analyze FILE' : `unknown command "${argv[0]}"; try: newslens --help`);
    }
    cli.runMatchedCommand();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
  if (!request) throw new UsageError('no command given; try: newslens analyze FILE');
  return request;
}

function toAnalyzeRequest(file: string | undefined, options: Record<string, unknown>): CliRequest {
  const format = String(options.format);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const maxChars = Number(options.maxChars);
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new UsageError(`--max-chars must be a positive whole number, not "${String(options.maxChars)}"`);
  }
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${String(options.jobs)}"`);
  }
  if (options.out !== undefined && (typeof options.out !== 'string' || options.out === '')) {
    throw new UsageError('--out needs a file path');
  }
  return {
    command: 'analyze',
    ...(file === undefined ? {} : { file: String(file) }),
    format: format as Format,
    ...(typeof options.out === 'string' ? { out: options.out } : {}),
    jsonl: Boolean(options.jsonl),
    maxChars,
    failFast: Boolean(options.failFast),
    jobs,
    quiet: Boolean(options.quiet),
    debug: Boolean(options.debug),
  };
}
