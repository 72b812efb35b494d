// Compact, browser-safe encodings for the weights file: base64 of bytes, with no Node Buffer.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (DECODE[clean.charCodeAt(i)] << 18) |
      (DECODE[clean.charCodeAt(i + 1)] << 12) |
      ((i + 2 < clean.length ? DECODE[clean.charCodeAt(i + 2)] : 0) << 6) |
      (i + 3 < clean.length ? DECODE[clean.charCodeAt(i + 3)] : 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Increasing feature ids as base64 of LEB128 varint gaps. */
export function encodeFeatureIds(ids: readonly number[]): string {
  const bytes: number[] = [];
  let previous = 0;
  for (const id of ids) {
    let gap = id - previous;
    previous = id;
    while (gap >= 128) {
      bytes.push((gap & 127) | 128);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return toBase64(Uint8Array.from(bytes));
}

export function decodeFeatureIds(text: string): Int32Array {
  const bytes = fromBase64(text);
  const ids: number[] = [];
  let previous = 0;
  for (let i = 0; i < bytes.length; ) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      gap |= (b & 127) << shift;
      shift += 7;
    } while (b & 128 && i < bytes.length);
    previous += gap;
    ids.push(previous);
  }
  return Int32Array.from(ids);
}

/** Signed bytes (-127..127) as base64. */
export function encodeWeights(weights: readonly number[]): string {
  return toBase64(Uint8Array.from(weights, (w) => w & 255));
}

export function decodeWeights(text: string): Int8Array {
  const bytes = fromBase64(text);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
