// Media rows. Downloads are claimed with a lease (SKIP LOCKED, then next_attempt_at pushed ahead), so
// several replicas share the work and a crashed download is picked up again when its lease runs out.
// Staff uploads are written already stored, with no WhatsApp id: the claim never sees them.
import type { Db } from './prisma-client.ts';

export interface MediaJob {
  id: string;
  villageId: string;
  waMediaId: string;
  kind: string;
  mimeType: string | null;
  expectedSha256: string | null;
  attempts: number;
  /** The message it came with and its conversation (null for a staff upload). */
  messageId: string | null;
  conversationId: string | null;
}

const LEASE_MS = 120_000;

export function createMediaRepository(db: Db) {
  return {
    claimDue(limit: number): Promise<MediaJob[]> {
      return db.$queryRawUnsafe<MediaJob[]>(
        `UPDATE media m SET attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => $2::double precision / 1000), updated_at = now()
          WHERE m.id IN (SELECT id FROM media WHERE status = 'pending' AND next_attempt_at <= now()
                          AND wa_media_id IS NOT NULL
                          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING m.id::text AS id, m.village_id AS "villageId", m.wa_media_id AS "waMediaId", m.kind,
                    m.mime_type AS "mimeType", m.expected_sha256 AS "expectedSha256", m.attempts,
                    m.message_id::text AS "messageId",
                    (SELECT conversation_id::text FROM messages WHERE id = m.message_id) AS "conversationId"`,
        limit,
        LEASE_MS,
      );
    },

    async stored(
      id: string,
      file: { path: string; sizeBytes: number; sha256: string; mimeType?: string },
    ): Promise<void> {
      await db.media.update({
        where: { id },
        data: {
          status: 'stored',
          path: file.path,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          mimeType: file.mimeType,
          lastError: null,
          updatedAt: new Date(),
        },
      });
    },

    async attemptFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
      await db.media.update({
        where: { id },
        data: retryAt
          ? { lastError: error, nextAttemptAt: retryAt, updatedAt: new Date() }
          : { status: 'failed', lastError: error, updatedAt: new Date() },
      });
    },

    /** A staff upload whose file is already written: stored from the start, attached to no message. */
    async createUploaded(row: {
      id: string;
      villageId: string;
      uploadedBy: string;
      kind: string;
      mimeType: string;
      path: string;
      sizeBytes: number;
      sha256: string;
    }): Promise<void> {
      await db.media.create({ data: { ...row, status: 'stored' } });
    },

    find(id: string) {
      return db.media.findUnique({ where: { id } });
    },
  };
}
