import { describe, expect, it } from 'vitest';
import { isRetryableMetaCode, retryDelayMs } from './retry-policy.ts';

describe('retry policy', () => {
  const policy = { maxAttempts: 5, baseMs: 1000, maxMs: 20_000, pairIntervalMs: 6000 };

  it('when attempts fail, then delays grow x4 up to the cap and never undercut the pair interval', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([6000, 6000, 16_000, 20_000]);
  });

  it('when Meta answers a limit or a transient error, then it is retryable; a refusal is not', () => {
    expect(isRetryableMetaCode(131056)).toBe(true);
    expect(isRetryableMetaCode(131016)).toBe(true);
    expect(isRetryableMetaCode(131026)).toBe(false);
    expect(isRetryableMetaCode(100)).toBe(false);
    expect(isRetryableMetaCode(undefined)).toBe(false);
  });
});
