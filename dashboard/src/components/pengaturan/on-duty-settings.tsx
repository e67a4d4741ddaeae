'use client';
// On-duty staff numbers of the village: they get a WhatsApp message for every urgent complaint.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { OnDutyStaff } from '../../domain/settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input } from '../ui/input.tsx';

export function OnDutySettings({ staff }: { staff: OnDutyStaff[] }) {
  const router = useRouter();
  const [waId, setWaId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function put(body: { waId: string; name: string; active: boolean }) {
    const r = await callApi('/api/pengaturan/petugas-jaga', jsonInit('PUT', body));
    if (!r.ok) return (setError(r.error), false);
    setError(null);
    router.refresh();
    return true;
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (await put({ waId, name, active: true })) {
      setWaId('');
      setName('');
    }
  }

  async function remove(s: OnDutyStaff) {
    if (!window.confirm(`Hapus ${s.name} dari petugas jaga?`)) return;
    const r = await callApi(`/api/pengaturan/petugas-jaga/${s.waId}`, { method: 'DELETE' });
    if (!r.ok) return setError(r.error);
    router.refresh();
  }

  return (
    <div className="space-y-3" data-testid="on-duty-settings">
      {staff.length === 0 ? (
        <p className="text-sm text-muted-foreground">Belum ada petugas jaga.</p>
      ) : (
        <ul className="divide-y rounded-md border">
          {staff.map((s) => (
            <li key={s.waId} className="flex flex-wrap items-center gap-3 p-2 text-sm" data-wa-id={s.waId}>
              <span className="font-medium">{s.name}</span>
              <span className="font-mono text-xs">+{s.waId}</span>
              <label className="ml-auto flex items-center gap-1 text-xs">
                <input
                  type="checkbox"
                  checked={s.active}
                  onChange={(e) => put({ waId: s.waId, name: s.name, active: e.target.checked })}
                />
                Aktif
              </label>
              <Button size="sm" variant="ghost" onClick={() => remove(s)}>
                Hapus
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="flex flex-wrap gap-2" aria-label="Tambah petugas jaga">
        <Input
          className="w-56"
          aria-label="Nomor WhatsApp"
          placeholder="0812…"
          value={waId}
          onChange={(e) => setWaId(e.target.value)}
          required
        />
        <Input
          className="w-56"
          aria-label="Nama petugas"
          placeholder="Nama"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <Button type="submit">Tambah</Button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
