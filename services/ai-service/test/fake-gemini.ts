// A local stand-in for the Gemini API (generativelanguage.googleapis.com), speaking its wire format:
// `POST /v1beta/models/{model}:generateContent` and `:batchEmbedContents` with `x-goog-api-key`.
// It checks each request's shape (a wrong key or shape gets Gemini's own 400, and is recorded as a
// violation) and that no NIK, phone number or e-mail address is in the body; it answers with
// recorded responses, or with what a test scripted (errors, delays, broken JSON). Embeddings are
// computed with the local hashed embedding, so similar texts get similar vectors.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localEmbed } from '../src/knowledge/local-embedding.ts';

export type FakeReply =
  | { fixture: string; status?: number } // a file of test/fixtures/gemini
  | { json: unknown; status?: number }
  | { raw: string; status?: number } // a body that is not JSON
  | { delayMs: number; then?: FakeReply };

export interface RecordedRequest {
  path: string;
  operation: 'generateContent' | 'batchEmbedContents' | 'other';
  model: string;
  apiKey: string | undefined;
  body: Record<string, unknown>;
  raw: string;
}

const PERSONAL_DATA: [string, RegExp][] = [
  ['NIK', /(?<!\d)\d{16}(?!\d)/],
  ['phone', /(?:\+?62|0)8\d{2}[ .-]?\d{3,4}[ .-]?\d{3,5}/],
  ['e-mail', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/],
];

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/gemini/${name}.json`, import.meta.url), 'utf8'));
}

export async function startFakeGemini(options: { apiKey: string }) {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const scripts = { generateContent: [] as FakeReply[], batchEmbedContents: [] as FakeReply[] };
  const defaults: Record<'generateContent' | 'batchEmbedContents', FakeReply | undefined> = {
    generateContent: { fixture: 'generate-content-greeting' },
    batchEmbedContents: undefined, // computed
  };

  function check(r: RecordedRequest): string | undefined {
    if (r.apiKey !== options.apiKey) return 'x-goog-api-key is missing or wrong';
    if (r.operation === 'other') return `unknown path ${r.path}`;
    for (const [what, pattern] of PERSONAL_DATA) if (pattern.test(r.raw)) return `the body holds a ${what}`;
    if (r.operation === 'generateContent') {
      const config = r.body.generationConfig as Record<string, unknown> | undefined;
      const schema = config?.responseSchema as { properties?: Record<string, unknown>; required?: string[] };
      if (config?.responseMimeType !== 'application/json') return 'responseMimeType is not application/json';
      if (!schema?.properties?.intent || !schema.properties.slots || !schema.required?.includes('intent'))
        return 'responseSchema does not describe {intent, confidence, slots}';
      if (!Array.isArray(r.body.contents) || !r.body.systemInstruction)
        return 'contents or systemInstruction missing';
    } else {
      const list = r.body.requests as { model?: string; outputDimensionality?: number; content?: unknown }[];
      if (!Array.isArray(list) || list.length === 0 || list.length > 100)
        return 'requests must hold 1 to 100 items';
      if (list.some((q) => q.model !== `models/${r.model}` || q.outputDimensionality !== 768 || !q.content))
        return 'each request needs model, content and outputDimensionality 768';
    }
    return undefined;
  }

  function embeddings(r: RecordedRequest) {
    const list = r.body.requests as { content: { parts: { text: string }[] } }[];
    return {
      embeddings: list.map((q) => ({ values: localEmbed(q.content.parts.map((p) => p.text).join(' ')) })),
    };
  }

  async function reply(res: ServerResponse, r: RecordedRequest, action: FakeReply): Promise<void> {
    if ('delayMs' in action) {
      await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      if (res.destroyed) return;
      return reply(res, r, action.then ?? { json: embeddingsOrGreeting(r) });
    }
    const status = action.status ?? 200;
    const body =
      'raw' in action ? action.raw : JSON.stringify('json' in action ? action.json : fixture(action.fixture));
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(body);
  }

  function embeddingsOrGreeting(r: RecordedRequest): unknown {
    return r.operation === 'batchEmbedContents' ? embeddings(r) : fixture('generate-content-greeting');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const match = /^\/v1beta\/models\/([^/:]+):(generateContent|batchEmbedContents)$/.exec(req.url ?? '');
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      /* checked below */
    }
    const r: RecordedRequest = {
      path: req.url ?? '',
      operation: req.method === 'POST' && match ? (match[2] as RecordedRequest['operation']) : 'other',
      model: match?.[1] ?? '',
      apiKey: req.headers['x-goog-api-key'] as string | undefined,
      body,
      raw,
    };
    requests.push(r);
    const problem = check(r);
    if (problem) {
      violations.push(problem);
      return reply(res, r, {
        status: 400,
        json: { error: { code: 400, message: problem, status: 'INVALID_ARGUMENT' } },
      });
    }
    const op = r.operation as 'generateContent' | 'batchEmbedContents';
    const action = scripts[op].shift() ?? defaults[op] ?? { json: embeddings(r) };
    return reply(res, r, action);
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    violations,
    /** Replies to the next calls of an operation, in order; then the defaults again. */
    script(operation: 'generateContent' | 'batchEmbedContents', ...replies: FakeReply[]) {
      scripts[operation].push(...replies);
    },
    setDefault(operation: 'generateContent' | 'batchEmbedContents', replyWith: FakeReply | undefined) {
      defaults[operation] = replyWith;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type FakeGemini = Awaited<ReturnType<typeof startFakeGemini>>;
