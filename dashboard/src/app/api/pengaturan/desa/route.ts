// PUT /api/pengaturan/desa {name, phoneNumberId}: the profile of the village the user works in
// (village admin: their own; superadmin: the chosen one). POST {id, name, phoneNumberId}: a new
// village (superadmin only).
import { NewVillageForm, VillageProfileForm } from '../../../../domain/village-settings.ts';
import { requestAddress, routeAccess } from '../../../../server/http/current-user.ts';
import { problemFrom } from '../../../../server/http/problem.ts';
import { createVillage, saveVillageProfile } from '../../../../server/villages.ts';

export async function PUT(request: Request) {
  const access = await routeAccess('settings:manage', new URL(request.url).searchParams.get('villageId'));
  if (access instanceof Response) return access;
  try {
    const input = VillageProfileForm.parse(await request.json().catch(() => ({})));
    return Response.json(await saveVillageProfile(access, input, await requestAddress()));
  } catch (err) {
    return problemFrom(err);
  }
}

export async function POST(request: Request) {
  const access = await routeAccess('villages:manage');
  if (access instanceof Response) return access;
  try {
    const input = NewVillageForm.parse(await request.json().catch(() => ({})));
    return Response.json(await createVillage(access, input, await requestAddress()), { status: 201 });
  } catch (err) {
    return problemFrom(err);
  }
}
