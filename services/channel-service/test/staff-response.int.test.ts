// GET /internal/analytics/staff on the real service and database: conversations seeded as rows with
// explicit send times, so every response time below is known to the second.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '../src/repositories/prisma-client.ts';
import { internalFetch, startHarness, type Harness } from './channel-harness.ts';

let h: Harness;
let db: Db;
beforeAll(async () => {
  h = await startHarness('staff_response');
  db = createPrismaClient(h.database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await h?.stop();
});

type Step =
  | { in: number; type?: string; metaSecond?: boolean }
  | { bot: number; status?: string }
  | { staff: number; status?: string };

let n = 0;
/**
 * One conversation as the service would have stored it: each step is a message `seconds` after `start`
 * (a citizen's, the bot's, or an officer's), and last_message_at is the newest message's time.
 */
async function conversation(villageId: string, start: Date, steps: Step[]): Promise<void> {
  const id = randomUUID();
  const at = (s: number) => new Date(start.getTime() + s * 1000);
  const rows = steps.map((step) => {
    const [direction, seconds, adminId] =
      'in' in step
        ? (['inbound', step.in, null] as const)
        : 'bot' in step
          ? (['outbound', step.bot, null] as const)
          : (['outbound', step.staff, 'petugas-1'] as const);
    return {
      id: randomUUID(),
      villageId,
      conversationId: id,
      direction,
      type: ('type' in step && step.type) || 'text',
      text: 'type' in step && step.type === 'reaction' ? '👍' : `pesan ${seconds}`,
      content: {},
      status: ('status' in step && step.status) || (direction === 'inbound' ? 'held' : 'read'),
      adminId,
      adminName: adminId ? 'Bu Rina' : null,
      // Meta's timestamp of an inbound message is whole seconds; ours (created_at) is when it arrived.
      sentAt:
        'metaSecond' in step && step.metaSecond
          ? new Date(Math.floor(at(seconds).getTime() / 1000) * 1000)
          : at(seconds),
      createdAt: at(seconds),
    };
  });
  await db.conversation.create({
    data: {
      id,
      villageId,
      waId: `62812555${String(++n).padStart(5, '0')}`,
      lastMessageAt: new Date(Math.max(...rows.map((r) => r.sentAt.getTime()))),
    },
  });
  await db.message.createMany({ data: rows });
}

interface Figures {
  from: string;
  to: string;
  staffReplies: number;
  answeredInbound: number;
  medianResponseSeconds: number | null;
  p90ResponseSeconds: number | null;
}

async function figures(query: Record<string, string>): Promise<Figures> {
  const res = await internalFetch(h.url, `/internal/analytics/staff?${new URLSearchParams(query)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Figures;
}

/** One UTC day as the period asked for. */
const day = (iso: string) => ({ from: `${iso}T00:00:00Z`, to: `${iso}T23:59:59Z` });
const at = (iso: string) => new Date(iso);

describe('staff response time', () => {
  it('when staff answer after two citizen messages, then the time runs from the first and a second bubble is not counted', async () => {
    await conversation('desa-satu', at('2026-03-02T02:00:00Z'), [
      { in: 0 },
      { in: 60 },
      { staff: 300 },
      { staff: 320 },
    ]);
    expect(await figures({ villageId: 'desa-satu', ...day('2026-03-02') })).toMatchObject({
      staffReplies: 1,
      answeredInbound: 2,
      medianResponseSeconds: 300,
      p90ResponseSeconds: 300,
    });
  });

  it("when a citizen writes in the same second as the bot's reply, then the order is the order of arrival, not Meta's whole seconds", async () => {
    const start = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    // Bot reply at +10.3 s; the citizen's next message arrives at +10.6 s, stamped +10 s by Meta.
    await conversation('desa-detik', start, [
      { in: 9.5 },
      { bot: 10.3 },
      { in: 10.6, metaSecond: true },
      { staff: 15.6 },
    ]);
    expect(await figures({ villageId: 'desa-detik' })).toMatchObject({
      staffReplies: 1,
      answeredInbound: 1,
      medianResponseSeconds: 5,
    });
  });

  it('when the bot answered in between, then the wait starts again at the next citizen message', async () => {
    await conversation('desa-satu', at('2026-03-03T02:00:00Z'), [
      { in: 0 },
      { bot: 5 },
      { in: 100 },
      { staff: 160 },
    ]);
    expect(await figures({ villageId: 'desa-satu', ...day('2026-03-03') })).toMatchObject({
      staffReplies: 1,
      answeredInbound: 1,
      medianResponseSeconds: 60,
    });
  });

  it('when only a reaction came after the bot’s answer, or a staff message failed, then the reaction waits for nothing and the failed message neither answers nor counts', async () => {
    await conversation('desa-satu', at('2026-03-04T02:00:00Z'), [
      { in: 0 },
      { bot: 5 },
      { in: 30, type: 'reaction' },
      { staff: 900 },
    ]);
    // The failed message never reached the citizen: the later one is the answer, timed from the question.
    await conversation('desa-satu', at('2026-03-04T05:00:00Z'), [
      { in: 0 },
      { staff: 20, status: 'failed' },
      { staff: 50 },
    ]);
    expect(await figures({ villageId: 'desa-satu', ...day('2026-03-04') })).toEqual(
      expect.objectContaining({ staffReplies: 1, answeredInbound: 1, medianResponseSeconds: 50 }),
    );
  });

  it('when several replies fall in the period, then the median and p90 are over all of them, and a wait that began before the period counts in full', async () => {
    const start = at('2026-03-05T01:00:00Z');
    for (const seconds of [10, 20, 30, 40])
      await conversation('desa-satu', start, [{ in: 0 }, { staff: seconds }]);
    // Asked at 23:00 the day before, answered 100 s past midnight of the period's day.
    await conversation('desa-satu', at('2026-03-04T23:00:00Z'), [{ in: 0 }, { staff: 3600 + 100 }]);
    expect(
      await figures({ villageId: 'desa-satu', from: '2026-03-05T00:00:00Z', to: '2026-03-05T12:00:00Z' }),
    ).toMatchObject({
      staffReplies: 5,
      answeredInbound: 5,
      medianResponseSeconds: 30,
      // percentile_cont over 10, 20, 30, 40 and 3700: 40 + 0.6 x (3700 - 40)
      p90ResponseSeconds: 2236,
    });
  });

  it('when another village has staff replies in the same period, then they are not counted', async () => {
    await conversation('desa-dua', at('2026-03-02T03:00:00Z'), [{ in: 0 }, { staff: 1000 }]);
    expect(await figures({ villageId: 'desa-satu', ...day('2026-03-02') })).toMatchObject({
      staffReplies: 1,
      medianResponseSeconds: 300,
    });
    expect(await figures({ villageId: 'desa-dua', ...day('2026-03-02') })).toMatchObject({
      staffReplies: 1,
      medianResponseSeconds: 1000,
    });
  });

  it('when the period holds no staff reply, then the counts are zero and the times null', async () => {
    await conversation('desa-satu', at('2026-03-10T02:00:00Z'), [{ in: 0 }, { bot: 3 }]);
    expect(await figures({ villageId: 'desa-satu', ...day('2026-03-10') })).toEqual({
      villageId: 'desa-satu',
      from: '2026-03-10T00:00:00.000Z',
      to: '2026-03-10T23:59:59.000Z',
      staffReplies: 0,
      answeredInbound: 0,
      medianResponseSeconds: null,
      p90ResponseSeconds: null,
    });
  });

  it('when no period is given, then the last 30 days are measured', async () => {
    const now = Date.now();
    await conversation('desa-tiga', new Date(now - 10 * 86_400_000), [{ in: 0 }, { staff: 45 }]);
    await conversation('desa-tiga', new Date(now - 40 * 86_400_000), [{ in: 0 }, { staff: 4000 }]);
    const body = await figures({ villageId: 'desa-tiga' });
    expect(body).toMatchObject({ staffReplies: 1, medianResponseSeconds: 45 });
    expect(Date.parse(body.to) - Date.parse(body.from)).toBe(30 * 86_400_000);
  });

  it('when the period or the village is not valid, then the answer is a 400 problem naming the field', async () => {
    for (const [query, field] of [
      [{ villageId: 'desa-satu', from: '2026-03-02' }, 'query.from'],
      [{ villageId: 'desa-satu', from: '2026-03-05T00:00:00Z', to: '2026-03-04T00:00:00Z' }, 'query.from'],
      [{ villageId: 'Desa Satu!' }, 'query.villageId'],
      [{}, 'query.villageId'],
    ] as const) {
      const res = await internalFetch(h.url, `/internal/analytics/staff?${new URLSearchParams(query)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await res.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toContain(field);
    }
  });

  it('when the internal key is missing, then the figures are refused', async () => {
    const res = await fetch(`${h.url}/internal/analytics/staff?villageId=desa-satu`);
    expect(res.status).toBe(401);
  });
});
