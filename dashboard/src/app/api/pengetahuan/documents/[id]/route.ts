// GET /api/pengetahuan/documents/:id: a document of the village (or global) with the chunks it produced;
// DELETE removes it with its entry and chunks.
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { deleteDocument, readDocument } from '../../../../../server/knowledge.ts';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: Request, ctx: Ctx) {
  const access = await routeAccess('knowledge:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    return Response.json(await readDocument(access, (await ctx.params).id));
  } catch (err) {
    return problemFrom(err);
  }
}

export async function DELETE(request: Request, ctx: Ctx) {
  const access = await routeAccess('knowledge:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    await deleteDocument(access, (await ctx.params).id, await requestAddress());
    return new Response(null, { status: 204 });
  } catch (err) {
    return problemFrom(err);
  }
}
