// Compact, browser-safe encodings the stages' trained model files share: base64 bytes, and
// ascending integer keys as delta-coded varints. Nothing here uses Node's Buffer.

/** Decodes base64 with a plain loop: `Uint8Array.from` with a mapping callback is ten times slower at load. */
export function base64Bytes(s: string): Uint8Array {
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Standard base64 (with padding) of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices, so that String.fromCharCode never receives more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Encodes ascending keys as delta-coded varints, the form `forEachDeltaVarint` reads (scripts write model files with it). */
export function encodeDeltaVarints(keys: Iterable<number>): number[] {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let delta = key - last;
    last = key;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return bytes;
}

/**
 * Calls `visit(key, index)` for each key of an ascending list stored as delta-coded varints (7 bits
 * a byte, high bit set while more bytes follow), the form the model files keep ids in.
 */
export function forEachDeltaVarint(bytes: Uint8Array, visit: (key: number, index: number) => void): void {
  let key = 0;
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    key += delta;
    visit(key, index++);
  }
}
