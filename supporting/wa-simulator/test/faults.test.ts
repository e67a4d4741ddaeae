// Fault injection: Graph failures, delays, webhook duplicates, and clearing them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, textTo, type Harness } from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.citizenSays('6281422220001', { text: 'halo' });
});
afterEach(() => fetch(`${h.sim.url}/simulator/faults`, { method: 'DELETE' }));
afterAll(() => h.stop());

const inject = (faults: unknown) =>
  fetch(`${h.sim.url}/simulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });

type MetaError = { error: { code: number; error_subcode?: number; message: string; fbtrace_id: string } };

describe('graph faults', () => {
  it('when a 500 is injected for 2 calls, then the next 2 sends fail with Meta 131000 and the third succeeds', async () => {
    expect((await inject({ graph: { status: 500, count: 2 } })).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.graphSend(textTo('6281422220001'))).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('when a 429 is injected, then the send fails with code 130429 in Meta error body', async () => {
    await inject({ graph: { status: 429 } });
    const res = await h.graphSend(textTo('6281422220001'));
    expect(res.status).toBe(429);
    const body = (await res.json()) as MetaError;
    expect(body.error).toMatchObject({
      code: 130429,
      message: '(#130429) Rate limit hit',
      fbtrace_id: expect.any(String),
    });
  });

  it('when a pair rate limit with a subcode is injected, then the error carries code 131056, the subcode and details', async () => {
    await inject({ graph: { status: 400, code: 131056, subcode: 2494055 } });
    const body = (await (await h.graphSend(textTo('6281422220001'))).json()) as MetaError & {
      error: { error_data: { details: string } };
    };
    expect(body.error).toMatchObject({ code: 131056, error_subcode: 2494055 });
    expect(body.error.error_data.details).toContain('too many messages');
  });

  it('when a Graph delay is injected, then answers take at least that long', async () => {
    await inject({ graph: { delayMs: 150 } });
    const started = Date.now();
    expect((await h.graphSend(textTo('6281422220001'))).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('when faults are cleared, then sends succeed again', async () => {
    await inject({ graph: { status: 503, count: 5 } });
    await fetch(`${h.sim.url}/simulator/faults`, { method: 'DELETE' });
    expect((await h.graphSend(textTo('6281422220001'))).status).toBe(200);
  });

  it('when a fault body is invalid, then it answers 400', async () => {
    expect((await inject({ graph: { status: 200 } })).status).toBe(400);
    expect((await inject({ nonsense: true })).status).toBe(400);
  });
});

describe('webhook faults', () => {
  it('when 2 duplicates are injected, then each webhook arrives 3 times with identical signed bytes', async () => {
    await inject({ webhook: { duplicates: 2 } });
    const res = await h.citizenSays('6281422220002', { text: 'dobel' });
    const { wamid } = (await res.json()) as { wamid: string };
    const copies = h.channel.received.filter(
      (r) => r.body.entry[0].changes[0].value.messages?.[0]?.id === wamid,
    );
    expect(copies).toHaveLength(3);
    expect(new Set(copies.map((c) => c.raw)).size).toBe(1);
    expect(copies.every((c) => c.signatureValid)).toBe(true);
  });

  it('when duplicates are on, then every status webhook is duplicated too', async () => {
    await inject({ webhook: { duplicates: 1 } });
    const res = await h.graphSend(textTo('6281422220001'));
    const wamid = ((await res.json()) as { messages: { id: string }[] }).messages[0]!.id;
    await h.channel.waitFor(() => h.channel.statuses(wamid).length === 6);
    expect(h.channel.statuses(wamid)).toEqual(['sent', 'sent', 'delivered', 'delivered', 'read', 'read']);
  });

  it('when a webhook delay is injected, then the citizen reply waits for it', async () => {
    await inject({ webhook: { delayMs: 150 } });
    const started = Date.now();
    await h.citizenSays('6281422220003', { text: 'pelan' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('when webhooks were delivered, then /simulator/webhooks counts them and lists the recent ones', async () => {
    const log = await h.json<{ total: number; recent: { kind: string; channelStatus: number }[] }>(
      '/simulator/webhooks',
    );
    expect(log.total).toBeGreaterThan(5);
    expect(log.recent.some((d) => d.kind === 'status' && d.channelStatus === 200)).toBe(true);
  });
});
