// The on-duty staff numbers of a village: they get every urgent complaint at once.
import { AppError } from '@govconnect/service-kit';
import type { NotificationDeps } from '../deps.ts';
import { deleteOnDuty, listOnDuty, saveOnDuty, type OnDutyRow } from '../repositories/on-duty.repository.ts';

type Deps = Pick<NotificationDeps, 'db'>;

const view = (r: OnDutyRow) => ({ waId: r.waId, name: r.name, active: r.active, updatedAt: r.updatedAt });

export async function listOnDutyStaff(deps: Deps, villageId: string) {
  return { items: (await listOnDuty(deps.db, villageId)).map(view) };
}

export async function putOnDutyStaff(
  deps: Deps,
  entry: { villageId: string; waId: string; name: string; active: boolean },
) {
  return view(await saveOnDuty(deps.db, entry));
}

export async function removeOnDutyStaff(deps: Deps, villageId: string, waId: string) {
  if (!(await deleteOnDuty(deps.db, villageId, waId)))
    throw AppError.notFound('ON_DUTY_STAFF_NOT_FOUND', `No on-duty staff number ${waId} in this village.`);
}
