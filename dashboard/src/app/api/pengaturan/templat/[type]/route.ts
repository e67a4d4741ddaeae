// PUT /api/pengaturan/templat/:type {body, waTemplate}: change a notification template of the village
// (notification-service checks its variables; its refusal comes back in Indonesian). DELETE puts the
// default back.
import { TemplateForm } from '../../../../../domain/settings.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { resetTemplate, saveTemplate } from '../../../../../server/settings.ts';

type Ctx = { params: Promise<{ type: string }> };

export async function PUT(request: Request, ctx: Ctx) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = TemplateForm.parse(await request.json().catch(() => ({})));
    return Response.json(await saveTemplate(access, (await ctx.params).type, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}

export async function DELETE(request: Request, ctx: Ctx) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    return Response.json(await resetTemplate(access, (await ctx.params).type, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
