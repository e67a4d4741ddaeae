import { describe, expect, it } from 'vitest';
import { captureLogs } from '../testing/capture-logs.ts';
import { startIntervalWorker } from './interval-worker.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startIntervalWorker', () => {
  it('when a run takes longer than the interval, then runs never overlap and stop waits for the one in flight', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    const { logger } = captureLogs();
    const worker = startIntervalWorker(
      'slow job',
      5,
      async () => {
        active++;
        most = Math.max(most, active);
        await sleep(40);
        active--;
        finished++;
      },
      logger,
    );
    await sleep(60);
    await worker.stop();
    expect(most).toBe(1);
    expect(active).toBe(0);
    const after = finished;
    await sleep(30);
    expect(finished).toBe(after);
  });

  it('when the job fails and then works, then the failure is logged once and the recovery said', async () => {
    const logs = captureLogs();
    const { logger } = logs;
    let calls = 0;
    const worker = startIntervalWorker(
      'flaky job',
      1_000_000,
      async () => {
        calls++;
        if (calls <= 3) throw new Error('database is down');
      },
      logger,
    );
    for (let i = 0; i < 4; i++) {
      worker.kick();
      await sleep(5);
    }
    await worker.stop();
    expect(calls).toBe(4);
    expect(
      logs
        .records()
        .filter((l) => l.level === 'error')
        .map((l) => l.msg),
    ).toEqual(['flaky job failed; retrying on the next tick']);
    expect(logs.records().find((l) => l.level === 'info')).toMatchObject({
      msg: 'flaky job works again',
      failedRuns: 3,
    });
  });
});
