// One complaint of a village with its history; another village's complaint is a 404.
import { AppError } from '@govconnect/service-kit';
import type { CaseDeps } from '../deps.ts';
import { complaintView, historyView } from '../domain/complaint-view.ts';
import { findComplaint, listHistory } from '../repositories/complaint.repository.ts';

export async function getComplaint(deps: CaseDeps, villageId: string, id: string) {
  const complaint = await findComplaint(deps.db, villageId, id);
  if (!complaint) throw complaintNotFound(id);
  const history = await listHistory(deps.db, id);
  return { ...complaintView(complaint, deps.now()), history: history.map(historyView) };
}

export function complaintNotFound(id: string): AppError {
  return AppError.notFound('COMPLAINT_NOT_FOUND', `No complaint ${id} in this village.`, { complaintId: id });
}
