// POST /api/pengaduan/:id/status: a legal status change of the officer's village. JSON {status,
// note?}, or multipart form data with the same fields and an optional `photo` (JPEG, PNG, WebP, 5 MB).
import { changeStatus, StatusChange } from '../../../../../server/complaints.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { photoFromForm } from '../../../../../server/status-photo.ts';

async function readBody(request: Request) {
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data'))
    return { fields: StatusChange.parse(await request.json().catch(() => ({}))), photo: undefined };
  const form = await request.formData();
  const note = form.get('note');
  const fields = StatusChange.parse({
    status: form.get('status'),
    ...(typeof note === 'string' && note.trim() ? { note } : {}),
  });
  return { fields, photo: await photoFromForm(form.get('photo')) };
}

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const access = await routeAccess('cases:update', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const { id } = await ctx.params;
    const { fields, photo } = await readBody(request);
    const updated = await changeStatus(access, id, fields, await requestAddress(), photo);
    return Response.json(updated);
  } catch (err) {
    return problemFrom(err);
  }
}
