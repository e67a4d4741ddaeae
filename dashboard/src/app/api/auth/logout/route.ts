// POST /api/auth/logout: revokes the session row (so the JWT is dead at once) and clears the cookie.
import { cookies } from 'next/headers';
import { recordActivity } from '../../../../server/activity.ts';
import { SESSION_COOKIE } from '../../../../server/auth/jwt.ts';
import { revokeSession } from '../../../../server/auth/session.ts';
import { db } from '../../../../server/db.ts';
import { currentUser, requestAddress } from '../../../../server/http/current-user.ts';

export async function POST() {
  const user = await currentUser();
  if (user) {
    await revokeSession(db(), user.sessionId);
    await recordActivity(db(), {
      who: { userId: user.userId, email: user.email, role: user.role },
      villageId: user.villageId,
      action: 'auth.logout',
      ip: await requestAddress(),
    });
  }
  (await cookies()).delete(SESSION_COOKIE);
  return new Response(null, { status: 204 });
}
