// The gemini NLU engine against a local fake Gemini: request shape, redaction, structured output,
// and fallback to the local engine on timeouts, 5xx, 429, broken JSON and an open breaker.
import { Registry } from '@govconnect/service-kit';
import { captureLogs } from '@govconnect/service-kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/nlu/gemini/circuit-breaker.ts';
import { FallbackNlu } from '../src/nlu/gemini/fallback-nlu.ts';
import { createGeminiClient } from '../src/nlu/gemini/gemini-call.ts';
import { GeminiNlu } from '../src/nlu/gemini/gemini-nlu.ts';
import { LocalNlu } from '../src/nlu/local/local-nlu.ts';
import { startFakeGemini, type FakeGemini } from './fake-gemini.ts';

const KEY = 'test-gemini-key';
let fake: FakeGemini;
let local: LocalNlu;

beforeAll(async () => {
  fake = await startFakeGemini({ apiKey: KEY });
  local = LocalNlu.train();
});
afterAll(() => fake?.close());

function engine(
  options: { threshold?: number; maxRetries?: number; timeoutMs?: number; apiKey?: string } = {},
) {
  const registry = new Registry();
  const logs = captureLogs();
  const gemini = new GeminiNlu(createGeminiClient(options.apiKey ?? KEY, fake.url), {
    model: 'gemini-2.5-flash',
    call: { timeoutMs: options.timeoutMs ?? 5000, maxRetries: options.maxRetries ?? 0, retryBaseMs: 1 },
    breaker: new CircuitBreaker({ name: 'nlu', threshold: options.threshold ?? 100, cooldownMs: 60_000 }),
  });
  const nlu = new FallbackNlu(gemini, local, { logger: logs.logger, registry });
  const fallbacks = async () =>
    Object.fromEntries(
      (await registry.getSingleMetric('ai_nlu_fallback_total')!.get()).values.map((v) => [
        v.labels.reason,
        v.value,
      ]),
    );
  return { nlu, logs, fallbacks };
}

beforeEach(() => {
  fake.requests.length = 0;
  fake.violations.length = 0;
});

describe('gemini NLU engine', () => {
  it('when Gemini answers, then its structured output is the result and the request has the right shape', async () => {
    fake.script('generateContent', { fixture: 'generate-content-complaint' });
    const { nlu, fallbacks } = engine();
    const result = await nlu.understand('jln dpn rmh sy rusak parah min, bnyk lubang');
    expect(result).toEqual({
      intent: 'CREATE_COMPLAINT',
      confidence: 0.94,
      slots: {
        category: 'jalan_rusak',
        address: 'jalan melati RT 02',
        description: 'jalan di depan rumah rusak parah, banyak lubang',
      },
      engine: 'gemini',
    });
    expect(fake.violations).toEqual([]);
    const [request] = fake.requests;
    expect(request).toMatchObject({ path: '/v1beta/models/gemini-2.5-flash:generateContent', apiKey: KEY });
    const { responseSchema: schema } = request!.body.generationConfig as {
      responseSchema: { properties: { intent: { enum: string[] } }; required: string[] };
    };
    expect(schema.properties.intent.enum).toContain('CHECK_STATUS');
    expect(schema.required).toEqual(['intent', 'confidence', 'slots']);
    expect(await fallbacks()).toEqual({});
  });

  it('when the message holds a NIK, a phone number and an e-mail, then none of them leaves the system', async () => {
    const { nlu } = engine();
    await nlu.understand('sy budi NIK 3201234567890001 hp 081234567890 email budi.s@gmail.com, mau lapor');
    expect(fake.violations).toEqual([]);
    const sent = fake.requests[0]!.raw;
    expect(sent).not.toContain('3201234567890001');
    expect(sent).not.toContain('081234567890');
    expect(sent).not.toContain('budi.s@gmail.com');
    expect(sent).toContain('[NIK]');
    expect(sent).toContain('[EMAIL]');
  });

  it('when the API key is wrong, then Gemini refuses and the local engine answers', async () => {
    const { nlu, fallbacks } = engine({ apiKey: 'wrong-key' });
    const result = await nlu.understand('halo min');
    expect(fake.violations).toEqual(['x-goog-api-key is missing or wrong']);
    expect(result).toMatchObject({ intent: 'GREETING', engine: 'local' });
    expect(await fallbacks()).toEqual({ client_error: 1 });
  });

  it.each([
    ['a 500', { fixture: 'error-500', status: 500 }, 'server_error'],
    ['a 503', { fixture: 'error-503', status: 503 }, 'server_error'],
    ['a 429', { fixture: 'error-429', status: 429 }, 'rate_limited'],
    ['a body that is not JSON', { raw: '<html>502 Bad Gateway</html>' }, 'malformed'],
    ['model text that is not JSON', { fixture: 'generate-content-not-json' }, 'malformed'],
    [
      'JSON outside the schema',
      { json: { candidates: [{ content: { parts: [{ text: '{"intent":"PIZZA"}' }] } }] } },
      'malformed',
    ],
  ] as const)(
    'when Gemini answers %s, then the local engine answers and the fallback is counted',
    async (_what, reply, reason) => {
      fake.script('generateContent', reply);
      const { nlu, logs, fallbacks } = engine();
      const result = await nlu.understand('lampu pju gg mawar mati udh 3hr');
      expect(result).toMatchObject({
        intent: 'CREATE_COMPLAINT',
        engine: 'local',
        slots: { category: 'lampu_jalan' },
      });
      expect(await fallbacks()).toEqual({ [reason]: 1 });
      const line = logs.records().find((r) => r.msg === 'nlu fell back to the local engine');
      expect(line).toMatchObject({ level: 'warn', reason });
      expect(JSON.stringify(line)).not.toContain('pju gg mawar'); // the citizen's text is not logged
    },
  );

  it('when Gemini is slower than the timeout, then the local engine answers', async () => {
    fake.script('generateContent', { delayMs: 3000, then: { fixture: 'generate-content-complaint' } });
    const { nlu, fallbacks } = engine({ timeoutMs: 200, maxRetries: 2 });
    const result = await nlu.understand('halo min');
    expect(result).toMatchObject({ intent: 'GREETING', engine: 'local' });
    expect(await fallbacks()).toEqual({ timeout: 1 });
    expect(fake.requests).toHaveLength(1); // a timeout is not retried
  });

  it('when Gemini fails with 503 then recovers, then the retry gets the answer', async () => {
    fake.script(
      'generateContent',
      { fixture: 'error-503', status: 503 },
      { fixture: 'error-429', status: 429 },
      { fixture: 'generate-content-complaint' },
    );
    const { nlu, fallbacks } = engine({ maxRetries: 2 });
    const result = await nlu.understand('jalan rusak di rt 2');
    expect(result).toMatchObject({ intent: 'CREATE_COMPLAINT', engine: 'gemini' });
    expect(fake.requests).toHaveLength(3);
    expect(await fallbacks()).toEqual({});
  });

  it('when a 400 comes back, then it is not retried', async () => {
    fake.script('generateContent', { fixture: 'error-400-key', status: 400 });
    const { nlu } = engine({ maxRetries: 2 });
    await nlu.understand('halo');
    expect(fake.requests).toHaveLength(1);
  });

  it('when N calls in a row fail, then the breaker opens and Gemini is not called until it cools down', async () => {
    fake.setDefault('generateContent', { fixture: 'error-500', status: 500 });
    try {
      const { nlu, logs, fallbacks } = engine({ threshold: 3 });
      for (let i = 0; i < 5; i++) expect((await nlu.understand('halo min')).engine).toBe('local');
      expect(fake.requests).toHaveLength(3);
      expect(await fallbacks()).toEqual({ server_error: 3, circuit_open: 2 });
      expect(logs.records().filter((r) => r.msg === 'nlu fell back to the local engine')).toHaveLength(5);
    } finally {
      fake.setDefault('generateContent', { fixture: 'generate-content-greeting' });
    }
  });
});
