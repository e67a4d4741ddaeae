// POST /api/pengetahuan/entries {title, content, category?, global?}: a new knowledge entry of the village
// (global: superadmin only).
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { createEntry, EntryForm } from '../../../../server/knowledge.ts';

export async function POST(request: Request) {
  const access = await routeAccess('knowledge:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = EntryForm.parse(await request.json().catch(() => ({})));
    return Response.json(await createEntry(access, input, await requestAddress()), { status: 201 });
  } catch (err) {
    return problemFrom(err);
  }
}
