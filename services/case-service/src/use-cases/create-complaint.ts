// Files a complaint: a LAP-YYYYMMDD-NNN id, priority and SLA due times from the village's category,
// a link to a probable duplicate, the history's first row and complaint.created, in one transaction.
// An Idempotency-Key replays the complaint it created instead of filing a second one.
import { jakartaDay } from '@govconnect/contracts';
import { AppError } from '@govconnect/service-kit';
import { createHash } from 'node:crypto';
import { TX_OPTIONS, type CaseDeps } from '../deps.ts';
import { complaintView } from '../domain/complaint-view.ts';
import { addWorkingHours } from '../domain/sla.ts';
import { findCategory } from '../repositories/category.repository.ts';
import { findComplaint, insertNumberedComplaint } from '../repositories/complaint.repository.ts';
import type { ComplaintRow } from '../repositories/complaint.repository.ts';
import { findPossibleDuplicate, normalizeAddress } from '../repositories/duplicate.repository.ts';
import { holidayDatesFrom } from '../repositories/holiday.repository.ts';
import * as idempotency from '../repositories/idempotency.repository.ts';
import type { Tx } from '../repositories/tx.ts';
import { ensureVillageSeeded } from '../repositories/village.repository.ts';

export interface CreateComplaintInput {
  villageId: string;
  reporter: {
    waId?: string | undefined;
    name?: string | undefined;
    anonymous: boolean;
    confidential: boolean;
  };
  category: string;
  description: string;
  address?: string | undefined;
  location?: { latitude: number; longitude: number } | undefined;
  mediaIds: string[];
  priority?: 'normal' | 'urgent' | undefined;
  source: 'whatsapp' | 'dashboard' | 'open311';
  conversationId?: string | undefined;
  actor?: string | undefined;
}

const DUPLICATE_WINDOW_MS = 72 * 3600_000;
const DUPLICATE_RADIUS_M = 100;

export async function createComplaint(deps: CaseDeps, input: CreateComplaintInput, idempotencyKey?: string) {
  const requestHash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const result = await deps.db.$transaction(async (tx) => {
    if (idempotencyKey) {
      await idempotency.lockIdempotencyKey(tx, input.villageId, idempotencyKey);
      const seen = await idempotency.findIdempotencyKey(tx, input.villageId, idempotencyKey);
      if (seen) {
        if (seen.requestHash !== requestHash)
          throw AppError.unprocessable(
            'IDEMPOTENCY_KEY_REUSED',
            'This Idempotency-Key was used with a different request.',
            { complaintId: seen.complaintId },
          );
        return { complaint: (await findComplaint(tx, input.villageId, seen.complaintId))!, replayed: true };
      }
    }
    const complaint = await insertNew(deps, tx, input);
    if (idempotencyKey)
      await idempotency.saveIdempotencyKey(tx, {
        villageId: input.villageId,
        key: idempotencyKey,
        complaintId: complaint.id,
        requestHash,
      });
    return { complaint, replayed: false };
  }, TX_OPTIONS);
  return { complaint: complaintView(result.complaint, deps.now()), replayed: result.replayed };
}

async function insertNew(deps: CaseDeps, tx: Tx, input: CreateComplaintInput): Promise<ComplaintRow> {
  await ensureVillageSeeded(tx, input.villageId);
  const category = await findCategory(tx, input.villageId, input.category);
  if (!category?.active)
    throw AppError.badRequest(
      'VALIDATION_FAILED',
      'The request is invalid: body.category: unknown category.',
      {
        errors: [
          { field: 'body.category', reason: `no active category "${input.category}" in this village` },
        ],
      },
    );
  const holidays = await holidayDatesFrom(tx, input.villageId, deps.now());
  const possibleDuplicateOf = await findPossibleDuplicate(tx, {
    villageId: input.villageId,
    category: input.category,
    normalizedAddress: normalizeAddress(input.address),
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    since: new Date(deps.now().getTime() - DUPLICATE_WINDOW_MS),
    radiusMeters: DUPLICATE_RADIUS_M,
  });
  const createdAt = deps.now();
  const data = {
    villageId: input.villageId,
    reporterWaId: input.reporter.waId ?? null,
    reporterName: input.reporter.name ?? null,
    anonymous: input.reporter.anonymous,
    confidential: input.reporter.confidential,
    category: input.category,
    description: input.description,
    address: input.address ?? null,
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    mediaIds: input.mediaIds,
    priority: input.priority ?? category.defaultPriority,
    status: 'RECEIVED' as const,
    source: input.source,
    conversationId: input.conversationId ?? null,
    possibleDuplicateOf,
    mergedInto: null,
    createdAt,
    verificationDueAt: addWorkingHours(createdAt, category.verifySlaHours, holidays),
    resolutionDueAt: addWorkingHours(createdAt, category.resolveSlaHours, holidays),
  };
  // Numbered last, so the day counter's lock is held only for this statement, the event and the commit.
  const actor = input.actor ?? `${input.source}:reporter`;
  const id = await insertNumberedComplaint(tx, jakartaDay(createdAt), data, actor);
  const row: ComplaintRow = {
    ...data,
    id,
    updatedAt: createdAt,
    verifiedAt: null,
    resolvedAt: null,
    closedAt: null,
  };
  await deps.messaging.outbox.enqueue(
    tx,
    'complaint.created',
    {
      complaintId: id,
      villageId: input.villageId,
      reporter: { waId: row.reporterWaId ?? undefined, name: row.reporterName ?? undefined },
      category: row.category,
      priority: row.priority === 'urgent' ? 'urgent' : 'normal',
      conversationId: row.conversationId ?? undefined,
      anonymous: row.anonymous,
      confidential: row.confidential,
      possibleDuplicateOf: row.possibleDuplicateOf ?? undefined,
    },
    { villageId: input.villageId },
  );
  return row;
}
