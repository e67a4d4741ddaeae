// POST /api/pengaturan/pengguna/:id/kata-sandi {password}: the admin sets a new password for an account
// of the village (a forgotten one); that account's sessions end at once.
import { requestAddress, routeAccess } from '../../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../../server/http/problem.ts';
import { PasswordReset, resetUserPassword } from '../../../../../../server/passwords.ts';

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('users:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { password } = PasswordReset.parse(await request.json().catch(() => ({})));
    return Response.json(
      await resetUserPassword(access, (await ctx.params).id, password, await requestAddress()),
    );
  } catch (err) {
    return problemFrom(err);
  }
}
