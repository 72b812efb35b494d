import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS, ERROR_CODES, InputError, decodeText } from '@newslens/core/input';

/** What the CLI read: the decoded text and where it came from. */
export interface InputText {
  text: string;
  path?: string;
  sha256: string;
}

/** UTF-8 spends at most four bytes on a UTF-16 code unit pair; past this many bytes a file cannot fit the limit. */
const BYTES_PER_CHAR = 4;

/** Reads a file, or standard input for "-" or no path, as UTF-8 text. */
export async function readInput(
  path: string | undefined,
  maxChars = DEFAULT_MAX_CHARS,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<InputText> {
  const fromStdin = path === undefined || path === '-';
  const bytes = fromStdin ? await readStream(stdin, maxChars * BYTES_PER_CHAR) : await readPath(path, maxChars);
  const text = decodeText(bytes, fromStdin ? 'standard input' : path);
  return { text, ...(fromStdin ? {} : { path }), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Checks that a path names a readable file, and returns its size in bytes. */
export async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? new InputError(ERROR_CODES.INPUT_NOT_FOUND, `${path} does not exist; check the path`)
      : new InputError(ERROR_CODES.INPUT_UNREADABLE, `${path} cannot be read: ${error.message}`);
  });
  if (info.isDirectory()) {
    throw new InputError(ERROR_CODES.INPUT_IS_DIRECTORY, `${path} is a directory; give the path of a file`);
  }
  return info.size;
}

async function readPath(path: string, maxChars: number): Promise<Uint8Array> {
  if ((await fileSize(path)) > maxChars * BYTES_PER_CHAR) throw tooLarge(path, maxChars);
  return readFile(path).catch((error: Error) => {
    throw new InputError(ERROR_CODES.INPUT_UNREADABLE, `${path} cannot be read: ${error.message}`);
  });
}

/** Reads a stream to its end, refusing more than `maxBytes` so a runaway pipe cannot exhaust memory. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge('standard input', maxBytes / BYTES_PER_CHAR);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(source: string, maxChars: number): InputError {
  return new InputError(
    ERROR_CODES.INPUT_TOO_LARGE,
    `${source} is larger than the limit of ${maxChars} characters; split it or raise --max-chars`,
  );
}
