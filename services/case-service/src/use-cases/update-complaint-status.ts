// Moves a complaint along its lifecycle: a history row and complaint.status.updated in the same
// transaction. Staff may take any legal step; a citizen (naming their wa_id) may only cancel their own
// complaint before it is resolved.
import {
  allowedTransitions,
  isLegalTransition,
  needsNote,
  type ComplaintStatus,
} from '@govconnect/contracts';
import { AppError } from '@govconnect/service-kit';
import { TX_OPTIONS, type CaseDeps } from '../deps.ts';
import { complaintView } from '../domain/complaint-view.ts';
import { applyStatusChange, findComplaint, lockComplaint } from '../repositories/complaint.repository.ts';
import { complaintNotFound } from './get-complaint.ts';

export interface UpdateStatusInput {
  villageId: string;
  status: ComplaintStatus;
  actor: string;
  note?: string | undefined;
  photoMediaId?: string | undefined;
  /** Present when the citizen acts: only CANCELLED, only on their own complaint. */
  reporterWaId?: string | undefined;
}

export async function updateComplaintStatus(deps: CaseDeps, id: string, input: UpdateStatusInput) {
  const updated = await deps.db.$transaction(async (tx) => {
    const current = await lockComplaint(tx, input.villageId, id);
    if (!current) throw complaintNotFound(id);
    if (input.reporterWaId !== undefined) {
      if (current.reporterWaId !== input.reporterWaId)
        throw AppError.forbidden('NOT_THE_REPORTER', 'Only the reporter may cancel this complaint.');
      if (input.status !== 'CANCELLED')
        throw AppError.forbidden('CITIZEN_MAY_ONLY_CANCEL', 'A citizen may only cancel a complaint.');
    }
    if (!isLegalTransition(current.status, input.status))
      throw AppError.conflict('ILLEGAL_TRANSITION', `Cannot go from ${current.status} to ${input.status}.`, {
        from: current.status,
        to: input.status,
        allowed: allowedTransitions(current.status),
      });
    if (needsNote(input.status) && !input.note?.trim())
      throw AppError.badRequest('VALIDATION_FAILED', 'The request is invalid: body.note: required.', {
        errors: [{ field: 'body.note', reason: `a note is required to move to ${input.status}` }],
      });
    const at = deps.now();
    await applyStatusChange(tx, id, { from: current.status, to: input.status, at, ...pick(input) });
    await deps.messaging.outbox.enqueue(
      tx,
      'complaint.status.updated',
      { complaintId: id, from: current.status, to: input.status, note: input.note, actor: input.actor },
      { villageId: input.villageId },
    );
    return (await findComplaint(tx, input.villageId, id))!;
  }, TX_OPTIONS);
  return complaintView(updated, deps.now());
}

function pick(input: UpdateStatusInput) {
  return { actor: input.actor, note: input.note, photoMediaId: input.photoMediaId };
}
