'use client';
// One conversation: its history (media included), who holds it, "Ambil alih" / "Kembalikan ke bot",
// and the reply box for the officer who holds it. New messages arrive through the inbox's stream.
import { Bot, Hand, Send, UserRound } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { displayName, handoffReasonLabel, type InboxConversation } from '../../domain/inbox-state.ts';
import { formatDateTime } from '../../domain/format.ts';
import { Button } from '../ui/button.tsx';
import { Textarea } from '../ui/input.tsx';
import { MessageBubble } from './message-bubble.tsx';
import { useChatHistory, type SubscribeLive } from './use-chat-history.ts';

async function post(url: string, body?: unknown): Promise<string | null> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.ok) return null;
  const p = (await res.json().catch(() => ({}))) as { detail?: string };
  return p.detail ?? `Gagal (${res.status}).`;
}

export function ChatView(props: {
  conversation: InboxConversation;
  me: { id: string; name: string };
  subscribe: SubscribeLive;
}) {
  const c = props.conversation;
  const { messages, error, setError } = useChatHistory(c.id, props.subscribe);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const bottom = useRef<HTMLDivElement>(null);

  // Braces matter: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    void bottom.current?.scrollIntoView({ block: 'end' });
  }, [messages?.length]);

  const mine = c.status === 'takeover' && c.takeoverAdminId === props.me.id;
  const someoneElse = c.status === 'takeover' && !mine;

  async function act(path: 'takeover' | 'handback') {
    setBusy(true);
    setError(await post(`/api/pesan/${c.id}/${path}`));
    setBusy(false);
  }

  async function send(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    const problem = await post(`/api/pesan/${c.id}/send`, { text: text.trim() });
    setBusy(false);
    setError(problem);
    if (!problem) setText('');
  }

  return (
    <div className="flex min-h-0 flex-col" data-testid="chat-view">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-2">
        <div>
          <div className="font-semibold">{displayName(c)}</div>
          <div className="text-xs text-muted-foreground">+{c.waId}</div>
        </div>
        <div className="flex items-center gap-2">
          <span
            data-testid="holder"
            className={
              mine
                ? 'rounded-md bg-amber-100 px-2 py-1 text-xs font-semibold text-amber-900'
                : 'rounded-md bg-secondary px-2 py-1 text-xs'
            }
          >
            {mine ? (
              <>
                <UserRound className="mr-1 inline h-3 w-3" />
                Anda yang melayani
              </>
            ) : someoneElse ? (
              <>
                <UserRound className="mr-1 inline h-3 w-3" />
                Dilayani {c.takeoverAdminName ?? 'petugas lain'}
              </>
            ) : (
              <>
                <Bot className="mr-1 inline h-3 w-3" />
                Dilayani bot
              </>
            )}
          </span>
          {mine ? (
            <Button size="sm" variant="outline" disabled={busy} onClick={() => act('handback')}>
              <Bot className="h-4 w-4" /> Kembalikan ke bot
            </Button>
          ) : (
            <Button
              size="sm"
              variant={c.status === 'handoff_requested' ? 'destructive' : 'default'}
              disabled={busy || someoneElse}
              onClick={() => act('takeover')}
            >
              <Hand className="h-4 w-4" /> Ambil alih
            </Button>
          )}
        </div>
      </div>
      {c.status === 'handoff_requested' && (
        <div className="border-b bg-red-50 px-4 py-2 text-sm font-medium text-red-800">
          Permintaan petugas{c.handoffReason ? ` (${handoffReasonLabel(c.handoffReason)})` : ''}. Klik “Ambil
          alih” untuk membalas warga.
        </div>
      )}
      <div className="min-h-0 flex-1 space-y-2 overflow-y-auto bg-muted/40 p-4" data-testid="messages">
        {messages === null && !error && <p className="text-sm text-muted-foreground">Memuat…</p>}
        {messages?.map((m) => (
          <MessageBubble key={m.id} m={m} conversationId={c.id} />
        ))}
        <div ref={bottom} />
      </div>
      {error && (
        <p role="alert" className="border-t bg-red-50 px-4 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {mine ? (
        <form onSubmit={send} className="flex gap-2 border-t p-3">
          <Textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={`Balas sebagai ${props.me.name}…`}
            className="min-h-10 flex-1"
            aria-label="Balasan"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <Button type="submit" disabled={busy || !text.trim()} aria-label="Kirim">
            <Send className="h-4 w-4" /> Kirim
          </Button>
        </form>
      ) : (
        <div className="border-t p-3 text-center text-xs text-muted-foreground">
          {someoneElse
            ? `Percakapan ini sedang dilayani ${c.takeoverAdminName ?? 'petugas lain'}.`
            : 'Ambil alih percakapan untuk membalas sebagai petugas.'}
          {c.lastMessageAt && ` Pesan terakhir ${formatDateTime(c.lastMessageAt)} WIB.`}
        </div>
      )}
    </div>
  );
}
