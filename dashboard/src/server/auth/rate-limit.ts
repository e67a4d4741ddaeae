// Login rate limits, per account and per address, counted from the login_attempts table so every
// replica sees the same counts. Only failures count; a success does not reset the window.
import type { DashboardConfig } from '../../config.ts';
import type { Db } from '../db.ts';

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMinutes: number;
}

/** The limits as configured, shared by the login and the change of one's own password. */
export function loginLimits(c: DashboardConfig): LoginLimits {
  return {
    perAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perAddress: c.LOGIN_MAX_FAILURES_PER_ADDRESS,
    windowMinutes: c.LOGIN_WINDOW_MINUTES,
  };
}

export async function loginBlocked(db: Db, email: string, ip: string, limits: LoginLimits, now = new Date()) {
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  if (byAccount >= limits.perAccount) return 'account' as const;
  if (byAddress >= limits.perAddress) return 'address' as const;
  return null;
}

export async function recordAttempt(db: Db, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

/**
 * The client's address from x-forwarded-for. The rightmost entry is the one the nearest proxy
 * (Traefik) appended, or the socket address `next start` sets when the header is absent; with more
 * trusted proxies in front of that one, skip `trustedHops` entries. Entries further left are whatever
 * the client wrote and are not trusted. (Served without a proxy, a client could write the header:
 * the dashboard is meant to run behind Traefik.)
 */
export function clientAddress(
  forwardedFor: string | null,
  realIp: string | null,
  trustedHops: number,
): string {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return realIp?.trim() || 'unknown';
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return chain[index] ?? 'unknown';
}
