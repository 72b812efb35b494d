import { describe, expect, it } from 'vitest';
import { createWink, wink, WINK_RENEW_AFTER } from './wink.js';

describe('wink', () => {
  it('shares one instance between parses and renews it after WINK_RENEW_AFTER of them', () => {
    const first = wink();
    let renewedAt = -1;
    for (let i = 1; i <= WINK_RENEW_AFTER + 1; i++) {
      if (wink() !== first) {
        renewedAt = i;
        break;
      }
    }
    expect(renewedAt).toBeGreaterThan(0);
    expect(renewedAt).toBeLessThanOrEqual(WINK_RENEW_AFTER);
  });
});

describe('createWink', () => {
  it('loads instance after instance without the web model growing (its meta model loader re-stringifies itself)', () => {
    // Unfixed, the 10th instance takes ~1 s and the ~11th to 18th throws "Invalid string length".
    const started = performance.now();
    for (let i = 0; i < 20; i++) createWink();
    const doc = createWink().readDoc('The minister said on Monday that talks would resume.');
    expect(doc.tokens().length()).toBe(10);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
