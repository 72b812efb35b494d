/** Consecutive input lines, still UTF-8 bytes, to be decoded and analysed together. */
export interface LineChunk {
  /** The lines' bytes back to back, without their line breaks. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Byte offset just past each line. */
  ends: number[];
  /** Lines (by index in the chunk) longer than `maxLineBytes`, whose bytes were dropped, with their length. */
  dropped: { index: number; bytes: number }[];
  /** The 1-based number of the chunk's first line in the input. */
  firstLine: number;
  /** Input bytes the chunk's lines took, line breaks included. */
  inputBytes: number;
}

export interface ChunkLimits {
  /** A chunk closes at this many lines. */
  maxLines: number;
  /** A chunk closes once its lines reach this many bytes, so one huge line does not hold back many. */
  maxBytes: number;
  /** A longer line's bytes are dropped as they are read, so that no line can exhaust memory. */
  maxLineBytes: number;
}

const LF = 0x0a;
const CR = 0x0d;
const encoder = new TextEncoder();

/**
 * Splits a byte stream into chunks of whole lines without decoding it. The main thread of batch
 * mode only moves bytes: workers decode each line, so a line that is not UTF-8 becomes that line's
 * error record, and the main thread allocates almost nothing its heap must collect. A line ends at
 * a line feed, and a carriage return before it is dropped; a last line without a line feed counts,
 * an empty end of input does not. A line longer than `maxLineBytes` is counted but not kept.
 */
export async function* lineChunks(input: AsyncIterable<Uint8Array | string>, limits: ChunkLimits): AsyncGenerator<LineChunk> {
  let parts: Uint8Array[] = [];
  let ends: number[] = [];
  let dropped: LineChunk['dropped'] = [];
  let size = 0;
  /** Bytes of the current line so far, and the part its kept bytes start at. */
  let lineBytes = 0;
  let lineParts = 0;
  let inputBytes = 0;
  let lines = 0;

  const close = (): LineChunk => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const chunk = { bytes, ends, dropped, firstLine: lines - ends.length + 1, inputBytes };
    parts = [];
    ends = [];
    dropped = [];
    size = 0;
    lineParts = 0;
    inputBytes = 0;
    return chunk;
  };
  const endLine = (): boolean => {
    if (lineBytes > limits.maxLineBytes) {
      dropped.push({ index: ends.length, bytes: lineBytes });
    } else if (parts.length > lineParts) {
      const last = parts[parts.length - 1];
      if (last[last.length - 1] === CR) {
        parts[parts.length - 1] = last.subarray(0, last.length - 1);
        size--;
      }
    }
    ends.push(size);
    lines++;
    lineBytes = 0;
    lineParts = parts.length;
    return ends.length >= limits.maxLines || size >= limits.maxBytes;
  };

  for await (const piece of input) {
    const buffer = typeof piece === 'string' ? encoder.encode(piece) : piece;
    let from = 0;
    for (let lf = buffer.indexOf(LF); lf !== -1; lf = buffer.indexOf(LF, from)) {
      take(buffer.subarray(from, lf));
      inputBytes++;
      from = lf + 1;
      if (endLine()) yield close();
    }
    take(buffer.subarray(from));
  }
  if (lineBytes > 0) endLine();
  if (ends.length > 0) yield close();

  function take(part: Uint8Array): void {
    if (part.length === 0) return;
    lineBytes += part.length;
    inputBytes += part.length;
    if (lineBytes > limits.maxLineBytes) {
      // Too long to be a record: forget what was kept of the line and keep nothing more of it.
      parts.length = lineParts;
      size = ends.length > 0 ? ends[ends.length - 1] : 0;
      return;
    }
    parts.push(part);
    size += part.length;
  }
}
