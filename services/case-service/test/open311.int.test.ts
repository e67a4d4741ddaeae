import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody, startHarness, type Harness } from './harness.ts';

// ../shared/testdata relative to the repository root (services/case-service/test -> ../../..).
const SCHEMA_DIR = fileURLToPath(new URL('../../../../shared/testdata/open311/schema/', import.meta.url));
const haveSchemas = existsSync(SCHEMA_DIR);
if (!haveSchemas) console.warn(`Open311 suite skipped: ${SCHEMA_DIR} is absent (no ../shared checkout)`);

const PARTNER_KEY = 'partner-key-0123456789';
let h: Harness;
let validators: Record<'services' | 'requests', ValidateFunction>;
let publicId = '';
let confidentialId = '';

function compileSchemas() {
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'swagger.json'))
    ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, 'utf8')), file);
  return { services: ajv.getSchema('services.json')!, requests: ajv.getSchema('requests.json')! };
}

function expectValid(kind: 'services' | 'requests', body: unknown) {
  const validate = validators[kind];
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

describe.skipIf(!haveSchemas)('Open311 GeoReport v2', () => {
  beforeAll(async () => {
    validators = compileSchemas();
    h = await startHarness('open311', { OPEN311_API_KEYS: `${PARTNER_KEY}@desa-sukamaju` });
    const post = (body: Record<string, unknown>) =>
      h.api('POST', '/internal/complaints', complaintBody(body));
    publicId = (await post({ location: { latitude: -6.2, longitude: 106.8 } })).body.complaintId;
    confidentialId = (
      await post({
        address: 'Rumah Pak RT',
        reporter: { waId: '6283333333333', name: 'Rahasia', confidential: true },
      })
    ).body.complaintId;
    await h.api('PUT', `/internal/complaints/${publicId}`, {
      villageId: 'desa-sukamaju',
      status: 'VERIFIED',
      actor: 'admin',
    });
  }, 60_000);
  afterAll(() => h?.stop());

  const get = async (path: string) => {
    const res = await fetch(`${h.url}/open311/v2/${path}`); // public: no internal key
    return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('when listing services, then the village categories come back and validate against services.json', async () => {
    const res = await get('services.json?jurisdiction_id=desa-sukamaju');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(9);
    expectValid('services', res.body);
    // The validators are not vacuous: a request without its id or code is refused.
    expect(validators.requests([{ status: 'open', requested_datetime: '2026-01-01T00:00:00Z' }])).toBe(false);
  });

  it('when listing requests, then they validate, map statuses to open/closed, and leave out confidential ones and reporters', async () => {
    const res = await get('requests.json?jurisdiction_id=desa-sukamaju');
    expect(res.status).toBe(200);
    expectValid('requests', res.body);
    const ids = res.body.map((r: { service_request_id: string }) => r.service_request_id);
    expect(ids).toContain(publicId);
    expect(ids).not.toContain(confidentialId);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('6281234567890');
    expect(text).not.toContain('Budi');
    expect(
      res.body.find((r: { service_request_id: string }) => r.service_request_id === publicId),
    ).toMatchObject({
      status: 'open',
      status_notes: expect.any(String),
      service_code: 'jalan_rusak',
      service_name: 'Jalan Rusak',
      lat: -6.2,
      long: 106.8,
    });
  });

  it('when filtering by status, service_code, dates and ids, then only matching requests come back', async () => {
    expect((await get('requests.json?jurisdiction_id=desa-sukamaju&status=closed')).body).toEqual([]);
    expect((await get('requests.json?jurisdiction_id=desa-sukamaju&service_code=sampah')).body).toEqual([]);
    expect(
      (await get('requests.json?jurisdiction_id=desa-sukamaju&end_date=2000-01-01T00:00:00Z')).body,
    ).toEqual([]);
    const byId = await get(
      `requests.json?jurisdiction_id=desa-sukamaju&service_request_id=${publicId},${confidentialId}`,
    );
    expect(byId.body.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([publicId]);
  });

  it('when one request is read, then it is a one-element list; a confidential one or another village’s is a 404', async () => {
    const res = await get(`requests/${publicId}.json?jurisdiction_id=desa-sukamaju`);
    expect(res.status).toBe(200);
    expectValid('requests', res.body);
    expect(res.body).toHaveLength(1);
    expect((await get(`requests/${confidentialId}.json?jurisdiction_id=desa-sukamaju`)).status).toBe(404);
    const other = await get(`requests/${publicId}.json?jurisdiction_id=desa-makmur`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it('when a partner posts with its api_key, then a complaint is filed; without a valid key, it is refused', async () => {
    const form = (fields: Record<string, string>) =>
      fetch(`${h.url}/open311/v2/requests.json`, { method: 'POST', body: new URLSearchParams(fields) });
    const fields = {
      service_code: 'sampah',
      description: 'Sampah menumpuk di sungai',
      lat: '-6.3',
      long: '106.9',
    };
    const refused = await form({ ...fields, api_key: 'nope' });
    expect(refused.status).toBe(403);
    const res = await form({ ...fields, api_key: PARTNER_KEY, first_name: 'Mitra' });
    expect(res.status).toBe(201);
    const [created] = (await res.json()) as { service_request_id: string }[];
    const internal = await h.api(
      'GET',
      `/internal/complaints/${created!.service_request_id}?villageId=desa-sukamaju`,
    );
    expect(internal.body).toMatchObject({
      source: 'open311',
      category: 'sampah',
      reporter: { name: 'Mitra' },
    });
    const missing = await form({
      api_key: PARTNER_KEY,
      service_code: 'sampah',
      description: 'tanpa lokasi sama sekali',
    });
    expect(missing.status).toBe(400);
  });

  it('when jurisdiction_id is missing, then a 400 in GeoReport error format says so', async () => {
    const res = await get('services.json');
    expect(res.status).toBe(400);
    expect(res.body).toEqual([{ code: 400, description: expect.stringContaining('jurisdiction_id') }]);
  });
});
