// PUT /api/pengaturan/petugas-jaga {waId, name, active}: add or change an on-duty staff number of the
// village (notified of urgent complaints).
import { OnDutyForm } from '../../../../domain/settings.ts';
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { saveOnDuty } from '../../../../server/settings.ts';

export async function PUT(request: Request) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = OnDutyForm.parse(await request.json().catch(() => ({})));
    return Response.json(await saveOnDuty(access, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}
