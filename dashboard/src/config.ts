// Configuration of the dashboard, parsed once from the environment on first use (not at import:
// `next build` evaluates modules with NODE_ENV=production and no secrets). The only file that reads
// process.env. `next start` forces NODE_ENV=production, so the mode is APP_ENV when it is set.
import { z } from 'zod';

const DEV_SECRETS = { INTERNAL_API_KEY: 'dev-internal-key', JWT_SECRET: 'dev-jwt-secret' } as const;

const shape = z.object({
  APP_ENV: z
    .enum(['development', 'test', 'production'])
    .describe(
      'runtime mode; unset, it follows NODE_ENV (next start forces production); production refuses development secrets',
    ),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  DATABASE_URL: z
    .url()
    .default('postgresql://gc_dashboard:gc_dashboard@127.0.0.1:5432/gc_dashboard')
    .describe('PostgreSQL URL of gc_dashboard'),
  INTERNAL_API_KEY: z
    .string()
    .min(1)
    .default(DEV_SECRETS.INTERNAL_API_KEY)
    .describe("key for the services' /internal routes; must be changed in production"),
  JWT_SECRET: z
    .string()
    .min(1)
    .default(DEV_SECRETS.JWT_SECRET)
    .describe('signs the session JWT; must be changed in production'),
  JWT_TTL_SECONDS: z.coerce.number().int().min(60).default(900).describe('lifetime of one JWT'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12).describe('absolute session lifetime'),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .describe('Secure cookie flag; default true in production'),
  CHANNEL_SERVICE_URL: z.url().default('http://127.0.0.1:3001').describe('channel service base URL'),
  CASE_SERVICE_URL: z.url().default('http://127.0.0.1:3003').describe('case service base URL'),
  AI_SERVICE_URL: z.url().default('http://127.0.0.1:3002').describe('AI service base URL'),
  NOTIFICATION_SERVICE_URL: z
    .url()
    .default('http://127.0.0.1:3004')
    .describe('notification service base URL'),
  SIMULATOR_URL: z
    .url()
    .optional()
    .describe(
      'WhatsApp simulator base URL for the /simulator page; unset: http://127.0.0.1:3010 outside production, page off in production',
    ),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .positive()
    .default(5)
    .describe('failed logins of one account within the window before it is refused'),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce
    .number()
    .int()
    .positive()
    .default(20)
    .describe('failed logins from one address within the window before it is refused'),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15).describe('login rate-limit window'),
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('x-forwarded-for entries to skip from the right (0: the one Traefik appends)'),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .describe('apply gc_dashboard migrations at start (the image runs prisma migrate deploy instead)'),
});

/** For the generated .env.example (APP_ENV may be left unset: parseConfig derives it). */
export const dashboardConfigShape = { ...shape.shape, APP_ENV: shape.shape.APP_ENV.optional() };

export type DashboardConfig = z.infer<typeof shape> & { cookieSecure: boolean };

export function parseConfig(env: Record<string, string | undefined>): DashboardConfig {
  const mode =
    env.APP_ENV ?? (env.NODE_ENV === 'production' ? 'production' : (env.NODE_ENV ?? 'development'));
  const result = shape.safeParse({ ...env, APP_ENV: mode });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`dashboard: invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.APP_ENV === 'production') {
    const weak = (Object.keys(DEV_SECRETS) as (keyof typeof DEV_SECRETS)[]).filter(
      (k) => !env[k] || env[k] === DEV_SECRETS[k],
    );
    if (weak.length)
      throw new Error(`dashboard: production needs real secrets, missing or default: ${weak.join(', ')}`);
  }
  return {
    ...config,
    cookieSecure: config.COOKIE_SECURE ? config.COOKIE_SECURE === 'true' : config.APP_ENV === 'production',
  };
}

/** The environment for the `next` child process main.ts starts: next sets NODE_ENV itself (production for
 * `next start`), so the mode travels as APP_ENV. */
export function nextChildEnv(mode: DashboardConfig['APP_ENV']): NodeJS.ProcessEnv {
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env;
  return { NEXT_TELEMETRY_DISABLED: '1', ...inherited, APP_ENV: mode } as unknown as NodeJS.ProcessEnv;
}

export function nextDistDir(): string {
  return process.env.NEXT_DIST_DIR ?? '.next';
}

/** The WhatsApp simulator behind /simulator, or null when the page is off (production without SIMULATOR_URL). */
export function simulatorUrl(c: DashboardConfig): string | null {
  return c.SIMULATOR_URL ?? (c.APP_ENV === 'production' ? null : 'http://127.0.0.1:3010');
}

let cached: DashboardConfig | undefined;

export function config(): DashboardConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
