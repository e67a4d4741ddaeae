'use client';
// A conversation's messages: the history from the server, then the live events of the stream. Media
// is downloaded by channel-service after the message is stored and its completion is not streamed,
// so a live media message triggers two later reloads of the history (event-driven, not polling).
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyToMessages, type InboxMessage, type LiveEvent } from '../../domain/inbox-state.ts';

const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);
const MEDIA_RELOADS_MS = [1500, 5000];

export function useChatHistory(conversationId: string, lastEvent: LiveEvent | null) {
  const [messages, setMessages] = useState<InboxMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const load = useCallback(async () => {
    const res = await fetch(`/api/pesan/${conversationId}/messages`).catch(() => null);
    if (!res?.ok) return setError('Riwayat percakapan gagal dimuat.');
    const page = (await res.json()) as { items: InboxMessage[] };
    setMessages([...page.items].reverse());
  }, [conversationId]);

  useEffect(() => {
    void load();
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, [load]);

  useEffect(() => {
    const e = lastEvent;
    if (!e || e.conversationId !== conversationId) return;
    setMessages((m) => (m ? applyToMessages(m, e) : m));
    if (e.kind === 'message' && e.data.direction === 'inbound' && MEDIA_TYPES.has(String(e.data.type)))
      for (const ms of MEDIA_RELOADS_MS) timers.current.push(setTimeout(() => void load(), ms));
  }, [lastEvent, conversationId, load]);

  return { messages, error, setError };
}
