// Small helpers of the end-to-end tests: signing in through the login form, screenshots into
// test-results/, and waiting for something outside the browser (the simulated phone) to happen.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { RESULTS_DIR } from './dashboard-stack.ts';

export async function login(
  url: string,
  context: BrowserContext,
  email: string,
  password: string,
): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => console.log('PAGEERROR', e.stack));
  await p.goto(`${url}/login`);
  await p.fill('input[name=email]', email);
  await p.fill('input[name=password]', password);
  await p.click('button[type=submit]');
  await p.waitForURL(`${url}/`);
  return p;
}

export const shot = (p: Page, name: string) =>
  p.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });

/** Polls `read` until `done` holds (then returns the value) or the time is up (then throws). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 15_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
