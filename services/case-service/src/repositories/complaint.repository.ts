// Complaints and their history: ids, inserts, status changes, reads within one village.
import type { ComplaintStatus } from '@govconnect/contracts';
import type { Complaint, ComplaintHistory } from '../generated/prisma/client.ts';
import type { Tx } from './tx.ts';

export type ComplaintRow = Omit<Complaint, 'status'> & { status: ComplaintStatus };
export type HistoryRow = Omit<ComplaintHistory, 'id' | 'fromStatus' | 'toStatus'> & {
  id: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
};

export type NewComplaint = Omit<
  Complaint,
  'id' | 'createdAt' | 'updatedAt' | 'verifiedAt' | 'resolvedAt' | 'closedAt' | 'searchVector'
> & { createdAt: Date };

/**
 * Numbers and inserts a complaint and its first history row in one statement. The day's counter
 * row is locked from here to the commit: concurrent creations queue on it, and a creation that rolls
 * back gives its number back, so ids have no gaps. One statement keeps that lock short. The id is
 * `LAP-<day>-<counter>`, the counter zero-padded to three digits and longer past 999 (as
 * contracts' formatComplaintId).
 */
export async function insertNumberedComplaint(tx: Tx, day: string, c: NewComplaint, actor: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    WITH n AS (
      INSERT INTO complaint_day_counters (day, last_value) VALUES (${day}, 1)
      ON CONFLICT (day) DO UPDATE SET last_value = complaint_day_counters.last_value + 1
      RETURNING last_value
    ), inserted AS (
      INSERT INTO complaints (id, village_id, reporter_wa_id, reporter_name, anonymous, confidential, category,
        description, address, latitude, longitude, media_ids, priority, status, source, conversation_id,
        possible_duplicate_of, merged_into, created_at, updated_at, verification_due_at, resolution_due_at)
      SELECT 'LAP-' || ${day} || '-' || CASE WHEN n.last_value < 1000 THEN lpad(n.last_value::text, 3, '0')
               ELSE n.last_value::text END,
        ${c.villageId}, ${c.reporterWaId}, ${c.reporterName}, ${c.anonymous}, ${c.confidential}, ${c.category},
        ${c.description}, ${c.address}, ${c.latitude}::float8, ${c.longitude}::float8, ${c.mediaIds}::text[],
        ${c.priority}, ${c.status}, ${c.source}, ${c.conversationId}, ${c.possibleDuplicateOf}, ${c.mergedInto},
        ${c.createdAt}, ${c.createdAt}, ${c.verificationDueAt}, ${c.resolutionDueAt}
      FROM n
      RETURNING id
    )
    INSERT INTO complaint_history (complaint_id, actor, from_status, to_status, created_at)
    SELECT id, ${actor}, NULL, ${c.status}, ${c.createdAt} FROM inserted
    RETURNING complaint_id AS id`;
  return row!.id;
}

/** A complaint of this village, or null: another village's complaint is as good as absent. */
export async function findComplaint(tx: Tx, villageId: string, id: string): Promise<ComplaintRow | null> {
  return (await tx.complaint.findFirst({ where: { id, villageId } })) as ComplaintRow | null;
}

/** The same, locked for an update in this transaction. */
export async function lockComplaint(tx: Tx, villageId: string, id: string): Promise<ComplaintRow | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM complaints WHERE id = ${id} AND village_id = ${villageId} FOR UPDATE`;
  return rows.length ? findComplaint(tx, villageId, id) : null;
}

export async function listHistory(tx: Tx, complaintId: string): Promise<HistoryRow[]> {
  const rows = await tx.complaintHistory.findMany({ where: { complaintId }, orderBy: { id: 'asc' } });
  return rows.map((r) => ({ ...r, id: r.id.toString() }) as HistoryRow);
}

export interface StatusChange {
  from: ComplaintStatus;
  to: ComplaintStatus;
  actor: string;
  note?: string | undefined;
  photoMediaId?: string | undefined;
  at: Date;
}

export async function applyStatusChange(tx: Tx, id: string, change: StatusChange): Promise<void> {
  const { to, at } = change;
  await tx.complaint.update({
    where: { id },
    data: {
      status: to,
      updatedAt: at,
      ...(to === 'VERIFIED' ? { verifiedAt: at } : {}),
      ...(to === 'RESOLVED' ? { resolvedAt: at } : {}),
      ...(to === 'RESOLVED' || to === 'REJECTED' || to === 'CANCELLED' ? { closedAt: at } : {}),
    },
  });
  await tx.complaintHistory.create({
    data: {
      complaintId: id,
      actor: change.actor,
      fromStatus: change.from,
      toStatus: to,
      note: change.note ?? null,
      photoMediaId: change.photoMediaId ?? null,
      createdAt: at,
    },
  });
}

/** A reporter's own complaints, newest first: what the bot answers "how is my report?" with. */
export async function listByReporter(tx: Tx, villageId: string, waId: string, limit: number) {
  return (await tx.complaint.findMany({
    where: { villageId, reporterWaId: waId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  })) as ComplaintRow[];
}

export async function markMerged(tx: Tx, id: string, into: string): Promise<void> {
  await tx.complaint.update({ where: { id }, data: { mergedInto: into } });
}
