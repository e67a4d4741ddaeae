// Who is asking, for pages and route handlers: the session cookie resolved against its row, then the
// access rules of domain/access.ts. Pages redirect to /login or show a refusal; routes answer 401/403.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { config } from '../../config.ts';
import { authorize, type Permission } from '../../domain/access.ts';
import { SESSION_COOKIE } from '../auth/jwt.ts';
import { clientAddress } from '../auth/rate-limit.ts';
import { resolveSession, type ResolvedSession } from '../auth/session.ts';
import { db } from '../db.ts';
import { problem } from './problem.ts';

export const VILLAGE_COOKIE = 'gc_village';

export function sessionSettings() {
  const c = config();
  return { jwtSecret: c.JWT_SECRET, jwtTtlSeconds: c.JWT_TTL_SECONDS, sessionTtlHours: c.SESSION_TTL_HOURS };
}

/** The signed-in user of this request, or null (resolved once per request). */
export const currentUser = cache(async (): Promise<ResolvedSession | null> => {
  const jar = await cookies();
  return resolveSession(db(), sessionSettings(), jar.get(SESSION_COOKIE)?.value);
});

export async function requestAddress(): Promise<string> {
  const h = await headers();
  return clientAddress(h.get('x-forwarded-for'), h.get('x-real-ip'), config().TRUSTED_PROXY_HOPS);
}

export interface Access {
  user: ResolvedSession;
  villageId: string;
}

/** For pages: the user and the village they work in, or a redirect / refusal. */
export async function pageAccess(permission: Permission, requestedVillage?: string | null): Promise<Access> {
  const user = await currentUser();
  if (!user) redirect('/login');
  const active = (await cookies()).get(VILLAGE_COOKIE)?.value ?? null;
  const decision = authorize(user, permission, requestedVillage, active ?? 'desa-sukamaju');
  if (!decision.ok) redirect(`/ditolak?alasan=${encodeURIComponent(decision.reason)}`);
  return { user, villageId: decision.villageId };
}

/** For route handlers: the access, or the problem+json Response to return. */
export async function routeAccess(
  permission: Permission,
  requestedVillage?: string | null,
): Promise<Access | Response> {
  const user = await currentUser();
  if (!user) return problem(401, 'UNAUTHENTICATED', 'Sesi Anda berakhir. Silakan masuk kembali.');
  const active = (await cookies()).get(VILLAGE_COOKIE)?.value ?? null;
  const decision = authorize(user, permission, requestedVillage, active ?? 'desa-sukamaju');
  if (!decision.ok) return problem(decision.status, decision.code, decision.reason);
  return { user, villageId: decision.villageId };
}
