// Sessions: a row per login, named by the short-lived JWT in the cookie. Every request resolves the
// row, so a logout or a revoked session (or a deactivated user) is refused at once.
import type { Principal, Role } from '../../domain/access.ts';
import type { Db } from '../db.ts';
import { signSessionToken, verifySessionToken } from './jwt.ts';

export interface SessionSettings {
  jwtSecret: string;
  jwtTtlSeconds: number;
  sessionTtlHours: number;
}

export interface ResolvedSession extends Principal {
  sessionId: string;
}

export async function createSession(
  db: Db,
  s: SessionSettings,
  user: { id: string },
  meta: { ip: string; userAgent: string | null },
): Promise<{ sessionId: string; token: string }> {
  const session = await db.session.create({
    data: {
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + s.sessionTtlHours * 3_600_000),
    },
  });
  return {
    sessionId: session.id,
    token: signSessionToken(s.jwtSecret, session.id, user.id, s.jwtTtlSeconds),
  };
}

export async function resolveSession(db: Db, s: SessionSettings, token: string | undefined) {
  const claims = verifySessionToken(s.jwtSecret, token);
  if (!claims) return null;
  const session = await db.session.findUnique({ where: { id: claims.sid }, include: { user: true } });
  const now = new Date();
  if (
    !session ||
    session.userId !== claims.sub ||
    session.revokedAt ||
    session.expiresAt <= now ||
    !session.user.active
  )
    return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  const u = session.user;
  const principal: ResolvedSession = {
    sessionId: session.id,
    userId: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Role,
    villageId: u.villageId,
  };
  return principal;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user (deactivation, password reset), or every other one (`except`). */
export async function revokeUserSessions(db: Db, userId: string, except?: string): Promise<number> {
  const r = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return r.count;
}
