import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../testing/capture-logs.ts';
import { createLifecycle } from './lifecycle.ts';

function setup(timeoutMs = 1_000) {
  const logs = captureLogs();
  const lifecycle = createLifecycle({ logger: logs.logger, timeoutMs });
  return { logs, lifecycle };
}

describe('createLifecycle', () => {
  it('when shutting down, then components stop in reverse start order and each step is logged', async () => {
    const { logs, lifecycle } = setup();
    const order: string[] = [];
    for (const name of ['database', 'broker', 'consumers', 'http']) {
      lifecycle.add(name, async () => {
        order.push(name);
      });
    }
    const result = await lifecycle.shutdown('SIGTERM');
    expect(result).toEqual({ ok: true, failed: [] });
    expect(order).toEqual(['http', 'consumers', 'broker', 'database']);
    const messages = logs.records().map((r) => r.msg);
    expect(messages).toEqual([
      'shutting down',
      'stopping http',
      'stopped http',
      'stopping consumers',
      'stopped consumers',
      'stopping broker',
      'stopped broker',
      'stopping database',
      'stopped database',
      'shutdown complete',
    ]);
  });

  it('when a step throws or hangs, then shutdown carries on, reports it, and does not throw', async () => {
    const { logs, lifecycle } = setup(50);
    const stopped: string[] = [];
    lifecycle.add('database', async () => {
      stopped.push('database');
    });
    lifecycle.add('broker', () => new Promise<void>(() => {}));
    lifecycle.add('http', async () => {
      throw new Error('close failed');
    });
    const started = Date.now();
    const result = await lifecycle.shutdown('SIGTERM');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({ ok: false, failed: ['http', 'broker'] });
    expect(stopped).toEqual(['database']);
    const errors = logs.records().filter((r) => r.level === 'error');
    expect(errors.map((r) => r.msg)).toEqual([
      'failed to stop http',
      'failed to stop broker',
      'shutdown finished with failures',
    ]);
    expect(errors[1]?.err).toMatchObject({ message: 'did not stop within 50 ms' });
  });

  it('when shutdown is requested twice, then components are stopped once', async () => {
    const { lifecycle } = setup();
    const stop = vi.fn(async () => undefined);
    lifecycle.add('http', stop);
    const [a, b] = await Promise.all([lifecycle.shutdown('SIGTERM'), lifecycle.shutdown('SIGINT')]);
    expect(a).toBe(b);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(lifecycle.isShuttingDown).toBe(true);
  });

  it('when SIGTERM arrives, then it shuts down and exits 0; when a step failed, it exits 1', async () => {
    for (const [fails, code] of [
      [false, 0],
      [true, 1],
    ] as const) {
      const { lifecycle } = setup();
      const signals = new EventEmitter();
      const exit = vi.fn();
      lifecycle.add('http', async () => {
        if (fails) throw new Error('nope');
      });
      const uninstall = lifecycle.installSignalHandlers({ emitter: signals, exit });
      signals.emit('SIGTERM', 'SIGTERM');
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(code));
      uninstall();
      expect(signals.listenerCount('SIGTERM')).toBe(0);
    }
  });

  it('when a second signal arrives during shutdown, then it exits 1 at once', async () => {
    const { lifecycle } = setup();
    const signals = new EventEmitter();
    const exit = vi.fn();
    lifecycle.add('slow', () => new Promise<void>((resolve) => setTimeout(resolve, 100)));
    lifecycle.installSignalHandlers({ emitter: signals, exit });
    signals.emit('SIGINT', 'SIGINT');
    signals.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
    await lifecycle.shutdown('test');
  });
});
