import { describe, expect, it } from 'vitest';
import { wink, WINK_RENEW_AFTER } from './wink.js';

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
