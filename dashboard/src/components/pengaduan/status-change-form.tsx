'use client';
// The status change: only the legal next statuses are offered; a closing status needs a note; a photo
// (for example of the finished work) may be attached.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { needsNote, STATUS_LABELS, type ComplaintStatus } from '../../domain/complaint-lifecycle.ts';
import { PHOTO_TYPES, photoProblem } from '../../domain/status-photo.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label, Select, Textarea } from '../ui/input.tsx';

export function StatusChangeForm(props: {
  complaintId: string;
  current: ComplaintStatus;
  options: ComplaintStatus[];
}) {
  const router = useRouter();
  const [status, setStatus] = useState<ComplaintStatus | ''>(props.options[0] ?? '');
  const [note, setNote] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoKey, setPhotoKey] = useState(0);
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
    const reason = photo ? photoProblem(photo) : null;
    if (reason) return setError(reason);
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.set('status', status);
    if (note.trim()) form.set('note', note.trim());
    if (photo) form.set('photo', photo);
    const res = await fetch(`/api/pengaduan/${props.complaintId}/status`, { method: 'POST', body: form });
    setBusy(false);
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { detail?: string };
      setError(body.detail ?? 'Status gagal diubah.');
      return;
    }
    setNote('');
    setPhoto(null);
    setPhotoKey((k) => k + 1);
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
      <div className="space-y-1.5">
        <Label htmlFor="photo">Foto (opsional)</Label>
        <Input
          key={photoKey}
          id="photo"
          type="file"
          accept={PHOTO_TYPES.join(',')}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            setPhoto(file);
            setError(file ? photoProblem(file) : null);
          }}
        />
        <p className="text-xs text-muted-foreground">JPEG, PNG, atau WebP, paling besar 5 MB.</p>
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
