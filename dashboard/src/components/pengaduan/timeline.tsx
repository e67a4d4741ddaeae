// A complaint's history, oldest first: who moved it to which status, when, why, and the photo attached.
import { STATUS_LABELS } from '../../domain/complaint-lifecycle.ts';
import { formatDateTime } from '../../domain/format.ts';
import type { HistoryEntry } from '../../server/services/case-client.ts';

export function Timeline({ complaintId, entries }: { complaintId: string; entries: HistoryEntry[] }) {
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="relative ml-2 border-l pl-5" data-testid="timeline">
      {sorted.map((h, i) => (
        <li key={`${h.at}-${i}`} className="mb-4 last:mb-0">
          <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-card bg-primary" />
          <div className="text-sm font-medium">
            {h.from ? `${STATUS_LABELS[h.from]} → ` : ''}
            {STATUS_LABELS[h.to] ?? h.to}
          </div>
          <div className="text-xs text-muted-foreground">
            {formatDateTime(h.at)} WIB · {h.actor}
          </div>
          {h.note && <p className="mt-1 rounded-md bg-muted p-2 text-sm">{h.note}</p>}
          {h.photoMediaId && (
            <a href={`/api/pengaduan/${complaintId}/foto/${h.photoMediaId}`} target="_blank" rel="noreferrer">
              <img
                src={`/api/pengaduan/${complaintId}/foto/${h.photoMediaId}`}
                alt="Foto perubahan status"
                className="mt-2 h-32 w-32 rounded-md border object-cover"
                data-testid="status-photo"
              />
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
