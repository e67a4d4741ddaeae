// PUT /api/pengaturan/libur/:date {name}: add or rename a day off of the village (case-service; counts
// for complaints filed afterwards). DELETE: remove it.
import { HolidayDate, HolidayForm } from '../../../../../domain/village-settings.ts';
import { requestAddress, routeAccess } from '../../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../../server/http/problem.ts';
import { removeHoliday, saveHoliday } from '../../../../../server/villages.ts';

type Ctx = { params: Promise<{ date: string }> };

export async function PUT(request: Request, ctx: Ctx) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const date = HolidayDate.parse((await ctx.params).date);
    const input = HolidayForm.parse(await request.json().catch(() => ({})));
    return Response.json(await saveHoliday(access, date, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}

export async function DELETE(request: Request, ctx: Ctx) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const date = HolidayDate.parse((await ctx.params).date);
    await removeHoliday(access, date, await requestAddress());
    return new Response(null, { status: 204 });
  } catch (err) {
    return problemFrom(err);
  }
}
