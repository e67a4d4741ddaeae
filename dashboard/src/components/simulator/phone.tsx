'use client';
// A phone-like chat as a citizen, against the WhatsApp simulator through the dashboard's server.
// The simulator has no event stream, so the open chat is read again every second (this page only).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { formatTime } from '../../domain/format.ts';
import type { SimChatMessage } from '../../server/simulator.ts';
import type { VillageProfile } from '../../domain/village-settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input, Label, Select } from '../ui/input.tsx';
import { cn } from '../ui/cn.ts';

const TICKS: Record<string, string> = { accepted: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' };

export function Phone({
  defaultPhoneNumberId,
  villages,
}: {
  defaultPhoneNumberId: string;
  villages: VillageProfile[];
}) {
  const [waId, setWaId] = useState('6281200009999');
  const [name, setName] = useState('Warga Uji');
  const [phoneNumberId, setPhoneNumberId] = useState(defaultPhoneNumberId);
  const [text, setText] = useState('');
  const [chat, setChat] = useState<SimChatMessage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const bottom = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    if (!/^[1-9]\d{7,14}$/.test(waId)) return;
    const r = await callApi<{ items: SimChatMessage[] }>(`/api/simulator/pesan?waId=${waId}`);
    if (r.ok) setChat(r.body.items);
    else setError(r.error);
  }, [waId]);

  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 1000);
    return () => clearInterval(t);
  }, [load]);

  // A block body: newer Chromium's scrollIntoView returns a promise, which React would call as cleanup.
  useEffect(() => {
    void bottom.current?.scrollIntoView({ block: 'end' });
  }, [chat.length]);

  async function send(e: FormEvent) {
    e.preventDefault();
    const r = await callApi('/api/simulator/pesan', jsonInit('POST', { waId, name, phoneNumberId, text }));
    if (!r.ok) return setError(r.error);
    setError(null);
    setText('');
    void load();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <div className="space-y-3 text-sm">
        <div className="space-y-1">
          <Label htmlFor="sim-wa">Nomor warga (wa_id)</Label>
          <Input id="sim-wa" value={waId} onChange={(e) => setWaId(e.target.value.replace(/\D/g, ''))} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="sim-name">Nama profil WhatsApp</Label>
          <Input id="sim-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="sim-pnid">Desa tujuan</Label>
          <Select id="sim-pnid" value={phoneNumberId} onChange={(e) => setPhoneNumberId(e.target.value)}>
            {villages.map((v) => (
              <option key={v.id} value={v.phoneNumberId}>
                {v.name} ({v.phoneNumberId})
              </option>
            ))}
          </Select>
          <p className="text-xs text-muted-foreground">
            Pesan dikirim ke nomor WhatsApp (phone_number_id) desa ini.
          </p>
        </div>
      </div>
      <div className="mx-auto flex h-[36rem] w-full max-w-sm flex-col overflow-hidden rounded-[2rem] border-8 border-neutral-800 bg-[#efeae2] shadow-lg">
        <div className="bg-emerald-800 px-4 py-3 text-sm font-semibold text-white">Kantor Desa</div>
        <div className="flex-1 space-y-2 overflow-y-auto p-3" data-testid="sim-chat">
          {chat.length === 0 && (
            <p className="text-center text-xs text-neutral-500">Tulis pesan untuk memulai.</p>
          )}
          {chat.map((m) => (
            <div
              key={`${m.from}-${m.wamid}`}
              data-from={m.from}
              className={cn(
                'max-w-[85%] whitespace-pre-wrap rounded-lg px-3 py-2 text-sm shadow-sm',
                m.from === 'citizen' ? 'ml-auto bg-[#d9fdd3]' : 'bg-white',
              )}
            >
              {m.text}
              <div className="mt-1 text-right text-[10px] text-neutral-500">
                {formatTime(m.at)} {m.from === 'village' && m.status ? (TICKS[m.status] ?? '') : ''}
              </div>
            </div>
          ))}
          <div ref={bottom} />
        </div>
        <form onSubmit={send} className="flex gap-2 bg-neutral-100 p-2" aria-label="Kirim sebagai warga">
          <Input
            aria-label="Pesan warga"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Ketik pesan"
            required
          />
          <Button type="submit">Kirim</Button>
        </form>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive lg:col-span-2">
          {error}
        </p>
      )}
    </div>
  );
}
