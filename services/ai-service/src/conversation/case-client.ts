// The case service's REST API as the dialogue uses it (service-kit's internal client: internal key,
// request id, safe retries). A failure that says the service is down or broken becomes
// CaseServiceUnavailableError; the expected refusals (404, 403, 409) become outcomes.
import { createInternalClient, isUpstreamError, type Logger } from '@govconnect/service-kit';
import {
  CaseServiceUnavailableError,
  type CaseApi,
  type CancelOutcome,
  type ComplaintSummary,
} from '../dialogue/ports.ts';

export interface CaseClientOptions {
  baseURL: string;
  apiKey: string;
  logger: Logger;
  timeoutMs: number;
  retries: number;
}

interface ComplaintView {
  complaintId: string;
  category: string;
  status: string;
  history?: { note: string | null }[];
}

function unavailable(err: unknown): never {
  if (isUpstreamError(err) && (err.status === undefined || err.status >= 500))
    throw new CaseServiceUnavailableError(err.message, { cause: err });
  throw err;
}

const statusOf = (err: unknown) => (isUpstreamError(err) ? err.status : undefined);

export function createCaseClient(options: CaseClientOptions): CaseApi {
  const http = createInternalClient({
    baseURL: options.baseURL,
    apiKey: options.apiKey,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
  });

  return {
    async create({ draft, villageId, waId, name, conversationId, idempotencyKey }) {
      const body = {
        villageId,
        reporter: { ...(waId ? { waId } : {}), ...(name ? { name } : {}) },
        category: draft.category ?? 'lainnya',
        description: draft.description ?? '',
        ...(draft.address ? { address: draft.address } : {}),
        ...(draft.location
          ? { location: { latitude: draft.location.latitude, longitude: draft.location.longitude } }
          : {}),
        mediaIds: draft.mediaIds,
        source: 'whatsapp',
        actor: 'ai-service',
        ...(conversationId ? { conversationId } : {}),
      };
      try {
        const { data } = await http.post<{ complaintId: string; status: string }>(
          '/internal/complaints',
          body,
          { headers: { 'Idempotency-Key': idempotencyKey } },
        );
        return { complaintId: data.complaintId, status: data.status };
      } catch (err) {
        return unavailable(err);
      }
    },

    async get(villageId, complaintId): Promise<ComplaintSummary | null> {
      try {
        const { data } = await http.get<ComplaintView>(
          `/internal/complaints/${encodeURIComponent(complaintId)}`,
          {
            params: { villageId },
          },
        );
        const lastNote = [...(data.history ?? [])].reverse().find((h) => h.note)?.note ?? null;
        return { complaintId: data.complaintId, category: data.category, status: data.status, lastNote };
      } catch (err) {
        if (statusOf(err) === 404 || statusOf(err) === 400) return null;
        return unavailable(err);
      }
    },

    async listMine(villageId, waId) {
      try {
        const { data } = await http.get<{ complaints: ComplaintSummary[] }>(
          `/internal/citizens/${encodeURIComponent(waId)}/complaints`,
          { params: { villageId, limit: 5 } },
        );
        return data.complaints.map((c) => ({
          complaintId: c.complaintId,
          category: c.category,
          status: c.status,
        }));
      } catch (err) {
        return unavailable(err);
      }
    },

    async cancel(villageId, complaintId, waId): Promise<CancelOutcome> {
      try {
        await http.put(`/internal/complaints/${encodeURIComponent(complaintId)}`, {
          villageId,
          status: 'CANCELLED',
          actor: 'warga (WhatsApp)',
          note: 'Dibatalkan oleh pelapor melalui WhatsApp.',
          reporterWaId: waId,
        });
        return 'cancelled';
      } catch (err) {
        const status = statusOf(err);
        if (status === 403) return 'not_own';
        if (status === 409) return 'not_open';
        if (status === 404 || status === 400) return 'not_found';
        return unavailable(err);
      }
    },
  };
}
