'use client';
// A conversation's messages: the history from the server, then every live event of the stream (a
// media message is streamed again when channel-service has downloaded its file). Events that arrive
// while the history loads are applied on top of it (a message twice is kept once).
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyToMessages, type InboxMessage, type LiveEvent } from '../../domain/inbox-state.ts';

/** Registers a listener for every stream event; returns its removal. */
export type SubscribeLive = (listener: (event: LiveEvent) => void) => () => void;

export function useChatHistory(conversationId: string, subscribe: SubscribeLive) {
  const [messages, setMessages] = useState<InboxMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const duringLoad = useRef<LiveEvent[] | null>(null);

  const load = useCallback(async () => {
    duringLoad.current = [];
    const res = await fetch(`/api/pesan/${conversationId}/messages`).catch(() => null);
    const since = duringLoad.current;
    duringLoad.current = null;
    if (!res?.ok) return setError('Riwayat percakapan gagal dimuat.');
    const page = (await res.json()) as { items: InboxMessage[] };
    setMessages(since.reduce(applyToMessages, [...page.items].reverse()));
  }, [conversationId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      subscribe((e) => {
        if (e.conversationId !== conversationId) return;
        duringLoad.current?.push(e);
        setMessages((m) => (m ? applyToMessages(m, e) : m));
      }),
    [subscribe, conversationId],
  );

  return { messages, error, setError };
}
