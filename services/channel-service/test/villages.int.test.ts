// The villages API the dashboard's settings use: list, read, create and change, with its refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalFetch, startHarness, type Harness } from './channel-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('villages');
});
afterAll(async () => {
  await h?.stop();
});

const call = (path: string, method = 'GET', body?: unknown) =>
  internalFetch(h.url, path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
const create = (id: string, name: string, phoneNumberId: string) =>
  call('/internal/villages', 'POST', { id, name, phoneNumberId });

describe('villages', () => {
  it('when a village is created, then it is read back alone and in the list', async () => {
    const res = await create('desa-mekarsari', 'Desa Mekarsari', '200000000000001');
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: 'desa-mekarsari',
      name: 'Desa Mekarsari',
      phoneNumberId: '200000000000001',
    });
    const one = await call('/internal/villages/desa-mekarsari');
    expect(await one.json()).toEqual({
      id: 'desa-mekarsari',
      name: 'Desa Mekarsari',
      phoneNumberId: '200000000000001',
    });
    const list = (await (await call('/internal/villages')).json()) as { villages: { id: string }[] };
    expect(list.villages.map((v) => v.id)).toContain('desa-mekarsari');
  });

  it('when a village is changed, then the database has the new name and number', async () => {
    await create('desa-cibodas', 'Desa Cibodas', '200000000000002');
    const res = await call('/internal/villages/desa-cibodas', 'PUT', {
      name: 'Desa Cibodas Baru',
      phoneNumberId: '200000000000012',
    });
    expect(res.status).toBe(200);
    const row = await h.channel.db.village.findUniqueOrThrow({ where: { id: 'desa-cibodas' } });
    expect(row).toMatchObject({ name: 'Desa Cibodas Baru', phoneNumberId: '200000000000012' });
    // Its own number again is not a conflict.
    expect(
      (
        await call('/internal/villages/desa-cibodas', 'PUT', {
          name: 'Desa Cibodas',
          phoneNumberId: '200000000000012',
        })
      ).status,
    ).toBe(200);
  });

  it('when the number belongs to another village, then PUT and POST answer 409 naming the field', async () => {
    await create('desa-satu', 'Desa Satu', '200000000000003');
    await create('desa-dua', 'Desa Dua', '200000000000004');
    const put = await call('/internal/villages/desa-dua', 'PUT', {
      name: 'Desa Dua',
      phoneNumberId: '200000000000003',
    });
    expect(put.status).toBe(409);
    expect(put.headers.get('content-type')).toContain('application/problem+json');
    expect(await put.json()).toMatchObject({ field: 'phoneNumberId', villageId: 'desa-satu' });
    const post = await create('desa-tiga', 'Desa Tiga', '200000000000003');
    expect(post.status).toBe(409);
    expect(await h.channel.db.village.findUnique({ where: { id: 'desa-tiga' } })).toBeNull();
  });

  it('when the id exists already, then POST answers 409 and changes nothing', async () => {
    await create('desa-empat', 'Desa Empat', '200000000000005');
    const res = await create('desa-empat', 'Desa Lain', '200000000000006');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ field: 'id' });
    const row = await h.channel.db.village.findUniqueOrThrow({ where: { id: 'desa-empat' } });
    expect(row.name).toBe('Desa Empat');
  });

  it('when the village is unknown, then GET and PUT answer 404', async () => {
    expect((await call('/internal/villages/desa-tidak-ada')).status).toBe(404);
    expect(
      (
        await call('/internal/villages/desa-tidak-ada', 'PUT', {
          name: 'X Y',
          phoneNumberId: '200000000000099',
        })
      ).status,
    ).toBe(404);
  });

  it('when the body is invalid, then the answer is a 400 problem naming the field', async () => {
    const badId = await create('Desa Besar!', 'Desa Besar', '200000000000007');
    expect(badId.status).toBe(400);
    expect(JSON.stringify(await badId.json())).toContain('id');
    const badNumber = await call('/internal/villages/desa-empat', 'PUT', {
      name: 'Desa Empat',
      phoneNumberId: '+62 812',
    });
    expect(badNumber.status).toBe(400);
    expect(badNumber.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(await badNumber.json())).toContain('phoneNumberId');
  });

  it('when the internal key is missing, then the answer is 401', async () => {
    const res = await fetch(`${h.url}/internal/villages`);
    expect(res.status).toBe(401);
  });
});
