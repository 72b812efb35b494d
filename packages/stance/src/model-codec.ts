// The weights file's encodings, on @newslens/core's shared base64 and delta-varint codecs.
import { base64Bytes, bytesToBase64, encodeDeltaVarints, forEachDeltaVarint } from '@newslens/core';

/** Increasing feature ids as base64 of LEB128 varint gaps. */
export function encodeFeatureIds(ids: readonly number[]): string {
  return bytesToBase64(Uint8Array.from(encodeDeltaVarints(ids)));
}

export function decodeFeatureIds(text: string): Int32Array {
  const bytes = base64Bytes(text);
  const ids: number[] = [];
  forEachDeltaVarint(bytes, (id) => ids.push(id));
  return Int32Array.from(ids);
}

/** Signed bytes (-127..127) as base64. */
export function encodeWeights(weights: readonly number[]): string {
  return bytesToBase64(Uint8Array.from(weights, (w) => w & 255));
}

export function decodeWeights(text: string): Int8Array {
  const bytes = base64Bytes(text);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
