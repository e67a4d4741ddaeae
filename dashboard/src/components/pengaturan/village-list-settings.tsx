'use client';
// Superadmin: every village with its WhatsApp phone_number_id, and a form to register a new one.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { VillageProfile } from '../../domain/village-settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input } from '../ui/input.tsx';

export function VillageListSettings({ villages }: { villages: VillageProfile[] }) {
  const router = useRouter();
  const [form, setForm] = useState({ id: '', name: '', phoneNumberId: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await callApi('/api/pengaturan/desa', jsonInit('POST', form));
    if (!r.ok) return setError(r.error);
    setError(null);
    setForm({ id: '', name: '', phoneNumberId: '' });
    router.refresh();
  }

  return (
    <div className="space-y-3" data-testid="village-list">
      <table className="w-full text-sm">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th className="p-2">Kode</th>
            <th className="p-2">Nama</th>
            <th className="p-2">phone_number_id</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {villages.map((v) => (
            <tr key={v.id} data-village-id={v.id}>
              <td className="p-2 font-mono">{v.id}</td>
              <td className="p-2">{v.name}</td>
              <td className="p-2 font-mono">{v.phoneNumberId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={create} className="flex flex-wrap gap-2" aria-label="Tambah desa">
        <Input
          className="w-48"
          aria-label="Kode desa"
          placeholder="desa-…"
          value={form.id}
          onChange={set('id')}
          required
        />
        <Input
          className="w-56"
          aria-label="Nama desa"
          placeholder="Desa …"
          value={form.name}
          onChange={set('name')}
          required
        />
        <Input
          className="w-56 font-mono"
          aria-label="phone_number_id WhatsApp"
          placeholder="phone_number_id"
          inputMode="numeric"
          value={form.phoneNumberId}
          onChange={set('phoneNumberId')}
          required
        />
        <Button type="submit">Tambah desa</Button>
      </form>
      <p className="text-xs text-muted-foreground">
        Pengguna desa baru dibuat di bagian Pengguna setelah desa itu dipilih di kolom Desa di atas.
      </p>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
