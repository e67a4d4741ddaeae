// End to end: the dashboard built and started for real, in Debian's Chromium, against the real
// case, channel and ai services and the WhatsApp simulator. Screenshots go to test-results/.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, startDashboard, type DashboardStack } from './dashboard-stack.ts';
import { startServicesStack, type ServicesStack } from './services-stack.ts';

let services: ServicesStack;
let dash: DashboardStack;
let admin: BrowserContext;
let page: Page;
const CITIZEN = '6281298765432';
const measured: Record<string, number> = {};

async function login(context: BrowserContext, email: string, password: string): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => console.log('PAGEERROR', e.stack));
  await p.goto(`${dash.url}/login`);
  await p.fill('input[name=email]', email);
  await p.fill('input[name=password]', password);
  await p.click('button[type=submit]');
  return p;
}

const shot = (p: Page, name: string) =>
  p.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });

/** Records in the page the wall-clock time at which `text` first appears inside `selector`. */
async function watchFor(p: Page, selector: string, text: string): Promise<void> {
  await p.evaluate(
    ([sel, t]) => {
      const w = window as unknown as { __seen?: Record<string, number> };
      w.__seen ??= {};
      const check = () => {
        if (!w.__seen![t!] && document.querySelector(sel!)?.textContent?.includes(t!))
          w.__seen![t!] = Date.now();
      };
      new MutationObserver(check).observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      check();
    },
    [selector, text],
  );
}

async function seenAt(p: Page, text: string): Promise<number> {
  await p.waitForFunction(
    (t) => !!(window as unknown as { __seen?: Record<string, number> }).__seen?.[t],
    text,
    {
      timeout: 15_000,
    },
  );
  return p.evaluate((t) => (window as unknown as { __seen: Record<string, number> }).__seen[t]!, text);
}

beforeAll(async () => {
  services = await startServicesStack('e2e');
  dash = await startDashboard('e2e', services);
  if (dash.buildMs !== null) console.log(`dashboard e2e: next build took ${dash.buildMs} ms`);
  admin = await dash.browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'id-ID' });
}, 300_000);

afterAll(async () => {
  console.log(`dashboard e2e: measured ${JSON.stringify(measured)}`);
  await dash?.stop();
  await services?.stop();
}, 60_000);

describe('the dashboard, end to end', () => {
  it('when the admin signs in with a wrong password, then the form says so; with the right one, then Beranda opens', async () => {
    const wrong = await login(admin, 'admin@sukamaju.desa.id', 'salah-sekali');
    await wrong.locator('form p[role=alert]').waitFor();
    expect(await wrong.locator('form p[role=alert]').textContent()).toContain('E-mail atau kata sandi salah');
    await wrong.close();
    page = await login(admin, 'admin@sukamaju.desa.id', 'sukamaju123');
    await page.waitForURL(`${dash.url}/`);
    await page.getByTestId('daily-chart').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('Admin Desa Sukamaju');
    await shot(page, 'beranda');
  }, 60_000);

  it('when the admin moves a complaint to VERIFIED with a note, then case-service has it, the timeline shows it and the log records it', async () => {
    const created = await services.internal(services.caseUrl, 'POST', '/internal/complaints', {
      villageId: 'desa-sukamaju',
      reporter: { waId: CITIZEN, name: 'Siti' },
      category: 'jalan_rusak',
      description: 'Jalan di depan SD Negeri 2 berlubang besar dan tergenang air',
      address: 'Jl. Melati RT 03 RW 01',
      location: { latitude: -6.9175, longitude: 107.6191 },
    });
    expect(created.status).toBe(201);
    const id = created.body.complaintId as string;
    for (const [category, description, address] of [
      ['lampu_jalan', 'Lampu penerangan jalan padam sejak Senin', 'Gg. Mawar RT 01'],
      ['sampah', 'Tumpukan sampah di pinggir sungai belum diangkut', 'Dusun Krajan'],
      ['banjir_drainase', 'Selokan tersumbat, air meluap ke jalan saat hujan', 'Jl. Kenanga'],
    ])
      await services.internal(services.caseUrl, 'POST', '/internal/complaints', {
        villageId: 'desa-sukamaju',
        reporter: { waId: '6281200000001', name: 'Warga' },
        category,
        description,
        address,
      });
    await page.goto(`${dash.url}/pengaduan`);
    await page.locator(`[data-complaint-id="${id}"]`).waitFor();
    expect(await page.locator('[data-complaint-id]').count()).toBe(4);
    await shot(page, 'pengaduan');
    // Full-text search (Indonesian stemming in case-service) narrows the list; the URL keeps the view.
    await page.fill('input[name=q]', 'berlubang');
    await page.click('form[role=search] button[type=submit]');
    await page.waitForURL((u) => u.searchParams.get('q') === 'berlubang');
    expect(await page.locator('[data-complaint-id]').count()).toBe(1);
    await page.click(`a[href="/pengaduan/${id}"]`);
    await page.waitForURL(`**/pengaduan/${id}`);
    // Only the legal next statuses are offered.
    const options = await page
      .locator('select#status option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(['VERIFIED', 'REJECTED', 'CANCELLED']);
    await page.selectOption('select#status', 'VERIFIED');
    await page.fill('textarea#note', 'Sudah dicek petugas di lapangan');
    await page.click('form[aria-label="Ubah status"] button[type=submit]');
    await page.locator('[data-testid=complaint-status] [data-status=VERIFIED]').waitFor();
    expect(await page.getByTestId('timeline').textContent()).toContain('Sudah dicek petugas di lapangan');
    await shot(page, 'pengaduan-detail');
    const after = await services.internal(
      services.caseUrl,
      'GET',
      `/internal/complaints/${id}?villageId=desa-sukamaju`,
    );
    expect(after.body.status).toBe('VERIFIED');
    expect(after.body.history.at(-1).actor).toContain('admin@sukamaju.desa.id');
    const logged = await dash.db.activityLog.findFirst({
      where: { action: 'complaint.status', targetId: id },
    });
    expect(logged?.before).toEqual({ status: 'RECEIVED' });
    expect(logged?.after).toMatchObject({ status: 'VERIFIED' });
    // The CSV export carries it too.
    const csv = await page.request.get(`${dash.url}/api/pengaduan/export`);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(id);
  }, 60_000);

  it('when a citizen writes through the simulator, then the message appears live in the inbox without reloading', async () => {
    await page.goto(`${dash.url}/pesan`);
    await page.locator('[data-testid=stream-state][data-state=live]').waitFor();
    const first = `Halo, lampu jalan di gang mawar mati ${Date.now()}`;
    // Watched for by its unread mark: the list item's preview shows the newest message, and the bot's
    // answer may replace the citizen's text in the same render. (The conversation may exist already,
    // opened by a notification to the citizen.)
    const unread = '[data-testid=conversation-list] [data-testid=unread]';
    expect(await page.locator(unread).count()).toBe(0);
    await watchFor(page, unread, '1');
    const t0 = Date.now();
    await services.citizenSays(CITIZEN, { text: first, name: 'Siti' });
    measured.newConversationMs = (await seenAt(page, '1')) - t0;

    await page.click('[data-testid=conversation-list] button[data-conversation-id]');
    await page.getByTestId('chat-view').waitFor();
    await page.locator('[data-testid=messages] [data-direction=inbound]').first().waitFor();
    const second = `Sudah tiga hari gelap ${Date.now()}`;
    await watchFor(page, '[data-testid=messages]', second);
    const t1 = Date.now();
    await services.citizenSays(CITIZEN, { text: second });
    measured.openChatMs = (await seenAt(page, second)) - t1;
    expect(measured.openChatMs).toBeGreaterThanOrEqual(0);

    // A photo: channel-service downloads it from the simulator; the chat shows it through the media route.
    await services.citizenSays(CITIZEN, { image: { caption: 'Foto tiang lampunya' } });
    const img = page.locator('[data-testid=messages] img[alt="Foto dari warga"]');
    await img.waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=messages] img') as HTMLImageElement | null)?.naturalWidth ===
        32,
    );
  }, 60_000);

  it('when the admin takes over, replies and hands back, then the citizen gets the reply and the holder is shown throughout', async () => {
    // A colleague watches the same conversation in another browser.
    const colleagueContext = await dash.browser.newContext({ viewport: { width: 1366, height: 860 } });
    const colleague = await login(colleagueContext, 'petugas@sukamaju.desa.id', 'petugas123');
    await colleague.waitForURL(`${dash.url}/`);
    const conversationId = (await page
      .locator('[data-testid=conversation-list] button[data-conversation-id]')
      .first()
      .getAttribute('data-conversation-id'))!;
    await colleague.goto(`${dash.url}/pesan?c=${conversationId}`);
    await colleague.locator('[data-testid=stream-state][data-state=live]').waitFor();
    await colleague.getByTestId('holder').filter({ hasText: 'Dilayani bot' }).waitFor();

    await page.getByTestId('chat-view').getByRole('button', { name: 'Ambil alih' }).click();
    await expect(
      page.getByTestId('holder').filter({ hasText: 'Anda yang melayani' }).waitFor(),
    ).resolves.toBeUndefined();
    const reply = `Baik Bu Siti, petugas kami cek sore ini ${Date.now()}`;
    await page.fill('textarea[aria-label=Balasan]', reply);
    await page.getByTestId('chat-view').getByRole('button', { name: 'Kirim', exact: true }).click();
    const sent = page.locator('[data-testid=messages] [data-direction=outbound]', { hasText: reply });
    await sent.waitFor();
    // Who sent each message of the village is shown under it: this officer, a complaint notification
    // (notification-service), or the bot, as channel-service recorded it.
    await sent.getByTestId('message-sender').filter({ hasText: 'Admin Desa Sukamaju' }).waitFor();
    const others = page.locator('[data-testid=messages] [data-direction=outbound]', { hasNotText: reply });
    const recorded = await services.internal(
      services.channelUrl,
      'GET',
      `/internal/messages?conversationId=${conversationId}&limit=100`,
    );
    const originOf = new Map(
      (recorded.body.items as { text: string | null; direction: string; origin: string | null }[])
        .filter((m) => m.direction === 'outbound' && m.text)
        .map((m) => [m.text!, m.origin]),
    );
    const labels = [];
    for (let i = 0; i < (await others.count()); i++) {
      const bubble = others.nth(i);
      const text = await bubble.getByTestId('message-text').innerText();
      const origin = [...originOf].find(([t]) => text.includes(t.slice(0, 40)))?.[1];
      labels.push([await bubble.getByTestId('message-sender').innerText(), origin]);
    }
    for (const [label, origin] of labels)
      expect(label).toContain(origin === 'notification' ? 'Notifikasi' : 'Bot');
    // The conversation list previews the newest message, marked as the signed-in officer's own.
    await page
      .locator(`[data-conversation-id="${conversationId}"] [data-testid=last-message]`, {
        hasText: `Anda: ${reply}`,
      })
      .waitFor();
    await shot(page, 'pesan');
    // The colleague sees who holds it, live, and cannot take it or reply.
    await colleague.getByTestId('holder').filter({ hasText: 'Dilayani Admin Desa Sukamaju' }).waitFor();
    await colleague
      .locator('[data-testid=messages] [data-direction=outbound]', { hasText: reply })
      .getByTestId('message-sender')
      .filter({ hasText: 'Admin Desa Sukamaju' })
      .waitFor();
    expect(
      await colleague.getByTestId('chat-view').getByRole('button', { name: 'Ambil alih' }).isDisabled(),
    ).toBe(true);
    expect((await colleague.request.post(`${dash.url}/api/pesan/${conversationId}/takeover`)).status()).toBe(
      409,
    );
    const blocked = await colleague.request.post(`${dash.url}/api/pesan/${conversationId}/send`, {
      data: { text: 'x' },
    });
    expect(blocked.status()).toBe(409);
    await shot(colleague, 'pesan-rekan');
    const deadline = Date.now() + 10_000;
    let received = false;
    while (!received && Date.now() < deadline) {
      received = (await services.citizenInbox(CITIZEN)).some((m) => m.text === reply);
      if (!received) await new Promise((r) => setTimeout(r, 100));
    }
    expect(received).toBe(true);
    await page.getByTestId('chat-view').getByRole('button', { name: 'Kembalikan ke bot' }).click();
    await page.getByTestId('holder').filter({ hasText: 'Dilayani bot' }).waitFor();
    await colleague.getByTestId('holder').filter({ hasText: 'Dilayani bot' }).waitFor();
    await colleagueContext.close();
    const actions = (
      await dash.db.activityLog.findMany({ where: { targetType: 'conversation' }, orderBy: { at: 'asc' } })
    ).map((a) => a.action);
    expect(actions).toEqual(['conversation.takeover', 'conversation.reply', 'conversation.handback']);
    await page.goto(`${dash.url}/aktivitas`);
    await page.locator('[data-action="conversation.handback"]').waitFor();
    await shot(page, 'aktivitas');
  }, 60_000);

  it('when the bot hands a conversation to staff, then the inbox shows the request at the top with a banner, live', async () => {
    await page.goto(`${dash.url}/pesan`);
    await page.locator('[data-testid=stream-state][data-state=live]').waitFor();
    const waId = '6281311112222';
    await services.citizenSays(waId, {
      text: 'Permisi, saya mau tanya soal bantuan sosial',
      name: 'Pak Joko',
    });
    const row = page.locator('[data-testid=conversation-list] button', { hasText: 'Pak Joko' });
    await row.waitFor();
    const conversationId = (await row.getAttribute('data-conversation-id'))!;
    const t0 = Date.now();
    await services.publish(
      'conversation.handoff.requested',
      { conversationId, reason: 'citizen_asked' },
      'desa-sukamaju',
    );
    await page.getByTestId('handoff-banner').waitFor();
    measured.handoffBannerMs = Date.now() - t0;
    expect(await page.getByTestId('handoff-banner').textContent()).toContain('Pak Joko');
    // Handoff requests come first in the list.
    expect(
      await page.locator('[data-testid=conversation-list] button').first().getAttribute('data-status'),
    ).toBe('handoff_requested');
    await shot(page, 'pesan-handoff');
    await page.goto(`${dash.url}/`);
    await page.getByTestId('handoff-alert').waitFor();
    await shot(page, 'beranda-data');
  }, 60_000);

  it('when an officer of another village edits URLs and requests, then every read of Desa Sukamaju is refused', async () => {
    const other = await dash.browser.newContext();
    const p = await login(other, 'petugas@desa-lain.desa.id', 'desalain123');
    await p.waitForURL(`${dash.url}/`);
    const conversations = await services.internal(
      services.channelUrl,
      'GET',
      '/internal/conversations?villageId=desa-sukamaju',
    );
    const conversationId = conversations.body.items[0].id as string;
    const complaints = await services.internal(
      services.caseUrl,
      'GET',
      '/internal/complaints?villageId=desa-sukamaju',
    );
    const complaintId = complaints.body.items[0].complaintId as string;

    const detail = await p.goto(`${dash.url}/pengaduan/${complaintId}`);
    expect(detail?.status()).toBe(404);
    expect((await p.request.get(`${dash.url}/api/pesan/${conversationId}/messages`)).status()).toBe(404);
    expect((await p.request.post(`${dash.url}/api/pesan/${conversationId}/takeover`)).status()).toBe(404);
    expect((await p.request.get(`${dash.url}/api/pengaduan/export?villageId=desa-sukamaju`)).status()).toBe(
      403,
    );
    expect((await p.request.get(`${dash.url}/api/pesan/stream?villageId=desa-sukamaju`)).status()).toBe(403);
    const status = await p.request.post(`${dash.url}/api/pengaduan/${complaintId}/status`, {
      data: { status: 'IN_PROGRESS' },
    });
    expect(status.status()).toBe(404);
    await p.goto(`${dash.url}/aktivitas`);
    await p.waitForURL('**/ditolak**');
    await shot(p, 'ditolak');
    // A state change posted from another site's page is refused before anything runs.
    const csrf = await p.request.post(`${dash.url}/api/auth/logout`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(csrf.status()).toBe(403);
    const list = await p.request.get(`${dash.url}/api/pesan/conversations`);
    expect((await list.json()).items).toEqual([]);
    await other.close();
  }, 60_000);

  it('when the superadmin switches village, then the pages show that village and its activity', async () => {
    const rootContext = await dash.browser.newContext({ viewport: { width: 1366, height: 860 } });
    const root = await login(rootContext, 'root@govconnect.local', 'govconnect123');
    await root.waitForURL(`${dash.url}/`);
    expect(await root.getByTestId('village').textContent()).toBe('desa-sukamaju');
    await root.goto(`${dash.url}/pengaduan`);
    expect(await root.locator('[data-complaint-id]').count()).toBe(4);
    await root.fill('input#village', 'desa-lain');
    await root.press('input#village', 'Enter');
    await root.getByTestId('village').filter({ hasText: 'desa-lain' }).waitFor();
    expect(await root.locator('[data-complaint-id]').count()).toBe(0);
    await root.goto(`${dash.url}/aktivitas`);
    await root.locator('[data-action="auth.login"]').first().waitFor(); // the officer of desa-lain signed in
    await rootContext.close();
  }, 60_000);

  it('when the admin logs out, then the old session token is refused at once', async () => {
    const token = (await admin.cookies()).find((c) => c.name === 'gc_session')!.value;
    await page.request.post(`${dash.url}/api/auth/logout`);
    const res = await fetch(`${dash.url}/api/pesan/conversations`, {
      headers: { cookie: `gc_session=${token}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }, 30_000);
});
