import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.ts';
import { backoffMs, GeminiError } from './gemini-call.ts';

function breaker(threshold = 3, cooldownMs = 1000) {
  let now = 0;
  const states: BreakerState[] = [];
  const b = new CircuitBreaker({
    name: 'test',
    threshold,
    cooldownMs,
    now: () => now,
    onStateChange: (s) => states.push(s),
  });
  return { b, states, advance: (ms: number) => (now += ms) };
}

const fail = () => Promise.reject(new Error('boom'));
const ok = () => Promise.resolve('ok');

describe('CircuitBreaker', () => {
  it('when fewer than threshold calls fail in a row, then it stays closed', async () => {
    const { b } = breaker(3);
    await expect(b.run(fail)).rejects.toThrow('boom');
    await expect(b.run(fail)).rejects.toThrow('boom');
    await expect(b.run(ok)).resolves.toBe('ok');
    await expect(b.run(fail)).rejects.toThrow('boom');
    expect(b.state).toBe('closed');
  });

  it('when threshold calls fail in a row, then it opens and later calls fail at once without running', async () => {
    const { b, states } = breaker(3);
    for (let i = 0; i < 3; i++) await expect(b.run(fail)).rejects.toThrow('boom');
    expect(b.state).toBe('open');
    let ran = false;
    const err = await b
      .run(async () => {
        ran = true;
        return 'x';
      })
      .catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(err).toBeInstanceOf(GeminiError);
    expect((err as GeminiError).reason).toBe('circuit_open');
    expect(states).toEqual(['open']);
  });

  it('when the cooldown has passed, then one trial runs: success closes, failure opens again', async () => {
    const { b, states, advance } = breaker(2, 1000);
    await expect(b.run(fail)).rejects.toThrow();
    await expect(b.run(fail)).rejects.toThrow();
    advance(1000);
    await expect(b.run(fail)).rejects.toThrow('boom'); // the trial ran and failed
    expect(b.state).toBe('open');
    await expect(b.run(ok)).rejects.toThrow(/open/);
    advance(1000);
    await expect(b.run(ok)).resolves.toBe('ok');
    expect(b.state).toBe('closed');
    expect(states).toEqual(['open', 'half_open', 'open', 'half_open', 'closed']);
  });

  it('when half-open, then only one trial call is let through at a time', async () => {
    const { b, advance } = breaker(1, 10);
    await expect(b.run(fail)).rejects.toThrow();
    advance(10);
    let release!: () => void;
    const trial = b.run(() => new Promise<string>((resolve) => (release = () => resolve('done'))));
    await expect(b.run(ok)).rejects.toThrow(/open/);
    release();
    await expect(trial).resolves.toBe('done');
    expect(b.state).toBe('closed');
  });
});

describe('backoffMs', () => {
  it('when retries go on, then the ceiling doubles and the wait stays within it', () => {
    expect(backoffMs(0, 200, () => 1)).toBe(200);
    expect(backoffMs(2, 200, () => 1)).toBe(800);
    expect(backoffMs(3, 200, () => 0)).toBe(0);
  });
});
