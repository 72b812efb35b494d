import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { reportSchema } from '@newslens/report';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempFile } from './run-cli.test-helper.js';

const validate = new Ajv({ allErrors: true }).compile(reportSchema);
const ARTICLE = 'Joe Smith, the mayor, said on Monday that the budget would pass. “It is a good day,” he said.';

const run = (args: string[], input?: string | Buffer) => runCli(args, input);

describe('newslens analyze', () => {
  it('prints a Markdown report of a file by default', () => {
    const { status, stdout } = run(['analyze', tempFile('a.txt', ARTICLE)]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# newslens report/);
    expect(stdout).toContain('## Entities');
  });

  it('reads standard input for "-" and prints JSON that validates against the schema', () => {
    const { status, stdout } = run(['analyze', '-', '--format', 'json'], ARTICLE);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(validate(report)).toBe(true);
    expect(report.text).toBe(ARTICLE);
    for (const s of report.sentences) expect(s.end).toBeGreaterThan(s.start);
  });

  it('records the path, length and SHA-256 of a file in the JSON report', () => {
    const path = tempFile('a.txt', ARTICLE);
    const report = JSON.parse(run(['analyze', path, '--format', 'json']).stdout);
    expect(report.input.path).toBe(path);
    expect(report.input.chars).toBe(ARTICLE.length);
    expect(report.input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes a self-contained HTML report to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newslens-')), 'r.html');
    const { status, stdout } = run(['analyze', tempFile('a.txt', ARTICLE), '--format', 'html', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('exits 1 with one line naming the problem and the file for an empty file', () => {
    const path = tempFile('empty.txt', '');
    const { status, stderr } = run(['analyze', path]);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('INPUT_EMPTY');
    expect(stderr).toContain(path);
  });

  it('exits 1 for a missing path, a directory and binary bytes', () => {
    expect(run(['analyze', '/no/such/file.txt']).stderr).toContain('INPUT_NOT_FOUND');
    expect(run(['analyze', tmpdir()]).stderr).toContain('INPUT_IS_DIRECTORY');
    const png = tempFile('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const result = run(['analyze', png]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('INPUT_NOT_TEXT');
  });

  it('exits 2 for usage errors', () => {
    expect(run(['analyze', '--format', 'pdf', 'a.txt']).status).toBe(2);
    expect(run(['analyze', '--no-such-flag']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run([]).status).toBe(2);
  });

  it('describes every option under --help', () => {
    const { status, stdout } = run(['analyze', '--help']);
    expect(status).toBe(0);
    for (const flag of ['--format', '--out', '--jsonl', '--max-chars', '--fail-fast', '--quiet', '--debug']) expect(stdout).toContain(flag);
  });
});

describe('newslens analyze --jsonl', () => {
  it('gives exactly one output line per input line, in order, with error records for bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      'not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 42 }),
      JSON.stringify({ text: '   ' }),
      JSON.stringify({ id: 'f', text: 'Second article, fine.' }),
    ].join('\n');
    const { status, stdout, stderr } = run(['analyze', '--jsonl', '-'], input);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c', 'd', 5, 'f']);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual([
      'ok',
      'RECORD_INVALID_JSON',
      'RECORD_MISSING_TEXT',
      'RECORD_TEXT_NOT_STRING',
      'INPUT_EMPTY',
      'ok',
    ]);
    for (const l of lines.filter((x) => x.report)) expect(validate(l.report)).toBe(true);
    expect(stderr).toContain('4 failed');
  });

  it('keeps input order with several worker threads', () => {
    const records = Array.from({ length: 40 }, (_, i) =>
      i % 7 === 3 ? '{"id": broken' : JSON.stringify({ id: `r${i}`, text: `${'Word '.repeat((i * 37) % 300)}Maria Chen spoke on Monday.` }),
    );
    const { status, stdout } = run(['analyze', '--jsonl', '--jobs', '2', '--quiet'], records.join('\n'));
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual(records.map((_, i) => i + 1));
    expect(lines.map((l) => ('error' in l ? 'error' : l.id))).toEqual(records.map((r, i) => (i % 7 === 3 ? 'error' : `r${i}`)));
  });

  it('gives each article the report it gets alone, whatever order and workers the batch has', () => {
    // Words whose lemma, and so valence, changes with their use ("shot", "left", "used"): a cache
    // keyed by the written form would carry one article's reading into the next.
    const texts = [
      'Senator Ana Ruiz took a shot at the title. She left the hall early, Reuters said.',
      'Three protesters were shot by police in Lagos. The left wing of the party used the moment.',
      'Mayor Tom Price said the used cars were fine. Critics on the left called the plan a long shot.',
      'Police shot two men on Monday, officials said. The men left behind a used van.',
    ];
    const records = texts.map((text, i) => JSON.stringify({ id: `t${i}`, text }));
    const reports = (lines: string[], jobs: string) => {
      const { stdout } = run(['analyze', '--jsonl', '--jobs', jobs, '--quiet'], lines.join('\n'));
      const byId = new Map<string, unknown>();
      for (const line of stdout.trim().split('\n')) {
        const { id, report } = JSON.parse(line);
        byId.set(id, { ...report, timings: undefined });
      }
      return byId;
    };
    const alone = new Map(records.map((record, i) => [`t${i}`, reports([record], '1').get(`t${i}`)]));
    expect(reports(records, '1')).toEqual(alone);
    expect(reports([...records].reverse(), '2')).toEqual(alone);
  }, 30_000);

  it('refuses --jobs 0 as a usage error', () => {
    expect(run(['analyze', '--jsonl', '--jobs', '0']).status).toBe(2);
  });

  it('stops at the first failed record with --fail-fast and exits 1', () => {
    const input = ['not json', JSON.stringify({ id: 2, text: ARTICLE })].join('\n');
    const { status, stdout } = run(['analyze', '--jsonl', '--fail-fast', '--jobs', '1'], input);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('newslens analyze --jsonl interrupted', () => {
  it.each([
    ['SIGINT', 'Ctrl-C', 130],
    ['SIGTERM', 'kill or timeout', 143],
  ] as const)('exits on %s (%s) with status %i and leaves only whole JSON lines', async (signal, _, expected) => {
    const child = spawn(process.execPath, [BIN, 'analyze', '--jsonl', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    // The child stops reading when interrupted; writes after that fail with EPIPE, which is expected.
    child.stdin.on('error', () => {});
    let stdout = '';
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (!interrupted) {
        interrupted = true;
        child.kill(signal);
      }
    });
    // Keep feeding records until the child stops reading.
    const record = `${JSON.stringify({ text: 'The council approved the plan on Monday. '.repeat(20) })}\n`;
    const feed = setInterval(() => child.stdin.writable && child.stdin.write(record.repeat(20)), 5);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(feed);
    expect(status).toBe(expected);
    expect(stderr).toContain(`(stopped by ${signal})`);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe('newslens analyze when the reader of its output goes away (| head)', () => {
  /** Runs the CLI, closes its standard output after the first bytes, and gives its exit status and stderr. */
  async function closeAfterFirstBytes(args: string[]): Promise<{ status: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stderr };
  }

  it('stops a batch quietly with exit status 141, as a Unix tool ends on SIGPIPE', async () => {
    const records = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `${ARTICLE} Report ${i}.` })).join('\n');
    const { status, stderr } = await closeAfterFirstBytes(['analyze', '--jsonl', '--jobs', '1', tempFile('a.jsonl', records)]);
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });

  it('stops quietly with exit status 141 when one article has a report larger than the pipe holds', async () => {
    const { status, stderr } = await closeAfterFirstBytes(['analyze', '--format', 'json', tempFile('a.txt', `${ARTICLE}\n\n`.repeat(400))]);
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });
});

describe('newslens analyze when the output cannot be written', () => {
  const missing = join(tmpdir(), 'newslens-no-such-folder', 'out.jsonl');

  it.each([
    ['--out in a missing folder', ['analyze', '--out', missing], 'its folder does not exist'],
    ['--out naming a folder', ['analyze', '--out', tmpdir()], 'it is a folder'],
    ['a batch with --out in a missing folder', ['analyze', '--jsonl', '--out', missing], 'its folder does not exist'],
    ['a batch writing to a full disk', ['analyze', '--jsonl', '--out', '/dev/full'], 'no space is left on the device'],
  ])('%s: exit 73 with one line that names the output and why', (_, args, reason) => {
    const input = args.includes('--jsonl') ? `${JSON.stringify({ id: 1, text: ARTICLE })}\n` : ARTICLE;
    const { status, stderr } = run([...args, '-'], input);
    expect(status).toBe(73);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('OUTPUT_NOT_WRITABLE');
    expect(stderr).toContain(reason);
  });
});
