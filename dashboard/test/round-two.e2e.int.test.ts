// End to end, second round: Basis Pengetahuan (a document uploaded through the page answers a citizen
// in the simulator; entries are created, changed and deleted; roles and villages are enforced); a
// status change on the case page reaching the citizen's simulated phone through notification-service;
// Pengaturan (SLA hours, templates with their validation, on-duty numbers, users); Analitik; Simulator.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../src/server/users.ts';
import { eventually, login, shot } from './browser.ts';
import { APP_DIR, startDashboard, type DashboardStack } from './dashboard-stack.ts';
import { startServicesStack, type ServicesStack } from './services-stack.ts';

let services: ServicesStack;
let dash: DashboardStack;
let admin: BrowserContext;
let page: Page;
const FIXTURE = path.join(
  APP_DIR,
  '..',
  'services',
  'ai-service',
  'test',
  'fixtures',
  'peminjaman-balai-desa.pdf',
);
const TITLE = 'Peminjaman Balai Desa Sukamaju';
const QUESTION = 'Permisi, berapa biaya sewa balai desa untuk hajatan?';
let documentId = '';

beforeAll(async () => {
  services = await startServicesStack('e2e2');
  dash = await startDashboard('e2e2', services);
  await upsertUser(dash.db, {
    email: 'admin@desa-lain.desa.id',
    name: 'Admin Desa Lain',
    password: 'adminlain123',
    role: 'village_admin',
    villageId: 'desa-lain',
  });
  admin = await dash.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  page = await login(dash.url, admin, 'admin@sukamaju.desa.id', 'sukamaju123');
}, 300_000);

afterAll(async () => {
  await dash?.stop();
  await services?.stop();
}, 60_000);

describe('the dashboard, second round, end to end', () => {
  it('when the admin uploads a PDF on Basis Pengetahuan, then it is ready, its chunks show, and the test box answers from it', async () => {
    await page.goto(`${dash.url}/pengetahuan`);
    await page.setInputFiles('#doc-file', FIXTURE);
    await page.fill('#doc-title', TITLE);
    await page.click('form[aria-label="Unggah dokumen"] button[type=submit]');
    await page
      .getByTestId('upload-result')
      .filter({ hasText: 'Siap dipakai bot' })
      .waitFor({ timeout: 30_000 });
    const row = page.locator('[data-testid=document-list] li[data-status=ready]', { hasText: TITLE });
    await row.waitFor();
    documentId = (await row.getAttribute('data-document-id'))!;
    await row.getByRole('button', { name: 'Lihat potongan' }).click();
    await row.locator('[data-chunk-position]').first().waitFor();
    expect(await row.getByTestId('document-chunks').textContent()).toContain('Rp250.000');
    // What ai-service holds agrees with the page.
    const stored = await services.internal(services.aiUrl, 'GET', `/internal/documents/${documentId}`);
    expect(stored.body).toMatchObject({ status: 'ready', villageId: 'desa-sukamaju', title: TITLE });
    expect(await row.locator('[data-chunk-position]').count()).toBe(stored.body.chunks.length);

    await page.fill('input[aria-label="Pertanyaan uji"]', QUESTION);
    await page.click('form[aria-label="Uji jawaban bot"] button[type=submit]');
    await page.getByTestId('bot-reply').waitFor();
    expect(await page.getByTestId('bot-reply').textContent()).toContain('Rp250.000');
    expect(await page.getByTestId('bot-reply').textContent()).toContain(`Sumber: ${TITLE}`);
    expect(await page.getByTestId('bot-sources').textContent()).toContain(TITLE);
    await shot(page, 'pengetahuan');
    const logged = await dash.db.activityLog.findFirst({ where: { action: 'knowledge.document_upload' } });
    expect(logged).toMatchObject({ targetId: documentId, userEmail: 'admin@sukamaju.desa.id' });
    expect(logged?.after).toMatchObject({ status: 'ready', title: TITLE });
  }, 90_000);

  it('when a citizen asks the same in the simulator, then the bot answers from the document and names it as source', async () => {
    const waId = '6281277770001';
    await services.citizenSays(waId, { text: QUESTION, name: 'Bu Ani' });
    const inbox = await eventually(
      () => services.citizenInbox(waId),
      (msgs) => msgs.some((m) => m.text.includes(`Sumber: ${TITLE}`)),
      20_000,
      'the bot reply in the simulated phone',
    );
    expect(inbox.find((m) => m.text.includes(`Sumber: ${TITLE}`))!.text).toContain('Rp250.000');
  }, 60_000);

  it('when a file is of the wrong kind or unreadable, then the reason is given and a failed document shows as failed', async () => {
    const jpg = await page.request.post(`${dash.url}/api/pengetahuan/documents`, {
      multipart: { file: { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('xx') } },
    });
    expect(jpg.status()).toBe(400);
    expect(jpg.headers()['content-type']).toContain('application/problem+json');
    expect((await jpg.json()).detail).toContain('tidak didukung');
    // Over 10 MB: refused by its size with a reason (the proxy buffers it whole, not cut into a broken form).
    const big = await page.request.post(`${dash.url}/api/pengetahuan/documents`, {
      multipart: {
        file: { name: 'besar.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10_500_000, 'a') },
      },
    });
    expect(big.status()).toBe(400);
    expect((await big.json()).detail).toContain('terlalu besar');
    const notMultipart = await page.request.post(`${dash.url}/api/pengetahuan/documents`, { data: { a: 1 } });
    expect(notMultipart.status()).toBe(415);
    await page.setInputFiles('#doc-file', {
      name: 'rusak.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('ini bukan pdf sama sekali'),
    });
    await page.fill('#doc-title', 'Dokumen Rusak');
    await page.click('form[aria-label="Unggah dokumen"] button[type=submit]');
    await page
      .getByTestId('upload-result')
      .filter({ hasText: 'tidak dapat dibaca' })
      .waitFor({ timeout: 30_000 });
    await page.reload();
    const failed = page.locator('[data-testid=document-list] li[data-status=failed]', {
      hasText: 'Dokumen Rusak',
    });
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Gagal diproses');
  }, 60_000);

  it('when the admin adds, changes and deletes an entry, then ai-service follows and the log keeps before and after', async () => {
    const title = `Jadwal Posyandu ${Date.now()}`;
    await page.goto(`${dash.url}/pengetahuan`);
    await page.click('summary:has-text("Tambah entri baru")');
    await page.fill('#entry-new-title', title);
    await page.fill('#entry-new-category', 'kesehatan');
    await page.fill('#entry-new-content', 'Posyandu balita dibuka setiap Selasa pekan kedua di balai RW 02.');
    await page.click('form[aria-label="Tambah entri"] button[type=submit]');
    const row = page.locator('[data-testid=entry-list] li', { hasText: title });
    await row.waitFor();
    const id = (await row.getAttribute('data-entry-id'))!;
    expect((await services.internal(services.aiUrl, 'GET', `/internal/knowledge/${id}`)).body).toMatchObject({
      villageId: 'desa-sukamaju',
      category: 'kesehatan',
    });

    await row.getByRole('button', { name: 'Ubah' }).click();
    await page.fill(`#entry-${id}-content`, 'Posyandu balita dibuka setiap Rabu pekan kedua di balai RW 02.');
    await page.click('form[aria-label="Ubah entri"] button[type=submit]');
    // (a textarea's text is its value too: wait for the editor to close and the entry to show it)
    await page.locator('form[aria-label="Ubah entri"]').waitFor({ state: 'detached' });
    await page.locator(`[data-entry-id="${id}"] p`, { hasText: 'setiap Rabu' }).waitFor();
    expect(
      (await services.internal(services.aiUrl, 'GET', `/internal/knowledge/${id}`)).body.content,
    ).toContain('setiap Rabu');
    await shot(page, 'pengetahuan-entri');

    page.once('dialog', (d) => void d.accept());
    await page.locator(`[data-entry-id="${id}"]`).getByRole('button', { name: 'Hapus' }).click();
    await page.locator(`[data-entry-id="${id}"]`).waitFor({ state: 'detached' });
    expect((await services.internal(services.aiUrl, 'GET', `/internal/knowledge/${id}`)).status).toBe(404);

    const log = await dash.db.activityLog.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } });
    expect(log.map((l) => l.action)).toEqual(['knowledge.create', 'knowledge.update', 'knowledge.delete']);
    expect(log[1]!.before).toMatchObject({ content: expect.stringContaining('Selasa') });
    expect(log[1]!.after).toMatchObject({ content: expect.stringContaining('Rabu') });
    expect(log[2]!.after).toBeNull();
  }, 60_000);

  it('when an officer opens Basis Pengetahuan, then they may test but not change; another village cannot touch it', async () => {
    const ctx = await dash.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const officer = await login(dash.url, ctx, 'petugas@sukamaju.desa.id', 'petugas123');
    await officer.goto(`${dash.url}/pengetahuan`);
    await officer.getByTestId('bot-trial').waitFor();
    expect(await officer.locator('form[aria-label="Unggah dokumen"]').count()).toBe(0);
    expect(await officer.locator('[data-testid=document-list] button', { hasText: 'Hapus' }).count()).toBe(0);
    const create = await officer.request.post(`${dash.url}/api/pengetahuan/entries`, {
      data: { title: 'x', content: 'y' },
    });
    expect(create.status()).toBe(403);
    expect(
      (await officer.request.delete(`${dash.url}/api/pengetahuan/documents/${documentId}`)).status(),
    ).toBe(403);
    const trial = await officer.request.post(`${dash.url}/api/pengetahuan/uji`, { data: { text: QUESTION } });
    expect((await trial.json()).reply).toContain(TITLE);
    await ctx.close();

    const otherCtx = await dash.browser.newContext();
    const other = await login(dash.url, otherCtx, 'admin@desa-lain.desa.id', 'adminlain123');
    expect((await other.request.get(`${dash.url}/api/pengetahuan/documents/${documentId}`)).status()).toBe(
      404,
    );
    expect((await other.request.delete(`${dash.url}/api/pengetahuan/documents/${documentId}`)).status()).toBe(
      404,
    );
    expect(
      (
        await other.request.post(`${dash.url}/api/pengetahuan/entries?villageId=desa-sukamaju`, {
          data: { title: 'x', content: 'y' },
        })
      ).status(),
    ).toBe(403);
    await other.goto(`${dash.url}/pengetahuan`);
    await other.getByTestId('bot-trial').waitFor();
    expect(await other.locator(`[data-document-id="${documentId}"]`).count()).toBe(0);
    // The bot of desa-lain does not answer from Sukamaju's document.
    const otherTrial = await other.request.post(`${dash.url}/api/pengetahuan/uji`, {
      data: { text: QUESTION },
    });
    expect((await otherTrial.json()).reply).not.toContain(TITLE);
    await otherCtx.close();
    expect((await services.internal(services.aiUrl, 'GET', `/internal/documents/${documentId}`)).status).toBe(
      200,
    );
  }, 60_000);

  it("when the admin changes a complaint's status on the case page, then the citizen's simulated phone receives the notification", async () => {
    const waId = '6281277770002';
    await services.citizenSays(waId, { text: 'Halo', name: 'Pak Dedi' }); // opens the 24-hour window
    const created = await services.internal(services.caseUrl, 'POST', '/internal/complaints', {
      villageId: 'desa-sukamaju',
      reporter: { waId, name: 'Pak Dedi' },
      category: 'lampu_jalan',
      description: 'Lampu jalan di depan masjid padam sudah seminggu',
      address: 'Jl. Kenanga RT 02',
    });
    expect(created.status).toBe(201);
    const id = created.body.complaintId as string;
    // notification-service tells the reporter the complaint was received.
    await eventually(
      () => services.citizenInbox(waId),
      (msgs) => msgs.some((m) => m.text.includes(id)),
      20_000,
      'the complaint_received notification',
    );
    const note = `Petugas PJU dijadwalkan besok pagi ${Date.now()}`;
    await page.goto(`${dash.url}/pengaduan/${id}`);
    await page.selectOption('select#status', 'VERIFIED');
    await page.fill('textarea#note', note);
    await page.click('form[aria-label="Ubah status"] button[type=submit]');
    await page.locator('[data-testid=complaint-status] [data-status=VERIFIED]').waitFor();
    const t0 = Date.now();
    const inbox = await eventually(
      () => services.citizenInbox(waId),
      (msgs) => msgs.some((m) => m.text.includes(note)),
      20_000,
      'the status notification on the phone',
    );
    console.log(`dashboard e2e: status change to the phone ${Date.now() - t0} ms after the page showed it`);
    const msg = inbox.find((m) => m.text.includes(note))!;
    expect(msg.text).toContain(id);
    expect(msg.text).toContain('diverifikasi');
    const rows = await services.internal(
      services.notificationUrl,
      'GET',
      `/internal/notifications?villageId=desa-sukamaju&complaintId=${id}`,
    );
    expect(rows.body.items.map((n: { type: string }) => n.type).sort()).toEqual([
      'complaint_received',
      'status_verified',
    ]);
    await shot(page, 'pengaduan-notifikasi');
  }, 60_000);

  it('when the admin changes SLA hours, a template, on-duty numbers and users on Pengaturan, then the services and the log follow', async () => {
    await page.goto(`${dash.url}/pengaturan?bagian=kategori`);
    const road = page.locator('[data-category=jalan_rusak]');
    await road.getByLabel('SLA verifikasi (jam)').fill('12');
    await road.getByRole('button', { name: 'Simpan' }).click();
    await road.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
    const cats = await services.internal(
      services.caseUrl,
      'GET',
      '/internal/categories?villageId=desa-sukamaju',
    );
    const jalan = cats.body.categories.find((c: { slug: string }) => c.slug === 'jalan_rusak');
    expect(jalan.verifySlaHours).toBe(12);
    const catLog = await dash.db.activityLog.findFirst({ where: { action: 'settings.category' } });
    expect(catLog?.after).toMatchObject({ verifySlaHours: 12 });
    expect((catLog?.before as { verifySlaHours: number }).verifySlaHours).not.toBe(12);
    await shot(page, 'pengaturan-kategori');

    await page.goto(`${dash.url}/pengaturan?bagian=notifikasi`);
    const tpl = page.locator('[data-template=status_in_progress]');
    await tpl.locator('textarea').fill('Halo {{nama}}, laporan {{complaintId}} sedang dikerjakan.');
    await tpl.getByRole('button', { name: 'Simpan templat' }).click();
    const refusal = tpl.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Variabel tidak dikenal: {{nama}}');
    expect(await refusal.textContent()).toContain('{{complaintId}}');
    await shot(page, 'pengaturan-templat-galat');
    await tpl
      .locator('textarea')
      .fill('Laporan {{complaintId}} sedang dikerjakan petugas. Catatan: {{note}}');
    await tpl.getByRole('button', { name: 'Simpan templat' }).click();
    await tpl.getByRole('status').filter({ hasText: 'Templat tersimpan' }).waitFor();
    const saved = await services.internal(
      services.notificationUrl,
      'GET',
      '/internal/notification-templates/status_in_progress?villageId=desa-sukamaju',
    );
    expect(saved.body.body).toBe('Laporan {{complaintId}} sedang dikerjakan petugas. Catatan: {{note}}');
    expect(saved.body.updatedBy).toContain('admin@sukamaju.desa.id');

    await page.goto(`${dash.url}/pengaturan?bagian=petugas-jaga`);
    await page.getByLabel('Nomor WhatsApp').fill('0812 3456 7890');
    await page.getByLabel('Nama petugas').fill('Pak Kades');
    await page.click('form[aria-label="Tambah petugas jaga"] button[type=submit]');
    await page.locator('[data-wa-id="6281234567890"]').waitFor();
    const duty = await services.internal(
      services.notificationUrl,
      'GET',
      '/internal/on-duty-staff?villageId=desa-sukamaju',
    );
    expect(duty.body.items).toMatchObject([{ waId: '6281234567890', name: 'Pak Kades', active: true }]);

    await page.goto(`${dash.url}/pengaturan?bagian=pengguna`);
    await page.getByLabel('E-mail pengguna baru').fill('baru@sukamaju.desa.id');
    await page.getByLabel('Nama pengguna baru').fill('Petugas Baru');
    await page.getByLabel('Kata sandi awal').fill('rahasia-baru-1');
    await page.click('form[aria-label="Tambah pengguna"] button[type=submit]');
    const newRow = page.locator('[data-user-email="baru@sukamaju.desa.id"]');
    await newRow.waitFor();
    const ctx = await dash.browser.newContext();
    const fresh = await login(dash.url, ctx, 'baru@sukamaju.desa.id', 'rahasia-baru-1');
    // An officer may not open Pengaturan nor change it.
    await fresh.goto(`${dash.url}/pengaturan`);
    await fresh.waitForURL('**/ditolak**');
    const put = await fresh.request.put(`${dash.url}/api/pengaturan/kategori/jalan_rusak`, {
      data: { label: 'x', defaultPriority: 'normal', verifySlaHours: 1, resolveSlaHours: 1 },
    });
    expect(put.status()).toBe(403);
    await newRow.getByRole('button', { name: 'Nonaktifkan' }).click();
    await newRow.getByText('Nonaktif', { exact: true }).waitFor();
    // Deactivated: the open session is dead at once.
    expect((await fresh.request.get(`${dash.url}/api/pesan/conversations`)).status()).toBe(401);
    await ctx.close();
    await shot(page, 'pengaturan-pengguna');
    const userLog = await dash.db.activityLog.findMany({
      where: { targetType: 'user' },
      orderBy: { at: 'asc' },
    });
    expect(userLog.map((l) => l.action)).toEqual(['user.create', 'user.update']);
    expect(userLog[1]!.before).toMatchObject({ active: true });
    expect(userLog[1]!.after).toMatchObject({ active: false });
    // Nobody changes their own account here, nor a superadmin's.
    const self = await dash.db.user.findUniqueOrThrow({ where: { email: 'admin@sukamaju.desa.id' } });
    const own = await page.request.patch(`${dash.url}/api/pengaturan/pengguna/${self.id}`, {
      data: { active: false },
    });
    expect(own.status()).toBe(403);
    const bad = await page.request.put(`${dash.url}/api/pengaturan/petugas-jaga`, {
      data: { waId: 'abc', name: 'x' },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0].reason).toContain('Nomor WhatsApp tidak valid');
  }, 90_000);

  it('when the admin opens Analitik, then the conversations and complaints of the earlier tests are counted and charted', async () => {
    await page.goto(`${dash.url}/analitik?hari=7`);
    await page.getByTestId('intents-chart').locator('.recharts-bar-rectangle').first().waitFor();
    const analytics = await services.internal(
      services.aiUrl,
      'GET',
      `/internal/analytics?villageId=desa-sukamaju&from=${encodeURIComponent(new Date(Date.now() - 7 * 86_400_000).toISOString())}`,
    );
    expect(analytics.body.conversations).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('figure-Percakapan').textContent()).toBe(
      String(analytics.body.conversations),
    );
    expect(await page.getByTestId('figure-Pengaduan masuk').textContent()).toBe('1');
    expect(await page.getByTestId('category-chart').textContent()).toContain('Lampu');
    await shot(page, 'analitik');
  }, 60_000);

  it('when someone writes on the Simulator page, then the bot answers in the phone and the inbox has the message', async () => {
    await page.goto(`${dash.url}/simulator`);
    await page.fill('#sim-wa', '6281277770003');
    await page.fill('input[aria-label="Pesan warga"]', QUESTION);
    await page.click('form[aria-label="Kirim sebagai warga"] button[type=submit]');
    await page.locator('[data-testid=sim-chat] [data-from=citizen]', { hasText: 'balai desa' }).waitFor();
    await page
      .locator('[data-testid=sim-chat] [data-from=village]', { hasText: `Sumber: ${TITLE}` })
      .waitFor({ timeout: 20_000 });
    await shot(page, 'simulator');
    const conversations = await services.internal(
      services.channelUrl,
      'GET',
      '/internal/conversations?villageId=desa-sukamaju&search=6281277770003',
    );
    expect(conversations.body.items).toHaveLength(1);
    const bad = await page.request.post(`${dash.url}/api/simulator/pesan`, { data: { waId: 'x', text: '' } });
    expect(bad.status()).toBe(400);
  }, 60_000);
});
