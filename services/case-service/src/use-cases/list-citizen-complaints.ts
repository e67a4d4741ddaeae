// A reporter's own complaints by wa_id, newest first: what the bot needs to answer "how is my
// report?" without an id. Not masked: the reporter sees their own complaints.
import type { CaseDeps } from '../deps.ts';
import { isOverdue } from '../domain/complaint-view.ts';
import { open311StatusNotes } from '../domain/open311-status.ts';
import { listByReporter } from '../repositories/complaint.repository.ts';

export async function listCitizenComplaints(deps: CaseDeps, villageId: string, waId: string, limit: number) {
  const now = deps.now();
  const rows = await listByReporter(deps.db, villageId, waId, limit);
  return {
    complaints: rows.map((c) => ({
      complaintId: c.id,
      category: c.category,
      description: c.description,
      address: c.address,
      status: c.status,
      statusText: open311StatusNotes(c.status),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      resolutionDueAt: c.resolutionDueAt.toISOString(),
      overdue: isOverdue(c, now),
    })),
  };
}
