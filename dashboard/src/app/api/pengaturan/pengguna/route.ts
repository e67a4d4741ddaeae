// POST /api/pengaturan/pengguna {email, name, role, password}: a new account of the village
// (officer or village_admin).
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { createVillageUser, NewUserForm } from '../../../../server/staff-users.ts';

export async function POST(request: Request) {
  const access = await routeAccess('users:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = NewUserForm.parse(await request.json().catch(() => ({})));
    return Response.json(await createVillageUser(access, input, await requestAddress()), { status: 201 });
  } catch (err) {
    return problemFrom(err);
  }
}
