// End to end, fourth round: saved views of the case list (own and shared, who may delete them); a
// status change with a photo (stored by channel-service, shown in the timeline, refused when it is not
// an image); the case page's notifications card; complaints by area on Analitik; the Simulator's
// village picker; the staff response time on Analitik and the inbox preview; passwords (one's own on Akun saya, a colleague's reset by the admin).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../src/server/users.ts';
import { eventually, login, shot } from './browser.ts';
import { startDashboard, type DashboardStack } from './dashboard-stack.ts';
import { startServicesStack, type ServicesStack } from './services-stack.ts';

let services: ServicesStack;
let dash: DashboardStack;
let adminContext: BrowserContext;
let officerContext: BrowserContext;
let otherContext: BrowserContext;
let admin: Page;
let officer: Page;
let other: Page;

// A 1 x 1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  services = await startServicesStack('e2e4');
  dash = await startDashboard('e2e4', services); // with officers of Desa Sukamaju and of desa-lain
  const ctx = () => dash.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  [adminContext, officerContext, otherContext] = await Promise.all([ctx(), ctx(), ctx()]);
  admin = await login(dash.url, adminContext, 'admin@sukamaju.desa.id', 'sukamaju123');
  officer = await login(dash.url, officerContext, 'petugas@sukamaju.desa.id', 'petugas123');
  other = await login(dash.url, otherContext, 'petugas@desa-lain.desa.id', 'desalain123');
}, 300_000);

afterAll(async () => {
  await dash?.stop();
  await services?.stop();
}, 60_000);

async function fileComplaint(waId: string, description: string) {
  const created = await services.internal(services.caseUrl, 'POST', '/internal/complaints', {
    villageId: 'desa-sukamaju',
    reporter: { waId, name: 'Bu Sari' },
    category: 'jalan_rusak',
    description,
    address: 'Jl. Mawar RT 03/RW 02',
  });
  expect(created.status).toBe(201);
  return created.body.complaintId as string;
}

describe('the dashboard, fourth round, end to end', () => {
  it('when the admin saves a filtered list as a shared view, then it opens that filter for every officer of the village and no one else', async () => {
    await admin.goto(`${dash.url}/pengaduan?status=RECEIVED&overdue=true`);
    await admin.click('[data-testid=saved-views] button:has-text("Simpan tampilan ini")');
    await admin.getByLabel('Nama tampilan').fill('Baru & terlambat');
    await admin.getByLabel('Bagikan ke semua petugas desa').check();
    await admin.click('form[aria-label="Simpan tampilan"] button[type=submit]');
    const chip = admin.locator('[data-testid=saved-views] a', { hasText: 'Baru & terlambat' });
    await chip.waitFor();
    const view = await dash.db.savedView.findFirstOrThrow({ where: { name: 'Baru & terlambat' } });
    expect(view).toMatchObject({
      villageId: 'desa-sukamaju',
      query: 'status=RECEIVED&overdue=true',
      shared: true,
    });
    await shot(admin, 'pengaduan-tampilan');

    // The same name again is refused with a reason, and nothing is stored twice.
    await admin.click('[data-testid=saved-views] button:has-text("Simpan tampilan ini")');
    await admin.getByLabel('Nama tampilan').fill('Baru & terlambat');
    await admin.click('form[aria-label="Simpan tampilan"] button[type=submit]');
    await admin.getByRole('alert').filter({ hasText: 'sudah punya tampilan bernama' }).waitFor();
    expect(await dash.db.savedView.count({ where: { name: 'Baru & terlambat' } })).toBe(1);

    // An officer of the village sees it, opens it, and may not delete it.
    await officer.goto(`${dash.url}/pengaduan`);
    await officer.locator('[data-testid=saved-views] a', { hasText: 'Baru & terlambat' }).click();
    await officer.waitForURL(`${dash.url}/pengaduan?status=RECEIVED&overdue=true`);
    expect(await officer.locator('select[name=status]').inputValue()).toBe('RECEIVED');
    expect(await officer.getByRole('button', { name: 'Hapus tampilan Baru & terlambat' }).count()).toBe(0);
    const refused = await officer.request.delete(`${dash.url}/api/pengaduan/tampilan/${view.id}`);
    expect(refused.status()).toBe(403);

    // Another village does not see it and cannot reach it.
    const theirs = await other.request.get(`${dash.url}/api/pengaduan/tampilan`);
    expect((await theirs.json()).items).toEqual([]);
    expect((await other.request.delete(`${dash.url}/api/pengaduan/tampilan/${view.id}`)).status()).toBe(404);

    // The officer's own private view is theirs alone.
    const mine = await officer.request.post(`${dash.url}/api/pengaduan/tampilan`, {
      data: { name: 'Lampu saya', query: 'category=lampu_jalan' },
    });
    expect(mine.status()).toBe(201);
    const adminList = await (await admin.request.get(`${dash.url}/api/pengaduan/tampilan`)).json();
    expect(adminList.items.map((v: { name: string }) => v.name)).toEqual(['Baru & terlambat']);

    // The admin deletes the shared view; the log keeps both changes.
    admin.once('dialog', (d) => void d.accept());
    await admin.goto(`${dash.url}/pengaduan`);
    await admin.getByRole('button', { name: 'Hapus tampilan Baru & terlambat' }).click();
    await chip.waitFor({ state: 'detached' });
    expect(await dash.db.savedView.count({ where: { id: view.id } })).toBe(0);
    const logged = await dash.db.activityLog.findMany({
      where: { targetId: view.id },
      orderBy: { at: 'asc' },
    });
    expect(logged.map((l) => l.action)).toEqual(['view.create', 'view.delete']);
  }, 90_000);

  it('when the admin changes a status with a photo, then channel-service stores it, the timeline shows it and the citizen is told', async () => {
    const waId = '6281277770041';
    await services.citizenSays(waId, { text: 'Halo', name: 'Bu Sari' }); // opens the 24-hour window
    const id = await fileComplaint(waId, 'Jalan berlubang besar di depan balai RW');
    await admin.goto(`${dash.url}/pengaduan/${id}`);
    await admin.selectOption('select#status', 'VERIFIED');
    await admin.fill('textarea#note', 'Sudah dicek ke lokasi, foto terlampir');
    await admin.setInputFiles('input#photo', { name: 'lokasi.png', mimeType: 'image/png', buffer: PNG });
    await admin.click('form[aria-label="Ubah status"] button[type=submit]');
    await admin.locator('[data-testid=complaint-status] [data-status=VERIFIED]').waitFor();
    const img = admin.locator('[data-testid=timeline] [data-testid=status-photo]');
    await img.waitFor();
    await eventually(
      () => img.evaluate((el) => (el as HTMLImageElement).naturalWidth),
      (w) => w === 1,
      10_000,
      'the photo to load in the timeline',
    );

    const complaint = await services.internal(
      services.caseUrl,
      'GET',
      `/internal/complaints/${id}?villageId=desa-sukamaju`,
    );
    const mediaId = complaint.body.history.at(-1).photoMediaId as string;
    expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);
    const served = await admin.request.get(`${dash.url}/api/pengaduan/${id}/foto/${mediaId}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await served.body()).equals(PNG)).toBe(true);
    // The photo is reached only through its complaint, and not from another village.
    expect((await other.request.get(`${dash.url}/api/pengaduan/${id}/foto/${mediaId}`)).status()).toBe(404);
    const elsewhere = await fileComplaint(waId, 'Jalan retak di gang sebelah');
    expect((await admin.request.get(`${dash.url}/api/pengaduan/${elsewhere}/foto/${mediaId}`)).status()).toBe(
      404,
    );
    const logged = await dash.db.activityLog.findFirst({
      where: { action: 'complaint.status', targetId: id },
    });
    expect(logged?.after).toMatchObject({ status: 'VERIFIED', photoMediaId: mediaId });

    // The citizen is told, and the case page's notifications card lists what was sent.
    await eventually(
      () => services.citizenInbox(waId),
      (msgs) => msgs.some((m) => m.text.includes('foto terlampir')),
      20_000,
      'the status notification on the phone',
    );
    await admin.reload();
    const card = admin.locator('[data-testid=complaint-notifications]');
    await card.locator('li', { hasText: 'foto terlampir' }).waitFor();
    expect(await card.locator('li').count()).toBeGreaterThanOrEqual(2);
    await shot(admin, 'pengaduan-foto-status');
  }, 90_000);

  it('when the photo is not an image or too large, then the status is not changed and the reason is given', async () => {
    const id = await fileComplaint('6281277770042', 'Selokan mampet di gang buntu');
    await admin.goto(`${dash.url}/pengaduan/${id}`);
    await admin.selectOption('select#status', 'VERIFIED');
    // Declared a PNG, but the bytes are text: channel-service checks the content and refuses it.
    await admin.setInputFiles('input#photo', {
      name: 'bukan-foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('ini bukan gambar'),
    });
    await admin.click('form[aria-label="Ubah status"] button[type=submit]');
    await admin.getByRole('alert').filter({ hasText: 'bukan foto' }).waitFor();
    const tooBig = await admin.request.post(`${dash.url}/api/pengaduan/${id}/status`, {
      multipart: {
        status: 'VERIFIED',
        photo: { name: 'besar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) },
      },
    });
    expect(tooBig.status()).toBe(400);
    expect((await tooBig.json()).detail).toContain('5 MB');
    const complaint = await services.internal(
      services.caseUrl,
      'GET',
      `/internal/complaints/${id}?villageId=desa-sukamaju`,
    );
    expect(complaint.body.status).toBe('RECEIVED');
  }, 60_000);

  it('when the admin opens Analitik, then the complaints of the run are counted by area', async () => {
    await admin.goto(`${dash.url}/analitik`);
    const chart = admin.locator('[data-testid=area-chart]');
    await chart.waitFor();
    // Every complaint of this run was filed at "Jl. Mawar RT 03/RW 02": the RW is the area.
    await chart.getByText('RW 02').first().waitFor();
    const stats = await services.internal(
      services.caseUrl,
      'GET',
      '/internal/complaints/stats?villageId=desa-sukamaju',
    );
    expect(stats.body.byArea).toEqual([{ area: 'rw:2', label: 'RW 02', count: stats.body.total }]);
    await shot(admin, 'analitik-wilayah');
  }, 60_000);

  it('when someone picks another village on the Simulator page, then the message reaches that village', async () => {
    const made = await services.internal(services.channelUrl, 'POST', '/internal/villages', {
      id: 'desa-simulasi',
      name: 'Desa Simulasi',
      phoneNumberId: '100000000000055',
    });
    expect(made.status).toBe(201);
    const rootContext = await dash.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const root = await login(dash.url, rootContext, 'root@govconnect.local', 'govconnect123');
    await root.goto(`${dash.url}/simulator`);
    await root.fill('#sim-wa', '6281277770043');
    await root.selectOption('#sim-pnid', '100000000000055');
    await root.fill('input[aria-label="Pesan warga"]', 'Halo, selamat pagi');
    await root.click('form[aria-label="Kirim sebagai warga"] button[type=submit]');
    await root.locator('[data-testid=sim-chat] [data-from=citizen]', { hasText: 'selamat pagi' }).waitFor();
    const inSimulated = await eventually(
      () =>
        services.internal(
          services.channelUrl,
          'GET',
          '/internal/conversations?villageId=desa-simulasi&search=6281277770043',
        ),
      (r) => r.body.items.length === 1,
      10_000,
      'the conversation in desa-simulasi',
    );
    expect(inSimulated.body.items[0].villageId).toBe('desa-simulasi');
    const inDemo = await services.internal(
      services.channelUrl,
      'GET',
      '/internal/conversations?villageId=desa-sukamaju&search=6281277770043',
    );
    expect(inDemo.body.items).toEqual([]);
    await rootContext.close();
  }, 60_000);

  it('when an officer answers a citizen who wrote during a takeover, then Analitik shows the staff response time', async () => {
    const waId = '6281277770044';
    await services.citizenSays(waId, { text: 'Halo, saya mau tanya soal bantuan sosial', name: 'Pak Udin' });
    const conversationId = (
      await eventually(
        () =>
          services.internal(
            services.channelUrl,
            'GET',
            `/internal/conversations?villageId=desa-sukamaju&search=${waId}`,
          ),
        (r) => r.body.items.length === 1,
        10_000,
        'the conversation',
      )
    ).body.items[0].id as string;
    await eventually(
      () => services.citizenInbox(waId),
      (msgs) => msgs.length > 0,
      20_000,
      "the bot's answer",
    );
    expect((await admin.request.post(`${dash.url}/api/pesan/${conversationId}/takeover`)).status()).toBe(200);
    // Held for the officer: the bot stays silent, and the citizen waits for a person.
    await services.citizenSays(waId, { text: 'Pak, kapan bantuan beras dibagikan?', name: 'Pak Udin' });
    await eventually(
      () =>
        services.internal(services.channelUrl, 'GET', `/internal/messages?conversationId=${conversationId}`),
      (r) => r.body.items.some((m: { text: string | null }) => m.text?.includes('bantuan beras')),
      10_000,
      'the held message',
    );
    const sent = await admin.request.post(`${dash.url}/api/pesan/${conversationId}/send`, {
      data: { text: 'Hari Sabtu di balai desa, Pak.' },
    });
    expect(sent.status()).toBe(200);
    const staff = await services.internal(
      services.channelUrl,
      'GET',
      '/internal/analytics/staff?villageId=desa-sukamaju',
    );
    expect(staff.body).toMatchObject({ staffReplies: 1, answeredInbound: 1 });
    expect(staff.body.medianResponseSeconds).toBeGreaterThanOrEqual(0);
    await admin.goto(`${dash.url}/analitik`);
    expect(await admin.getByTestId('figure-Waktu tanggap petugas').innerText()).toMatch(/\d+ (dtk|mnt|jam)/);
    // The inbox previews the officer's reply as the admin's own.
    await admin.goto(`${dash.url}/pesan?c=${conversationId}`);
    await admin
      .locator(`[data-conversation-id="${conversationId}"] [data-testid=last-message]`, {
        hasText: 'Anda: Hari Sabtu di balai desa',
      })
      .waitFor();
    expect((await admin.request.post(`${dash.url}/api/pesan/${conversationId}/handback`)).status()).toBe(200);
  }, 60_000);

  it('when the admin sets a new password for an officer, then their open session ends and the new one works', async () => {
    const { user } = await upsertUser(dash.db, {
      email: 'lupa@sukamaju.desa.id',
      name: 'Petugas Lupa',
      password: 'sandi-lama-1',
      role: 'officer',
      villageId: 'desa-sukamaju',
    });
    const forgetfulContext = await dash.browser.newContext();
    const forgetful = await login(dash.url, forgetfulContext, 'lupa@sukamaju.desa.id', 'sandi-lama-1');
    await admin.goto(`${dash.url}/pengaturan?bagian=pengguna`);
    const row = admin.locator('[data-user-email="lupa@sukamaju.desa.id"]');
    await row.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await row.getByLabel('Kata sandi baru untuk lupa@sukamaju.desa.id').fill('sandi-baru-22');
    await row.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await admin.getByRole('status').filter({ hasText: 'lupa@sukamaju.desa.id diganti' }).waitFor();
    await shot(admin, 'pengaturan-atur-ulang-sandi');
    expect((await forgetful.request.get(`${dash.url}/api/pengaduan/tampilan`)).status()).toBe(401);
    await forgetfulContext.close();
    const again = await dash.browser.newContext();
    await login(dash.url, again, 'lupa@sukamaju.desa.id', 'sandi-baru-22');
    await again.close();
    const logged = await dash.db.activityLog.findFirst({
      where: { action: 'user.password_reset', targetId: user.id },
    });
    expect(logged).toMatchObject({ userEmail: 'admin@sukamaju.desa.id', villageId: 'desa-sukamaju' });
    expect(JSON.stringify(logged)).not.toContain('sandi-baru-22');

    // An officer may not; the admin not for their own account, nor for another village's.
    const body = { data: { password: 'apa-saja-123' } };
    expect(
      (
        await officer.request.post(`${dash.url}/api/pengaturan/pengguna/${user.id}/kata-sandi`, body)
      ).status(),
    ).toBe(403);
    const self = await dash.db.user.findUniqueOrThrow({ where: { email: 'admin@sukamaju.desa.id' } });
    expect(
      (await admin.request.post(`${dash.url}/api/pengaturan/pengguna/${self.id}/kata-sandi`, body)).status(),
    ).toBe(403);
    const foreign = await dash.db.user.findUniqueOrThrow({ where: { email: 'petugas@desa-lain.desa.id' } });
    expect(
      (
        await admin.request.post(`${dash.url}/api/pengaturan/pengguna/${foreign.id}/kata-sandi`, body)
      ).status(),
    ).toBe(404);
    const short = await admin.request.post(`${dash.url}/api/pengaturan/pengguna/${user.id}/kata-sandi`, {
      data: { password: 'pendek' },
    });
    expect(short.status()).toBe(400);
  }, 60_000);

  it('when an officer changes their own password on Akun saya, then a wrong current one is refused and their other devices are signed out', async () => {
    await upsertUser(dash.db, {
      email: 'ganti@sukamaju.desa.id',
      name: 'Petugas Ganti',
      password: 'sandi-awal-1',
      role: 'officer',
      villageId: 'desa-sukamaju',
    });
    const phoneContext = await dash.browser.newContext();
    const phone = await login(dash.url, phoneContext, 'ganti@sukamaju.desa.id', 'sandi-awal-1');
    const deskContext = await dash.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const desk = await login(dash.url, deskContext, 'ganti@sukamaju.desa.id', 'sandi-awal-1');
    await desk.getByTestId('user-name').click();
    await desk.waitForURL(`${dash.url}/akun`);
    await desk.fill('#pw-current', 'bukan-sandinya');
    await desk.fill('#pw-new', 'sandi-kedua-2');
    await desk.fill('#pw-repeat', 'sandi-kedua-2');
    await desk.click('form[aria-label="Ganti kata sandi"] button[type=submit]');
    await desk.getByRole('alert').filter({ hasText: 'Kata sandi saat ini salah' }).waitFor();
    await desk.fill('#pw-current', 'sandi-awal-1');
    await desk.click('form[aria-label="Ganti kata sandi"] button[type=submit]');
    await desk.getByRole('status').filter({ hasText: '1 sesi di perangkat lain' }).waitFor();
    await shot(desk, 'akun');
    // This browser goes on; the other one is signed out; the new password signs in.
    expect((await desk.request.get(`${dash.url}/api/pengaduan/tampilan`)).status()).toBe(200);
    expect((await phone.request.get(`${dash.url}/api/pengaduan/tampilan`)).status()).toBe(401);
    await phoneContext.close();
    const again = await dash.browser.newContext();
    await login(dash.url, again, 'ganti@sukamaju.desa.id', 'sandi-kedua-2');
    await again.close();
    await deskContext.close();
    const actions = (
      await dash.db.activityLog.findMany({
        where: { userEmail: 'ganti@sukamaju.desa.id', action: { startsWith: 'user.password' } },
      })
    ).map((l) => l.action);
    expect(actions).toEqual(['user.password_change']);
    expect(
      await dash.db.activityLog.count({
        where: { userEmail: 'ganti@sukamaju.desa.id', action: 'auth.password_change_failed' },
      }),
    ).toBe(1);
  }, 60_000);
});
