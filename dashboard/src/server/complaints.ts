// Complaint operations of a signed-in officer: the status change (legal steps only, note required for
// closing ones, an optional photo) with its activity log entry.
import { z } from 'zod';
import { COMPLAINT_STATUSES, needsNote, nextStatuses } from '../domain/complaint-lifecycle.ts';
import { recordActivity } from './activity.ts';
import { db } from './db.ts';
import type { Access } from './http/current-user.ts';
import { caseClient } from './services/case-client.ts';
import { UpstreamProblem } from './services/internal-fetch.ts';
import { storePhoto, type Photo } from './status-photo.ts';

export const StatusChange = z.object({
  status: z.enum(COMPLAINT_STATUSES),
  note: z.string().trim().max(2000).optional(),
});

export async function changeStatus(
  a: Access,
  id: string,
  input: z.infer<typeof StatusChange>,
  ip: string,
  photo?: Photo,
) {
  const before = await caseClient.get(a.villageId, id);
  if (!nextStatuses(before.status).includes(input.status))
    throw new UpstreamProblem(
      409,
      'ILLEGAL_TRANSITION',
      `Status tidak dapat diubah dari ${before.status} ke ${input.status}.`,
      {
        from: before.status,
        to: input.status,
        allowed: nextStatuses(before.status),
      },
    );
  if (needsNote(input.status) && !input.note)
    throw new UpstreamProblem(400, 'NOTE_REQUIRED', 'Status penutup wajib disertai catatan.', {});
  // Stored only once the change is known to be legal; should case-service still refuse it, the file
  // stays in channel-service's media store unreferenced.
  const photoMediaId = photo ? await storePhoto(a, photo) : undefined;
  const after = await caseClient.updateStatus(a.villageId, id, {
    status: input.status,
    actor: `${a.user.name} <${a.user.email}>`,
    ...(input.note ? { note: input.note } : {}),
    ...(photoMediaId ? { photoMediaId } : {}),
  });
  await recordActivity(db(), {
    who: { userId: a.user.userId, email: a.user.email, role: a.user.role },
    villageId: a.villageId,
    action: 'complaint.status',
    targetType: 'complaint',
    targetId: id,
    before: { status: before.status },
    after: { status: after.status, note: input.note ?? null, photoMediaId: photoMediaId ?? null },
    ip,
  });
  return after;
}
