// Readiness checks a service supplies (database reachable, broker connected, migrations applied), each run
// with its own timeout so one hung dependency cannot hang the probe.
import { redactString } from '../redaction/redact-string.ts';
import { withTimeout } from '../with-timeout.ts';

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency is usable; rejects (or outlives its timeout) when it is not. */
  check: (signal: AbortSignal) => Promise<unknown>;
  timeoutMs?: number;
}

export interface ReadinessReport {
  ready: boolean;
  /** `ok`, or why the check failed. */
  checks: Record<string, string>;
}

export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

export async function runReadinessChecks(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const outcomes = await Promise.all(
    checks.map(async ({ name, check, timeoutMs = DEFAULT_READINESS_TIMEOUT_MS }) => {
      try {
        await withTimeout((signal) => check(signal), timeoutMs, `timed out after ${timeoutMs} ms`);
        return [name, 'ok'] as const;
      } catch (err) {
        // Driver errors can quote connection strings; the reason is shown to whoever can reach /ready.
        return [name, redactString(err instanceof Error ? err.message : String(err)) || 'failed'] as const;
      }
    }),
  );
  return {
    ready: outcomes.every(([, outcome]) => outcome === 'ok'),
    checks: Object.fromEntries(outcomes),
  };
}
