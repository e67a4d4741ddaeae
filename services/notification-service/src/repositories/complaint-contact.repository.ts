// Whom to tell about a complaint, kept from its complaint.created event (status events do not carry
// the reporter, and case-service masks confidential reporters from every staff-facing read).
import type { Tx } from './tx.ts';

export interface ComplaintContactRow {
  complaintId: string;
  villageId: string;
  reporterWaId: string | null;
  reporterName: string | null;
  category: string;
  priority: string;
  confidential: boolean;
  anonymous: boolean;
}

export async function saveComplaintContact(tx: Tx, c: ComplaintContactRow): Promise<void> {
  await tx.complaintContact.upsert({
    where: { complaintId: c.complaintId },
    create: c,
    update: {},
  });
}

export function findComplaintContact(tx: Tx, villageId: string, complaintId: string) {
  return tx.complaintContact.findFirst({ where: { villageId, complaintId } });
}
