'use client';
// Saved views of the case list: one click opens a stored filter; "Simpan tampilan" keeps the
// current one under a name, for oneself or shared with the village.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { SavedViewItem } from '../../domain/saved-views.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { cn } from '../ui/cn.ts';
import { Input } from '../ui/input.tsx';

export function SavedViews({ views, currentQuery }: { views: SavedViewItem[]; currentQuery: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await callApi(
      '/api/pengaduan/tampilan',
      jsonInit('POST', { name, query: currentQuery, shared }),
    );
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setName('');
    setShared(false);
    setOpen(false);
    router.refresh();
  }

  async function remove(view: SavedViewItem) {
    if (!window.confirm(`Hapus tampilan "${view.name}"?`)) return;
    const res = await callApi(`/api/pengaduan/tampilan/${view.id}`, { method: 'DELETE' });
    if (!res.ok) return setError(res.error);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="saved-views">
      <span className="text-muted-foreground">Tampilan tersimpan:</span>
      {views.length === 0 && <span className="text-muted-foreground">belum ada</span>}
      {views.map((v) => (
        <span
          key={v.id}
          className={cn(
            'inline-flex items-center gap-1 rounded-full border px-3 py-0.5',
            v.query === currentQuery && 'border-primary bg-primary/10',
          )}
        >
          <Link
            href={v.query ? `/pengaduan?${v.query}` : '/pengaduan'}
            title={v.mine ? undefined : `Dibagikan oleh ${v.owner}`}
          >
            {v.name}
            {v.shared && <span className="text-muted-foreground"> · bersama</span>}
          </Link>
          {v.deletable && (
            <button
              type="button"
              onClick={() => remove(v)}
              aria-label={`Hapus tampilan ${v.name}`}
              className="text-muted-foreground hover:text-destructive"
            >
              ×
            </button>
          )}
        </span>
      ))}
      {open ? (
        <form onSubmit={save} className="flex flex-wrap items-center gap-2" aria-label="Simpan tampilan">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Nama tampilan, mis. Jalan terlambat"
            aria-label="Nama tampilan"
            className="h-8 w-56"
            maxLength={60}
            required
          />
          <label className="flex items-center gap-1.5">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            Bagikan ke semua petugas desa
          </label>
          <Button type="submit" size="sm" disabled={busy}>
            {busy ? 'Menyimpan…' : 'Simpan'}
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={() => setOpen(false)}>
            Batal
          </Button>
        </form>
      ) : (
        <Button type="button" size="sm" variant="outline" onClick={() => setOpen(true)}>
          Simpan tampilan ini
        </Button>
      )}
      {error && (
        <p role="alert" className="w-full text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
