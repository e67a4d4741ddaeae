// PATCH /api/pengaturan/pengguna/:id {role?, active?, name?}: change another account of the village;
// deactivating it ends its sessions at once.
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { changeVillageUser, UserChange } from '../../../../../server/staff-users.ts';

export async function PATCH(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('users:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const change = UserChange.parse(await request.json().catch(() => ({})));
    return Response.json(
      await changeVillageUser(access, (await ctx.params).id, change, await requestAddress()),
    );
  } catch (err) {
    return problemFrom(err);
  }
}
