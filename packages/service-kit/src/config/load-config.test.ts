import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseConfigShape } from './base-config.ts';
import { ConfigError } from './config-error.ts';
import { devSecret } from './dev-secret.ts';
import { describeConfig, renderEnvExample } from './describe-config.ts';
import { loadConfig } from './load-config.ts';

const shape = {
  ...baseConfigShape,
  PORT: z.coerce.number().int().min(1).max(65535).default(3003).describe('the HTTP port'),
  DATABASE_URL: z.url().describe('PostgreSQL connection URL'),
  JWT_SECRET: devSecret('dev-jwt-secret', 'signs dashboard sessions'),
};

function loadError(env: Record<string, string>): ConfigError {
  try {
    loadConfig('case-service', shape, env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('loadConfig accepted an invalid environment');
}

describe('loadConfig', () => {
  it('when the environment is valid, then it returns typed values with numbers coerced and defaults applied', () => {
    const config = loadConfig('case-service', shape, {
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gc_case',
      SHUTDOWN_TIMEOUT_MS: '2500',
    });
    expect(config).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      INTERNAL_API_KEY: 'dev-internal-key',
      SHUTDOWN_TIMEOUT_MS: 2500,
      PORT: 8080,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/gc_case',
      JWT_SECRET: 'dev-jwt-secret',
    });
    const port: number = config.PORT;
    expect(port).toBe(8080);
  });

  it('when several values are wrong, then the error lists every one of them, one per line, with its description', () => {
    const err = loadError({ PORT: 'abc', LOG_LEVEL: 'loud', SHUTDOWN_TIMEOUT_MS: '-5' });
    expect(err.problems.map((p) => p.key).sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
      'SHUTDOWN_TIMEOUT_MS',
    ]);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('case-service: invalid configuration, 4 problems:');
    expect(lines).toContain('  PORT: expected a number, got "abc" (the HTTP port)');
    expect(lines).toContain('  DATABASE_URL: is required but not set (PostgreSQL connection URL)');
    expect(err.message).toMatch(
      /LOG_LEVEL: expected one of error\|warn\|info.*, got "loud" \(lowest log level written\)/,
    );
    expect(err.message).toMatch(/SHUTDOWN_TIMEOUT_MS: too small.*got "-5"/);
  });

  it('when a value is an empty string, then it counts as unset and the default applies', () => {
    const config = loadConfig('case-service', shape, { PORT: '', DATABASE_URL: 'postgres://h/db' });
    expect(config.PORT).toBe(3003);
  });

  it('when a rejected value holds credentials, then the message does not echo them', () => {
    const err = loadError({ DATABASE_URL: 'not a url but password=hunter2', PORT: 'x' });
    expect(err.message).toContain('DATABASE_URL: expected a valid url');
    expect(err.message).not.toContain('hunter2');
  });

  it('when production runs without its secrets, then it refuses to start', () => {
    const err = loadError({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' });
    expect(err.message).toContain(
      'INTERNAL_API_KEY: is required in production; case-service refuses to start without it',
    );
    expect(err.message).toContain('JWT_SECRET: is required in production');
  });

  it('when production is given the development default of a secret, then it refuses to start with it', () => {
    const err = loadError({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://h/db',
      INTERNAL_API_KEY: 'dev-internal-key',
      JWT_SECRET: 'a-real-secret',
    });
    expect(err.problems).toHaveLength(1);
    expect(err.message).toContain('INTERNAL_API_KEY: is the development default');
    expect(err.message).toContain('refuses to start with the development default');
  });

  it('when production is given real secrets, then it starts', () => {
    const config = loadConfig('case-service', shape, {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://h/db',
      INTERNAL_API_KEY: 'k-7f3a9',
      JWT_SECRET: 's-91b2c',
    });
    expect(config.INTERNAL_API_KEY).toBe('k-7f3a9');
  });
});

describe('describeConfig', () => {
  it('when given a shape, then it lists each key with its description, default and whether it is required', () => {
    const entries = describeConfig(shape);
    expect(entries.find((e) => e.key === 'PORT')).toEqual({
      key: 'PORT',
      description: 'the HTTP port',
      defaultValue: '3003',
      required: false,
      secret: false,
    });
    expect(entries.find((e) => e.key === 'DATABASE_URL')).toMatchObject({
      required: true,
      defaultValue: undefined,
    });
    expect(entries.find((e) => e.key === 'INTERNAL_API_KEY')).toMatchObject({
      defaultValue: 'dev-internal-key',
      secret: true,
    });
    expect(entries.every((e) => e.description.length > 0)).toBe(true);
  });

  it('when the description comes before the default, then it is still found', () => {
    const [entry] = describeConfig({ X: z.coerce.number().describe('a number').default(5) });
    expect(entry).toMatchObject({ description: 'a number', defaultValue: '5' });
  });

  it('when rendering an env example, then each key is preceded by its description', () => {
    const text = renderEnvExample(shape);
    expect(text).toContain('# the HTTP port\nPORT=3003\n');
    expect(text).toContain('# PostgreSQL connection URL; required\nDATABASE_URL=\n');
  });
});
