// Downloads queued inbound media: the media id is resolved through the Graph API on every attempt
// (its URL expires after 5 minutes), the bytes are checked against Meta's size limits and sha256,
// and the file is kept under MEDIA_DIR. A failure is retried with backoff and recorded; intake never waits.
import { createHash } from 'node:crypto';
import { limitOf } from '../domain/media-file.ts';
import type { GraphClient } from '../graph/graph-client.ts';
import { createMediaRepository, type MediaJob } from '../repositories/media.repository.ts';
import { createMediaStore, type StoredFile } from '../repositories/media-store.ts';
import type { ChannelDeps } from './intake.types.ts';

type Deps = Pick<ChannelDeps, 'db' | 'config' | 'logger' | 'feed'> & { graph: GraphClient };

function matches(expected: string | null | undefined, bytes: Buffer): boolean {
  if (!expected) return true;
  const digest = createHash('sha256').update(bytes).digest();
  return expected === digest.toString('base64') || expected.toLowerCase() === digest.toString('hex');
}

async function downloadOne(deps: Deps, job: MediaJob): Promise<StoredFile & { mimeType?: string }> {
  const limit = limitOf(job.kind);
  const info = await deps.graph.mediaInfo(job.waMediaId);
  if (info.file_size !== undefined && info.file_size > limit)
    throw new Error(`${job.kind} of ${info.file_size} bytes exceeds Meta's ${limit}-byte limit`);
  const bytes = await deps.graph.download(info.url, limit);
  if (!matches(job.expectedSha256, bytes) || !matches(info.sha256, bytes))
    throw new Error('sha256 of the downloaded bytes does not match');
  const file = await createMediaStore(deps.config.MEDIA_DIR).write(job.villageId, job.id, bytes);
  return { ...file, mimeType: info.mime_type ?? job.mimeType ?? undefined };
}

/**
 * Tells the live inbox that a message's media is stored or failed for good: its message is streamed
 * again (id and media only), so the chat shows the photo without polling.
 */
function announce(deps: Deps, job: MediaJob, status: 'stored' | 'failed', mimeType: string | null): void {
  if (!job.messageId || !job.conversationId) return;
  deps.feed.publish({
    kind: 'message',
    villageId: job.villageId,
    conversationId: job.conversationId,
    data: { id: job.messageId, media: { id: job.id, kind: job.kind, status, mimeType } },
  });
}

/** Downloads what is due; returns how many jobs ran. */
export async function downloadDueMedia(deps: Deps): Promise<number> {
  const media = createMediaRepository(deps.db);
  const jobs = await media.claimDue(5);
  await Promise.all(
    jobs.map(async (job) => {
      try {
        const file = await downloadOne(deps, job);
        await media.stored(job.id, file);
        announce(deps, job, 'stored', file.mimeType ?? null);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const retry = job.attempts < deps.config.MEDIA_MAX_ATTEMPTS;
        const retryAt = retry
          ? new Date(Date.now() + deps.config.MEDIA_RETRY_BASE_MS * 2 ** (job.attempts - 1))
          : null;
        deps.logger.warn(retry ? 'media download failed; retrying' : 'media download failed for good', {
          mediaId: job.id,
          attempt: job.attempts,
          err,
        });
        await media.attemptFailed(job.id, message, retryAt);
        if (!retry) announce(deps, job, 'failed', job.mimeType);
      }
    }),
  );
  return jobs.length;
}
