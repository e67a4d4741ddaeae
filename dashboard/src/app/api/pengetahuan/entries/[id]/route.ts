// PUT /api/pengetahuan/entries/:id {title, content, category?} replaces an entry (and its chunks);
// DELETE removes it. Only the owner village's admin, or the superadmin for global entries.
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { deleteEntry, EntryForm, replaceEntry } from '../../../../../server/knowledge.ts';

type Ctx = { params: Promise<{ id: string }> };

export async function PUT(request: Request, ctx: Ctx) {
  const access = await routeAccess('knowledge:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = EntryForm.parse(await request.json().catch(() => ({})));
    return Response.json(await replaceEntry(access, (await ctx.params).id, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}

export async function DELETE(request: Request, ctx: Ctx) {
  const access = await routeAccess('knowledge:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    await deleteEntry(access, (await ctx.params).id, await requestAddress());
    return new Response(null, { status: 204 });
  } catch (err) {
    return problemFrom(err);
  }
}
