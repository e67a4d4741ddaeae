// End to end, third round: the superadmin registers a village (channel-service has it) and its first
// admin; that admin edits the village profile (name, WhatsApp phone_number_id) and a citizen writing to
// the new number reaches the village; the admin adds and removes a holiday (case-service follows). The
// activity log keeps before and after; other roles and villages are refused.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, login, shot } from './browser.ts';
import { startDashboard, type DashboardStack } from './dashboard-stack.ts';
import { startServicesStack, type ServicesStack } from './services-stack.ts';

let services: ServicesStack;
let dash: DashboardStack;
let rootContext: BrowserContext;
let adminContext: BrowserContext;
let root: Page;
let admin: Page;
const VILLAGE = 'desa-mekar';
const NUMBER = '100000000000077';
const NEW_NUMBER = '100000000000078';
const DEMO_NUMBER = '100000000000001';

beforeAll(async () => {
  services = await startServicesStack('e2e3');
  dash = await startDashboard('e2e3', services);
  rootContext = await dash.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  root = await login(dash.url, rootContext, 'root@govconnect.local', 'govconnect123');
}, 300_000);

afterAll(async () => {
  await dash?.stop();
  await services?.stop();
}, 60_000);

const channelVillage = async (id: string) =>
  (await services.internal(services.channelUrl, 'GET', `/internal/villages/${id}`)).body;

describe('the dashboard, third round, end to end', () => {
  it('when the superadmin adds a village on Pengaturan, then channel-service has it and a taken number is refused', async () => {
    await root.goto(`${dash.url}/pengaturan?bagian=daftar-desa`);
    await root.locator('[data-village-id="desa-sukamaju"]').waitFor();
    await root.getByLabel('Kode desa').fill(VILLAGE);
    await root.getByLabel('Nama desa').fill('Desa Mekar');
    await root.getByLabel('phone_number_id WhatsApp').fill(NUMBER);
    await root.click('form[aria-label="Tambah desa"] button[type=submit]');
    await root.locator(`[data-village-id="${VILLAGE}"]`).waitFor();
    expect(await channelVillage(VILLAGE)).toEqual({ id: VILLAGE, name: 'Desa Mekar', phoneNumberId: NUMBER });
    await shot(root, 'pengaturan-daftar-desa');

    await root.getByLabel('Kode desa').fill('desa-kembar');
    await root.getByLabel('Nama desa').fill('Desa Kembar');
    await root.getByLabel('phone_number_id WhatsApp').fill(DEMO_NUMBER);
    await root.click('form[aria-label="Tambah desa"] button[type=submit]');
    await root.getByRole('alert').filter({ hasText: 'sudah dipakai desa desa-sukamaju' }).waitFor();
    expect(
      (await services.internal(services.channelUrl, 'GET', '/internal/villages/desa-kembar')).status,
    ).toBe(404);
    const logged = await dash.db.activityLog.findFirst({ where: { action: 'settings.village_create' } });
    expect(logged).toMatchObject({
      villageId: VILLAGE,
      targetId: VILLAGE,
      userEmail: 'root@govconnect.local',
    });
    expect(logged?.after).toEqual({ id: VILLAGE, name: 'Desa Mekar', phoneNumberId: NUMBER });
  }, 60_000);

  it('when the superadmin switches to the new village, then they create its admin there', async () => {
    await root.fill('input#village', VILLAGE);
    await root.press('input#village', 'Enter');
    await root.getByTestId('village').filter({ hasText: VILLAGE }).waitFor();
    await root.goto(`${dash.url}/pengaturan?bagian=pengguna`);
    await root.getByLabel('E-mail pengguna baru').fill('admin@mekar.desa.id');
    await root.getByLabel('Nama pengguna baru').fill('Admin Mekar');
    await root.getByLabel('Peran pengguna baru').selectOption('village_admin');
    await root.getByLabel('Kata sandi awal').fill('mekar-rahasia-1');
    await root.click('form[aria-label="Tambah pengguna"] button[type=submit]');
    await root.locator('[data-user-email="admin@mekar.desa.id"]').waitFor();
    const user = await dash.db.user.findUniqueOrThrow({ where: { email: 'admin@mekar.desa.id' } });
    expect(user).toMatchObject({ role: 'village_admin', villageId: VILLAGE });
  }, 60_000);

  it("when the village's admin edits the profile, then channel-service has the new name and number and a citizen of that number reaches the village", async () => {
    adminContext = await dash.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    admin = await login(dash.url, adminContext, 'admin@mekar.desa.id', 'mekar-rahasia-1');
    await admin.goto(`${dash.url}/pengaturan?bagian=desa`);
    // The superadmin's section is not offered to a village admin.
    expect(await admin.getByRole('link', { name: 'Daftar desa' }).count()).toBe(0);
    expect(await admin.getByLabel('Nama desa').inputValue()).toBe('Desa Mekar');
    expect(await admin.getByLabel('phone_number_id WhatsApp').inputValue()).toBe(NUMBER);

    await admin.getByLabel('phone_number_id WhatsApp').fill(DEMO_NUMBER);
    await admin.click('form[aria-label="Profil desa"] button[type=submit]');
    await admin.getByRole('alert').filter({ hasText: 'sudah dipakai desa desa-sukamaju' }).waitFor();

    await admin.getByLabel('Nama desa').fill('Desa Mekar Jaya');
    await admin.getByLabel('phone_number_id WhatsApp').fill(NEW_NUMBER);
    await admin.click('form[aria-label="Profil desa"] button[type=submit]');
    await admin.getByRole('status').filter({ hasText: 'Profil desa disimpan' }).waitFor();
    expect(await channelVillage(VILLAGE)).toEqual({
      id: VILLAGE,
      name: 'Desa Mekar Jaya',
      phoneNumberId: NEW_NUMBER,
    });
    await shot(admin, 'pengaturan-profil-desa');
    const logged = await dash.db.activityLog.findFirst({ where: { action: 'settings.village' } });
    expect(logged).toMatchObject({ villageId: VILLAGE, userEmail: 'admin@mekar.desa.id' });
    expect(logged?.before).toEqual({ name: 'Desa Mekar', phoneNumberId: NUMBER });
    expect(logged?.after).toEqual({ name: 'Desa Mekar Jaya', phoneNumberId: NEW_NUMBER });

    // A number nobody had before is found by intake within its 2 s cache of unknown numbers.
    const waId = '6281299990001';
    await services.citizenSays(waId, { text: 'Selamat pagi', name: 'Pak Budi', phoneNumberId: NEW_NUMBER });
    await eventually(
      async () =>
        (await services.internal(services.channelUrl, 'GET', `/internal/conversations?villageId=${VILLAGE}`))
          .body.items as { waId: string }[],
      (items) => items.some((c) => c.waId === waId),
      10_000,
      "the citizen's conversation in the new village",
    );
  }, 60_000);

  it('when a village admin names another village or creates one, then they are refused', async () => {
    const other = await admin.request.put(`${dash.url}/api/pengaturan/desa?villageId=desa-sukamaju`, {
      data: { name: 'Desa Sukamaju', phoneNumberId: '100000000000099' },
    });
    expect(other.status()).toBe(403);
    const create = await admin.request.post(`${dash.url}/api/pengaturan/desa`, {
      data: { id: 'desa-liar', name: 'Desa Liar', phoneNumberId: '100000000000098' },
    });
    expect(create.status()).toBe(403);
    const bad = await admin.request.put(`${dash.url}/api/pengaturan/desa`, {
      data: { name: 'Desa Mekar Jaya', phoneNumberId: '+62 812' },
    });
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(await bad.json())).toContain('5-20 angka');
    expect((await channelVillage('desa-sukamaju')).phoneNumberId).toBe(DEMO_NUMBER);
  }, 30_000);

  it('when the admin adds a holiday, then case-service has it; removed, it is gone', async () => {
    const holidays = async () =>
      (await services.internal(services.caseUrl, 'GET', `/internal/holidays?villageId=${VILLAGE}&year=2027`))
        .body.holidays as { date: string; name: string }[];
    await admin.goto(`${dash.url}/pengaturan?bagian=libur&tahun=2027`);
    await admin.getByLabel('Tanggal').fill('2027-03-10');
    await admin.getByLabel('Nama hari libur').fill('Hari Jadi Desa Mekar');
    await admin.click('form[aria-label="Tambah hari libur"] button[type=submit]');
    const row = admin.locator('[data-testid=holiday-settings] li[data-date="2027-03-10"]');
    await row.filter({ hasText: 'Hari Jadi Desa Mekar' }).waitFor();
    expect(await row.textContent()).toContain('Rabu, 10 Maret 2027');
    expect(await holidays()).toContainEqual({ date: '2027-03-10', name: 'Hari Jadi Desa Mekar' });
    await shot(admin, 'pengaturan-libur');

    admin.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Hapus' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await holidays()).some((h) => h.date === '2027-03-10')).toBe(false);
    const log = await dash.db.activityLog.findMany({
      where: { targetType: 'holiday' },
      orderBy: { at: 'asc' },
    });
    expect(log.map((l) => [l.action, l.villageId])).toEqual([
      ['settings.holiday', VILLAGE],
      ['settings.holiday_remove', VILLAGE],
    ]);
    expect(log[0]!.before).toBeNull();
    expect(log[0]!.after).toEqual({ date: '2027-03-10', name: 'Hari Jadi Desa Mekar' });
    expect(log[1]!.before).toEqual({ date: '2027-03-10', name: 'Hari Jadi Desa Mekar' });
    const badDate = await admin.request.put(`${dash.url}/api/pengaturan/libur/2027-13-40`, {
      data: { name: 'x' },
    });
    expect(badDate.status()).toBe(400);
  }, 60_000);

  it('when a page link of the complaint list is broken or stale, then the first page opens with a notice, not an error', async () => {
    await root.goto(`${dash.url}/pengaduan?status=RECEIVED&cursor=bukan-tautan-halaman`);
    await root.getByTestId('stale-page-link').waitFor();
    await root.getByRole('heading', { name: 'Pengaduan' }).waitFor();
    expect(await root.getByText('Halaman tidak dapat dimuat').count()).toBe(0);
    // The filter stays; only the page link is dropped.
    expect(await root.getByRole('link', { name: '← Ke halaman pertama' }).count()).toBe(0);
    const exportHref = (await root.getByTestId('export-csv').getAttribute('href'))!;
    expect(exportHref).toContain('status=RECEIVED');
    expect(exportHref).not.toContain('cursor');
    await root.goto(`${dash.url}/pengaduan?status=RECEIVED`);
    expect(await root.getByTestId('stale-page-link').count()).toBe(0);
  }, 60_000);
});
