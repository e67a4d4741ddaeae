'use client';
// Upload of a PDF, DOCX, TXT or MD document: ai-service processes it at once, so the answer shows
// whether it is ready (and how many chunks it made) or why it failed.
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_STATUS_LABELS,
  uploadProblem,
  type KnowledgeDocument,
} from '../../domain/knowledge.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label } from '../ui/input.tsx';
import { callApi } from '../call-api.ts';

export function DocumentUpload({ canWriteGlobal }: { canWriteGlobal: boolean }) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [global, setGlobal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessage({ tone: 'error', text: 'Pilih berkas yang akan diunggah.' });
    const why = uploadProblem(file.name, file.size);
    if (why) return setMessage({ tone: 'error', text: why });
    const form = new FormData();
    form.set('file', file);
    if (title.trim()) form.set('title', title.trim());
    if (global) form.set('global', 'true');
    setBusy(true);
    setMessage({ tone: 'ok', text: 'Mengunggah dan memproses…' });
    const r = await callApi<KnowledgeDocument>('/api/pengetahuan/documents', { method: 'POST', body: form });
    setBusy(false);
    if (!r.ok) return setMessage({ tone: 'error', text: `Gagal: ${r.error}` });
    setMessage({
      tone: 'ok',
      text: `"${r.body.title}": ${DOCUMENT_STATUS_LABELS[r.body.status]}, ${r.body.chunkCount ?? 0} potongan.`,
    });
    setTitle('');
    if (fileRef.current) fileRef.current.value = '';
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-[1fr_1fr_auto]" aria-label="Unggah dokumen">
      <div className="space-y-1.5">
        <Label htmlFor="doc-file">Berkas (PDF, DOCX, TXT, MD; maks. 10 MB)</Label>
        <Input id="doc-file" name="file" type="file" accept={DOCUMENT_ACCEPT} ref={fileRef} required />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="doc-title">Judul (opsional, dari nama berkas bila kosong)</Label>
        <Input id="doc-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
      </div>
      <div className="flex items-end">
        <Button type="submit" disabled={busy}>
          {busy ? 'Memproses…' : 'Unggah'}
        </Button>
      </div>
      {canWriteGlobal && (
        <label className="flex items-center gap-2 text-sm md:col-span-3">
          <input type="checkbox" checked={global} onChange={(e) => setGlobal(e.target.checked)} />
          Dokumen global (dipakai semua desa)
        </label>
      )}
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          data-testid="upload-result"
          className={
            message.tone === 'error' ? 'text-sm text-destructive md:col-span-3' : 'text-sm md:col-span-3'
          }
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
