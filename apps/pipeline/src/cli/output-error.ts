/** What a file-system error code says of an output path, in words a user can act on. */
const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'the device failed to write',
};

/**
 * The report or the batch's records cannot be written where they were asked for: a user's
 * problem with the output (a missing folder, a folder, no permission, a full disk), not a bug.
 */
export class OutputError extends Error {
  readonly code = 'OUTPUT_NOT_WRITABLE';
  constructor(
    readonly target: string,
    cause: unknown,
  ) {
    const errno = (cause as NodeJS.ErrnoException | undefined)?.code;
    const reason = (errno && REASONS[errno]) ?? (cause instanceof Error ? cause.message : String(cause));
    super(`cannot write ${target}: ${reason}`, { cause });
    this.name = 'OutputError';
  }
}

/** True for the error a write gets when the output's reader has gone: a pipe closed at the other end. */
export function isClosedReader(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
