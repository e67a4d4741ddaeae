'use client';
// The form of one knowledge entry, for a new one or to replace an existing one (its chunks are rebuilt).
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { KnowledgeEntry } from '../../domain/knowledge.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label, Textarea } from '../ui/input.tsx';
import { callApi, jsonInit } from '../call-api.ts';

export function EntryForm(props: { entry?: KnowledgeEntry; canWriteGlobal: boolean; onDone?: () => void }) {
  const router = useRouter();
  const e0 = props.entry;
  const [title, setTitle] = useState(e0?.title ?? '');
  const [category, setCategory] = useState(e0?.category ?? '');
  const [content, setContent] = useState(e0?.content ?? '');
  const [global, setGlobal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idp = e0 ? `entry-${e0.id}` : 'entry-new';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body = { title, content, ...(category.trim() ? { category } : {}), ...(global ? { global } : {}) };
    const r = e0
      ? await callApi(`/api/pengetahuan/entries/${e0.id}`, jsonInit('PUT', body))
      : await callApi('/api/pengetahuan/entries', jsonInit('POST', body));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (!e0) {
      setTitle('');
      setCategory('');
      setContent('');
    }
    props.onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label={e0 ? 'Ubah entri' : 'Tambah entri'}>
      <div className="grid gap-3 md:grid-cols-[2fr_1fr]">
        <div className="space-y-1.5">
          <Label htmlFor={`${idp}-title`}>Judul</Label>
          <Input
            id={`${idp}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={300}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor={`${idp}-category`}>Kategori (opsional)</Label>
          <Input
            id={`${idp}-category`}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            maxLength={100}
          />
        </div>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor={`${idp}-content`}>Isi (Markdown; judul bagian dengan #)</Label>
        <Textarea
          id={`${idp}-content`}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          required
          className="min-h-40"
        />
      </div>
      {!e0 && props.canWriteGlobal && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={global} onChange={(e) => setGlobal(e.target.checked)} />
          Entri global (dipakai semua desa)
        </label>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Menyimpan…' : e0 ? 'Simpan perubahan' : 'Tambah entri'}
        </Button>
        {props.onDone && e0 && (
          <Button type="button" variant="outline" onClick={props.onDone}>
            Batal
          </Button>
        )}
      </div>
    </form>
  );
}
