// DELETE /api/pengaturan/petugas-jaga/:waId: removes an on-duty staff number of the village.
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { removeOnDuty } from '../../../../../server/settings.ts';

export async function DELETE(request: Request, ctx: { params: Promise<{ waId: string }> }) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    await removeOnDuty(access, (await ctx.params).waId, await requestAddress());
    return new Response(null, { status: 204 });
  } catch (err) {
    return problemFrom(err);
  }
}
