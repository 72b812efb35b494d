import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, sha256 } from './sha256.js';

describe('sha256', () => {
  it.each(['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'é “quoted” 💬\n'.repeat(40)])(
    'matches node:crypto for %#',
    (text) => {
      expect(Buffer.from(sha256(text)).toString('hex')).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('formats a CSP source in base64', () => {
    expect(cspHash('abc')).toBe(`'sha256-${createHash('sha256').update('abc').digest('base64')}'`);
  });
});
