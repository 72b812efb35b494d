/** Feature hashing: every feature is an integer bucket in a table of 2^BUCKET_BITS rows. */
export const BUCKET_BITS = 21;
export const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & BUCKET_MASK;
}

/** The bucket of a string-valued feature of one template: FNV-1a over the string, seeded by the template. */
export function hashString(template: number, s: string): number {
  let h = Math.imul(2166136261 ^ template, 16777619);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return finish(h);
}

/** The bucket of an integer-valued feature (one or two small ints) of one template. */
export function hashInts(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(0x9e3779b9 ^ template, 0x01000193);
  h = Math.imul(h ^ (a + 1), 0x5bd1e995);
  h = Math.imul(h ^ (h >>> 15) ^ (b + 7), 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 15) ^ (c + 13), 0x165667b1);
  return finish(h);
}
