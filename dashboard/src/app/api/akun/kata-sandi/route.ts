// POST /api/akun/kata-sandi {current, password}: the signed-in user changes their own password. A wrong
// current password is 400 and counts toward the login limits (429 once they are reached).
import { currentUser, requestAddress } from '../../../../server/http/current-user.ts';
import { problem, problemFrom } from '../../../../server/http/problem.ts';
import { changeOwnPassword, PasswordChange } from '../../../../server/passwords.ts';

export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return problem(401, 'UNAUTHENTICATED', 'Sesi Anda berakhir. Silakan masuk kembali.');
  try {
    const input = PasswordChange.parse(await request.json().catch(() => ({})));
    return Response.json(await changeOwnPassword(user, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
