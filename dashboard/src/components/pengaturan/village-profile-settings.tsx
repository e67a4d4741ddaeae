'use client';
// The village profile: its name and the WhatsApp phone_number_id that names it (channel-service).
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { VillageProfile } from '../../domain/village-settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label } from '../ui/input.tsx';

export function VillageProfileSettings({
  villageId,
  profile,
}: {
  villageId: string;
  profile: VillageProfile | null;
}) {
  const router = useRouter();
  const [name, setName] = useState(profile?.name ?? '');
  const [phoneNumberId, setPhoneNumberId] = useState(profile?.phoneNumberId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const r = await callApi('/api/pengaturan/desa', jsonInit('PUT', { name, phoneNumberId }));
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    setMessage({ ok: true, text: 'Profil desa disimpan. Nomor baru dipakai untuk mengirim dalam 30 detik.' });
    router.refresh();
  }

  return (
    <div className="space-y-3" data-testid="village-profile">
      <dl className="grid grid-cols-[12rem_1fr] gap-y-2 text-sm">
        <dt className="text-muted-foreground">Kode desa</dt>
        <dd className="font-mono">{villageId}</dd>
      </dl>
      {profile === null ? (
        <p className="text-sm text-muted-foreground">
          Desa ini belum terdaftar di layanan kanal (belum punya nomor WhatsApp). Superadmin dapat
          mendaftarkannya di bagian Daftar desa.
        </p>
      ) : (
        <form onSubmit={save} className="grid max-w-xl gap-3" aria-label="Profil desa">
          <div className="grid gap-1">
            <Label htmlFor="village-name">Nama desa</Label>
            <Input id="village-name" value={name} onChange={(e) => setName(e.target.value)} required />
          </div>
          <div className="grid gap-1">
            <Label htmlFor="village-phone-number-id">phone_number_id WhatsApp</Label>
            <Input
              id="village-phone-number-id"
              className="font-mono"
              inputMode="numeric"
              value={phoneNumberId}
              onChange={(e) => setPhoneNumberId(e.target.value)}
              required
            />
            <p className="text-xs text-muted-foreground">
              Dari Meta (WhatsApp Manager), bukan nomor telepon. Pesan warga ke nomor ini masuk ke desa ini.
            </p>
          </div>
          <div>
            <Button type="submit">Simpan profil</Button>
          </div>
        </form>
      )}
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'text-sm text-green-700' : 'text-sm text-destructive'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
