'use client';
// One's own password: the current one, then the new one twice. Other devices are signed out.
import { useState, type FormEvent } from 'react';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label } from '../ui/input.tsx';

export function PasswordChangeForm() {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password !== repeat)
      return setMessage({ ok: false, text: 'Ulangi kata sandi baru dengan sama persis.' });
    setBusy(true);
    const r = await callApi<{ otherSessionsEnded: number }>(
      '/api/akun/kata-sandi',
      jsonInit('POST', { current, password }),
    );
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    setCurrent('');
    setPassword('');
    setRepeat('');
    const others = r.body.otherSessionsEnded;
    setMessage({
      ok: true,
      text: `Kata sandi diganti.${others > 0 ? ` ${others} sesi di perangkat lain telah dikeluarkan.` : ''}`,
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Ganti kata sandi">
      <div className="space-y-1.5">
        <Label htmlFor="pw-current">Kata sandi saat ini</Label>
        <Input
          id="pw-current"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          required
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="pw-new">Kata sandi baru (min. 8 karakter)</Label>
        <Input
          id="pw-new"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="pw-repeat">Ulangi kata sandi baru</Label>
        <Input
          id="pw-repeat"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          required
        />
      </div>
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'text-sm text-primary' : 'text-sm text-destructive'}
        >
          {message.text}
        </p>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? 'Menyimpan…' : 'Ganti kata sandi'}
      </Button>
    </form>
  );
}
