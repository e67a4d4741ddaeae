// GET /api/pengaduan/tampilan: the saved views of the case list the user sees (their own and the
// village's shared ones). POST {name, query, shared?}: save the current filter under a name.
import { SavedViewForm } from '../../../../domain/saved-views.ts';
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { createView, listViews } from '../../../../server/saved-views.ts';

export async function GET(request: Request) {
  const access = await routeAccess('cases:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    return Response.json({ items: await listViews(access) });
  } catch (err) {
    return problemFrom(err);
  }
}

export async function POST(request: Request) {
  const access = await routeAccess('cases:read', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = SavedViewForm.parse(await request.json().catch(() => ({})));
    const view = await createView(access, input, await requestAddress());
    return Response.json(
      { id: view.id, name: view.name, query: view.query, shared: view.shared },
      { status: 201 },
    );
  } catch (err) {
    return problemFrom(err);
  }
}
