// POST /api/pengetahuan/documents (multipart: file, title?, category?, global?): uploads a PDF, DOCX,
// TXT or MD document to ai-service, which processes it at once; the answer is the document and its status.
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problem, problemFrom } from '../../../../server/http/problem.ts';
import { uploadDocument } from '../../../../server/knowledge.ts';

export async function POST(request: Request) {
  const access = await routeAccess('knowledge:write', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Kirim berkas sebagai multipart/form-data.');
  }
  try {
    const document = await uploadDocument(access, form, await requestAddress());
    return Response.json(document, { status: 201 });
  } catch (err) {
    return problemFrom(err);
  }
}
