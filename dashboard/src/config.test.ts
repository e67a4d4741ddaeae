import { describe, expect, it } from 'vitest';
import { parseConfig, simulatorUrl } from './config.ts';

describe('dashboard configuration', () => {
  it('when nothing is set, then development defaults apply and cookies are not Secure (plain http locally)', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      APP_ENV: 'development',
      PORT: 3000,
      JWT_SECRET: 'dev-jwt-secret',
      cookieSecure: false,
    });
  });

  it('when production runs with the development secrets or none, then it refuses to start, naming them', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/INTERNAL_API_KEY, JWT_SECRET/);
    expect(() =>
      parseConfig({ APP_ENV: 'production', INTERNAL_API_KEY: 'k'.repeat(32), JWT_SECRET: 'dev-jwt-secret' }),
    ).toThrow(/JWT_SECRET/);
  });

  it('when production has real secrets, then cookies are Secure unless told otherwise', () => {
    const env = { APP_ENV: 'production', INTERNAL_API_KEY: 'k'.repeat(32), JWT_SECRET: 's'.repeat(32) };
    expect(parseConfig(env).cookieSecure).toBe(true);
    expect(parseConfig({ ...env, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('when APP_ENV is set, then it wins over the NODE_ENV that `next start` forces', () => {
    expect(parseConfig({ NODE_ENV: 'production', APP_ENV: 'test' }).APP_ENV).toBe('test');
  });

  it('when a value is malformed, then the error names the key', () => {
    expect(() => parseConfig({ CASE_SERVICE_URL: 'not a url' })).toThrow(/CASE_SERVICE_URL/);
  });

  it('when in production without SIMULATOR_URL, then the simulator page is off; with it, or outside production, on', () => {
    const prod = { APP_ENV: 'production', INTERNAL_API_KEY: 'k-real', JWT_SECRET: 's-real' };
    expect(simulatorUrl(parseConfig(prod))).toBeNull();
    expect(simulatorUrl(parseConfig({ ...prod, SIMULATOR_URL: 'http://sim:3010' }))).toBe('http://sim:3010');
    expect(simulatorUrl(parseConfig({}))).toBe('http://127.0.0.1:3010');
  });
});
