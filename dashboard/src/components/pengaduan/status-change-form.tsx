'use client';
// The status change: only the legal next statuses are offered; a closing status needs a note.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { needsNote, STATUS_LABELS, type ComplaintStatus } from '../../domain/complaint-lifecycle.ts';
import { Button } from '../ui/button.tsx';
import { Label, Select, Textarea } from '../ui/input.tsx';

export function StatusChangeForm(props: {
  complaintId: string;
  current: ComplaintStatus;
  options: ComplaintStatus[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<ComplaintStatus | ''>(props.options[0] ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (props.options.length === 0)
    return (
      <p className="text-sm text-muted-foreground">
        Pengaduan ini sudah ditutup; statusnya tidak dapat diubah.
      </p>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!status) return;
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/pengaduan/${props.complaintId}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status, ...(note.trim() ? { note: note.trim() } : {}) }),
    });
    setBusy(false);
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { detail?: string };
      setError(body.detail ?? 'Status gagal diubah.');
      return;
    }
    setNote('');
    router.refresh();
  }

  const noteRequired = status !== '' && needsNote(status);
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Ubah status">
      <div className="space-y-1.5">
        <Label htmlFor="status">Status baru</Label>
        <Select id="status" value={status} onChange={(e) => setStatus(e.target.value as ComplaintStatus)}>
          {props.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="note">Catatan {noteRequired ? '(wajib)' : '(opsional)'}</Label>
        <Textarea
          id="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required={noteRequired}
          placeholder="Dikirim ke warga bersama pemberitahuan status"
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? 'Menyimpan…' : 'Simpan status'}
      </Button>
    </form>
  );
}
