// Staff merge a possible duplicate into the complaint it repeats: the duplicate is closed as REJECTED
// with a note naming the original, so its reporter is told through complaint.status.updated.
import { allowedTransitions, isLegalTransition, isOpenStatus } from '@govconnect/contracts';
import { AppError } from '@govconnect/service-kit';
import { TX_OPTIONS, type CaseDeps } from '../deps.ts';
import { complaintView } from '../domain/complaint-view.ts';
import * as complaints from '../repositories/complaint.repository.ts';
import { complaintNotFound } from './get-complaint.ts';

export interface MergeInput {
  villageId: string;
  actor: string;
  /** The complaint to merge into; defaults to the linked possible duplicate. */
  into?: string | undefined;
  note?: string | undefined;
}

export async function mergeComplaint(deps: CaseDeps, id: string, input: MergeInput) {
  const merged = await deps.db.$transaction(async (tx) => {
    const dup = await complaints.lockComplaint(tx, input.villageId, id);
    if (!dup) throw complaintNotFound(id);
    const into = input.into ?? dup.possibleDuplicateOf;
    if (!into)
      throw AppError.conflict(
        'NOT_A_DUPLICATE',
        `${id} is not linked to another complaint; name one in "into".`,
      );
    if (into === id)
      throw AppError.badRequest('MERGE_INTO_SELF', 'A complaint cannot be merged into itself.');
    const target = await complaints.findComplaint(tx, input.villageId, into);
    if (!target) throw complaintNotFound(into);
    if (!isOpenStatus(target.status))
      throw AppError.conflict(
        'MERGE_TARGET_CLOSED',
        `${into} is ${target.status}; merge into an open complaint.`,
      );
    if (!isLegalTransition(dup.status, 'REJECTED'))
      throw AppError.conflict('ILLEGAL_TRANSITION', `Cannot merge a complaint that is ${dup.status}.`, {
        from: dup.status,
        to: 'REJECTED',
        allowed: allowedTransitions(dup.status),
      });
    const note = `Digabung dengan laporan ${into}.${input.note ? ` ${input.note}` : ''}`;
    await complaints.applyStatusChange(tx, id, {
      from: dup.status,
      to: 'REJECTED',
      actor: input.actor,
      note,
      at: deps.now(),
    });
    await complaints.markMerged(tx, id, into);
    await deps.messaging.outbox.enqueue(
      tx,
      'complaint.status.updated',
      { complaintId: id, from: dup.status, to: 'REJECTED', note, actor: input.actor },
      { villageId: input.villageId },
    );
    return (await complaints.findComplaint(tx, input.villageId, id))!;
  }, TX_OPTIONS);
  return complaintView(merged, deps.now());
}
