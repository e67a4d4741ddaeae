'use client';
// The village's (and global) documents with their processing status; a row opens the chunks the
// document produced, as the bot will search them.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDateTime } from '../../domain/format.ts';
import {
  DOCUMENT_STATUS_LABELS,
  formatBytes,
  type DocumentChunk,
  type KnowledgeDocument,
} from '../../domain/knowledge.ts';
import { Badge } from '../ui/badge.tsx';
import { Button } from '../ui/button.tsx';
import { callApi } from '../call-api.ts';

const TONES = { received: 'neutral', processing: 'progress', ready: 'success', failed: 'danger' } as const;

export function DocumentList(props: { documents: KnowledgeDocument[]; editable: string[] }) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [chunks, setChunks] = useState<DocumentChunk[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(id: string) {
    if (open === id) return setOpen(null);
    setOpen(id);
    setChunks(null);
    setError(null);
    const r = await callApi<KnowledgeDocument & { chunks: DocumentChunk[] }>(
      `/api/pengetahuan/documents/${id}`,
    );
    if (r.ok) setChunks(r.body.chunks);
    else setError(r.error);
  }

  async function remove(d: KnowledgeDocument) {
    if (!window.confirm(`Hapus dokumen "${d.title}"? Bot tidak akan memakainya lagi.`)) return;
    const r = await callApi(`/api/pengetahuan/documents/${d.id}`, { method: 'DELETE' });
    if (!r.ok) return setError(r.error);
    router.refresh();
  }

  if (props.documents.length === 0)
    return <p className="text-sm text-muted-foreground">Belum ada dokumen.</p>;
  return (
    <ul className="divide-y rounded-md border" data-testid="document-list">
      {props.documents.map((d) => (
        <li key={d.id} data-document-id={d.id} data-status={d.status} className="p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{d.title}</span>
            <Badge tone={TONES[d.status]}>{DOCUMENT_STATUS_LABELS[d.status]}</Badge>
            {d.villageId === null && <Badge tone="info">Global</Badge>}
            <span className="text-xs text-muted-foreground">
              {d.filename} · {formatBytes(d.sizeBytes)} · {d.chunkCount ?? 0} potongan ·{' '}
              {formatDateTime(d.createdAt)} WIB
            </span>
            <div className="ml-auto flex gap-2">
              <Button variant="outline" size="sm" onClick={() => toggle(d.id)} aria-expanded={open === d.id}>
                {open === d.id ? 'Tutup' : 'Lihat potongan'}
              </Button>
              {props.editable.includes(d.id) && (
                <Button variant="ghost" size="sm" onClick={() => remove(d)}>
                  Hapus
                </Button>
              )}
            </div>
          </div>
          {d.failureReason && (
            <p className="mt-1 text-xs text-destructive">Alasan gagal: {d.failureReason}</p>
          )}
          {open === d.id && (
            <div className="mt-2 space-y-2" data-testid="document-chunks">
              {error && (
                <p role="alert" className="text-destructive">
                  {error}
                </p>
              )}
              {!chunks && !error && <p className="text-muted-foreground">Memuat…</p>}
              {chunks?.length === 0 && (
                <p className="text-muted-foreground">Dokumen ini tidak menghasilkan potongan.</p>
              )}
              {chunks?.map((c) => (
                <div key={c.id} className="rounded-md bg-muted p-2" data-chunk-position={c.position}>
                  <div className="text-xs font-medium">
                    #{c.position + 1}
                    {c.heading ? ` · ${c.heading}` : ''}
                  </div>
                  <p className="whitespace-pre-wrap text-xs">{c.content}</p>
                </div>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
