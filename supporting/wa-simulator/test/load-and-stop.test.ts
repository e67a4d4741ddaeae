// Many concurrent sends keep their guarantees (unique wamids, every status delivered exactly once), and
// stop() cancels the status webhooks still to come.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, textTo, type Harness } from './support/harness.ts';

describe('under load', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ statusDelayMs: 1 });
    await h.citizenSays('6281600000001', { text: 'halo' });
  });
  afterAll(() => h.stop());

  it('when 300 sends arrive at once, then all are accepted with unique wamids and 900 statuses arrive once each', async () => {
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => h.graphSend(textTo('6281600000001', `pesan ${i}`))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { messages: { id: string }[] }).messages[0]!.id),
    );
    expect(new Set(ids).size).toBe(300);
    const statusCount = () => h.channel.received.filter((r) => r.raw.includes('"statuses"')).length;
    await h.channel.waitFor(() => statusCount() >= 900, 25_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(statusCount()).toBe(900);
    for (const id of ids.slice(0, 20)) expect(h.channel.statuses(id)).toEqual(['sent', 'delivered', 'read']);
  });
});

describe('stop()', () => {
  it('when the simulator stops with status webhooks pending, then none is posted afterwards', async () => {
    const h = await startHarness({ statusDelayMs: 100 });
    await h.citizenSays('6281600000002', { text: 'halo' });
    const res = await h.graphSend(textTo('6281600000002'));
    expect(res.status).toBe(200);
    await h.sim.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(h.channel.received.filter((r) => r.raw.includes('"statuses"'))).toEqual([]);
    await h.channel.close();
  });
});
