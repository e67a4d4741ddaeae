// POST /api/village {villageId}: a superadmin chooses which village the pages show (kept in a cookie).
// Everyone else works in their own village and is refused here.
import { cookies } from 'next/headers';
import { z } from 'zod';
import { config } from '../../../config.ts';
import { currentUser, VILLAGE_COOKIE } from '../../../server/http/current-user.ts';
import { problem, problemFrom } from '../../../server/http/problem.ts';

const Body = z.object({
  villageId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a village id such as desa-sukamaju'),
});

export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return problem(401, 'UNAUTHENTICATED', 'Sesi Anda berakhir. Silakan masuk kembali.');
  if (user.role !== 'superadmin')
    return problem(403, 'FORBIDDEN', 'Hanya superadmin yang dapat berpindah desa.');
  try {
    const { villageId } = Body.parse(await request.json().catch(() => ({})));
    (await cookies()).set(VILLAGE_COOKIE, villageId, {
      httpOnly: true,
      secure: config().cookieSecure,
      sameSite: 'lax',
      path: '/',
      maxAge: 30 * 86_400,
    });
    return Response.json({ villageId });
  } catch (err) {
    return problemFrom(err);
  }
}
