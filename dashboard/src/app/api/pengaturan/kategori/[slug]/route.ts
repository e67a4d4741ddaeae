// PUT /api/pengaturan/kategori/:slug {label, keywords, defaultPriority, verifySlaHours, resolveSlaHours, active}:
// add or change a category of the village and its SLA hours (case-service).
import { CategoryForm, CategorySlug } from '../../../../../domain/settings.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { saveCategory } from '../../../../../server/settings.ts';

export async function PUT(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const slug = CategorySlug.parse((await ctx.params).slug);
    const input = CategoryForm.parse(await request.json().catch(() => ({})));
    return Response.json(await saveCategory(access, slug, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
