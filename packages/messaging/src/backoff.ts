// Exponential backoff, shared by reconnects, outbox relay passes and message retries.

export interface BackoffPolicy {
  /** Delay after the first failure. */
  baseMs: number;
  /** Multiplier per further failure. */
  factor: number;
  /** Ceiling for any single delay. */
  maxMs: number;
}

/** The delay after the `failures`-th consecutive failure (1-based). */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  const exponent = Math.max(0, failures - 1);
  return Math.round(Math.min(policy.maxMs, policy.baseMs * policy.factor ** exponent));
}

/**
 * Spreads delays by up to +/-20% so that replicas which lost the broker together do not all
 * reconnect in the same millisecond.
 */
export function withJitter(ms: number, random: () => number = Math.random): number {
  return Math.max(0, Math.round(ms * (0.8 + 0.4 * random())));
}

/** The distinct delays a consumer's retries use, one per failed attempt before the last. */
export function retryDelays(policy: BackoffPolicy, maxAttempts: number): number[] {
  const delays = new Set<number>();
  for (let failures = 1; failures < maxAttempts; failures++) delays.add(backoffDelay(policy, failures));
  return [...delays];
}

export function validateBackoff(policy: BackoffPolicy): BackoffPolicy {
  if (!(policy.baseMs > 0) || !(policy.factor >= 1) || !(policy.maxMs >= policy.baseMs)) {
    throw new RangeError(
      `invalid backoff ${JSON.stringify(policy)}: need baseMs > 0, factor >= 1, maxMs >= baseMs`,
    );
  }
  return policy;
}
