import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelays, validateBackoff, withJitter } from './backoff.ts';

describe('backoff', () => {
  const policy = { baseMs: 100, factor: 3, maxMs: 1_000 };

  it('when failures accumulate, then the delay grows by the factor until the ceiling', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n))).toEqual([100, 300, 900, 1_000, 1_000]);
  });

  it('when a consumer allows n attempts, then it needs one delay queue per distinct delay of the first n-1 failures', () => {
    expect(retryDelays(policy, 1)).toEqual([]);
    expect(retryDelays(policy, 3)).toEqual([100, 300]);
    expect(retryDelays(policy, 6)).toEqual([100, 300, 900, 1_000]);
  });

  it('when jitter is applied, then the delay stays within 20% either side', () => {
    expect(withJitter(1_000, () => 0)).toBe(800);
    expect(withJitter(1_000, () => 1)).toBe(1_200);
  });

  it('when a policy could not grow or has no delay, then it is rejected', () => {
    expect(() => validateBackoff({ baseMs: 0, factor: 2, maxMs: 10 })).toThrow(RangeError);
    expect(() => validateBackoff({ baseMs: 10, factor: 0.5, maxMs: 10 })).toThrow(RangeError);
    expect(() => validateBackoff({ baseMs: 10, factor: 2, maxMs: 5 })).toThrow(RangeError);
  });
});
