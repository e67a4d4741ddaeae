// GET /internal/analytics/staff: how fast staff answer citizens in a village over a period (the
// definition is in repositories/staff-response.repository.ts and the README).
import type { Db } from '../repositories/prisma-client.ts';
import { staffResponseFigures } from '../repositories/staff-response.repository.ts';

export async function measureStaffResponse(
  deps: { db: Db },
  period: { villageId: string; from: Date; to: Date },
) {
  const figures = await staffResponseFigures(deps.db, period);
  return {
    villageId: period.villageId,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    ...figures,
  };
}
