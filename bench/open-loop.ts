// An open-loop load at a steady rate: request i is due at start + i / rate, whatever happened to the
// ones before, and its latency is counted from that due time (so time spent waiting for a free
// connection counts: no coordinated omission). This is how Meta's deliveries arrive. autocannon's
// `overallRate` is not: each connection sends its whole per-second quota back to back when the second
// starts, and its correction for coordinated omission takes ceil(1 / rate) = 1 ms as the expected
// interval, adding a synthetic sample for every millisecond of every response.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface OpenLoopRequest {
  path: string;
  body: string;
  headers: Record<string, string>;
  onResponse?: (status: number) => void;
}

export interface OpenLoopResult {
  ratePerSec: number;
  throughputPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p99 of each second of the run: a stall shows as one bad second, a queue as a rising line. */
  p99BySecondMs: number[];
  errors: number;
  total: number;
}

const quantile = (sorted: Float64Array, q: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export async function driveOpenLoop(
  baseUrl: string,
  opts: {
    rate: number;
    durationS: number;
    connections: number;
    next: () => OpenLoopRequest;
    /** Connections to reuse (a phase before kept them open); the caller destroys it. */
    agent?: http.Agent;
  },
): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const agent = opts.agent ?? new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const total = Math.round(opts.rate * opts.durationS);
  const latencies = new Float64Array(total);
  let done = 0;
  let errors = 0;
  let sent = 0;
  const start = performance.now();

  const fire = (i: number) => {
    const due = start + (i * 1000) / opts.rate;
    const r = opts.next();
    const finish = (ok: boolean) => {
      latencies[i] = performance.now() - due;
      if (!ok) errors++;
      done++;
    };
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: r.path,
        method: 'POST',
        agent,
        headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          r.onResponse?.(res.statusCode ?? 0);
          finish(res.statusCode === 200);
        });
      },
    );
    req.on('error', () => finish(false));
    req.end(r.body);
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * opts.rate) / 1000) + 1);
      while (sent < due) fire(sent++);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  while (done < total) await new Promise((r) => setTimeout(r, 5));
  const elapsedS = (performance.now() - start) / 1000;
  if (!opts.agent) agent.destroy();
  const sorted = latencies.slice().sort();
  const round = (ms: number) => Number(ms.toFixed(1));
  const perSecond = Math.round(opts.rate);
  const p99BySecondMs = Array.from({ length: Math.ceil(total / perSecond) }, (_, i) =>
    round(quantile(latencies.slice(i * perSecond, (i + 1) * perSecond).sort(), 0.99)),
  );
  return {
    ratePerSec: opts.rate,
    throughputPerSec: round(done / elapsedS),
    p50Ms: round(quantile(sorted, 0.5)),
    p99Ms: round(quantile(sorted, 0.99)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    p99BySecondMs,
    errors,
    total,
  };
}
