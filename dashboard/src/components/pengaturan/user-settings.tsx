'use client';
// The village's accounts: role, active and a new password (a forgotten one) can be set for others (not
// one's own: that is Akun saya); a new account gets a first password to hand over in person.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ASSIGNABLE_ROLES, ROLE_LABELS, type Role } from '../../domain/access.ts';
import { formatDateTime } from '../../domain/format.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Badge } from '../ui/badge.tsx';
import { Button } from '../ui/button.tsx';
import { Input, Select } from '../ui/input.tsx';

export interface VillageUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
}

export function UserSettings({ users, selfId }: { users: VillageUser[]; selfId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ email: '', name: '', role: 'officer' as Role, password: '' });
  const [resetting, setResetting] = useState<{ id: string; password: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function change(id: string, body: Record<string, unknown>) {
    const r = await callApi(`/api/pengaturan/pengguna/${id}`, jsonInit('PATCH', body));
    if (!r.ok) return setError(r.error);
    setError(null);
    router.refresh();
  }

  async function resetPassword(e: FormEvent, u: VillageUser) {
    e.preventDefault();
    if (!resetting) return;
    const r = await callApi(
      `/api/pengaturan/pengguna/${u.id}/kata-sandi`,
      jsonInit('POST', { password: resetting.password }),
    );
    if (!r.ok) return setError(r.error);
    setError(null);
    setResetting(null);
    setNotice(`Kata sandi ${u.email} diganti; sesi yang masih terbuka telah dikeluarkan.`);
  }

  async function create(e: FormEvent) {
    e.preventDefault();
    const r = await callApi('/api/pengaturan/pengguna', jsonInit('POST', form));
    if (!r.ok) return setError(r.error);
    setError(null);
    setForm({ email: '', name: '', role: 'officer', password: '' });
    router.refresh();
  }

  return (
    <div className="space-y-3" data-testid="user-settings">
      <ul className="divide-y rounded-md border">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center gap-3 p-2 text-sm" data-user-email={u.email}>
            <div className="min-w-56">
              <div className="font-medium">
                {u.name} {!u.active && <Badge tone="danger">Nonaktif</Badge>}
              </div>
              <div className="text-xs text-muted-foreground">
                {u.email} · terakhir masuk {formatDateTime(u.lastLoginAt)}
                {u.lastLoginAt ? ' WIB' : ''}
              </div>
            </div>
            {u.id === selfId ? (
              <span className="ml-auto text-xs text-muted-foreground">{ROLE_LABELS[u.role]} (Anda)</span>
            ) : (
              <div className="ml-auto flex items-center gap-2">
                <Select
                  aria-label={`Peran ${u.email}`}
                  className="w-36"
                  value={u.role}
                  onChange={(e) => change(u.id, { role: e.target.value })}
                >
                  {ASSIGNABLE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </Select>
                <Button
                  size="sm"
                  variant={u.active ? 'outline' : 'default'}
                  onClick={() => change(u.id, { active: !u.active })}
                >
                  {u.active ? 'Nonaktifkan' : 'Aktifkan'}
                </Button>
                <Button size="sm" variant="outline" onClick={() => setResetting({ id: u.id, password: '' })}>
                  Atur ulang kata sandi
                </Button>
              </div>
            )}
            {resetting?.id === u.id && (
              <form
                onSubmit={(e) => resetPassword(e, u)}
                className="flex w-full flex-wrap items-center justify-end gap-2"
                aria-label={`Kata sandi baru ${u.email}`}
              >
                <Input
                  aria-label={`Kata sandi baru untuk ${u.email}`}
                  type="password"
                  autoComplete="new-password"
                  placeholder="Kata sandi baru (min. 8)"
                  minLength={8}
                  className="w-60"
                  value={resetting.password}
                  onChange={(e) => setResetting({ id: u.id, password: e.target.value })}
                  required
                />
                <Button type="submit" size="sm">
                  Simpan kata sandi
                </Button>
                <Button type="button" size="sm" variant="outline" onClick={() => setResetting(null)}>
                  Batal
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={create} className="grid gap-2 md:grid-cols-5" aria-label="Tambah pengguna">
        <Input
          aria-label="E-mail pengguna baru"
          type="email"
          placeholder="e-mail"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          required
        />
        <Input
          aria-label="Nama pengguna baru"
          placeholder="Nama"
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          required
        />
        <Select
          aria-label="Peran pengguna baru"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
        >
          {ASSIGNABLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
        <Input
          aria-label="Kata sandi awal"
          type="password"
          placeholder="Kata sandi awal (min. 8)"
          minLength={8}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          required
        />
        <Button type="submit">Tambah pengguna</Button>
      </form>
      {notice && !error && (
        <p role="status" className="text-sm text-primary">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
