'use client';
// The live inbox: the conversation list (handoff requests first and impossible to miss), and the
// chat of the selected conversation. Every change arrives through the stream.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  applyToConversations,
  catchUp,
  sortConversations,
  type InboxConversation,
  type LiveEvent,
} from '../../domain/inbox-state.ts';
import { ChatView } from './chat-view.tsx';
import { ConversationList } from './conversation-list.tsx';
import type { SubscribeLive } from './use-chat-history.ts';
import { useLiveStream } from './use-live-stream.ts';

export function Inbox(props: {
  initial: InboxConversation[];
  selectedId: string | null;
  me: { id: string; name: string };
}) {
  const [conversations, setConversationState] = useState(props.initial);
  const listRef = useRef(props.initial);
  const setConversations = useCallback((list: InboxConversation[]) => {
    listRef.current = list;
    setConversationState(list);
  }, []);
  const [selectedId, setSelectedId] = useState<string | null>(props.selectedId);
  // The open chat hears every event itself: a state holding the last one would lose those that
  // arrive together (React renders once for them).
  const chatListeners = useRef(new Set<(event: LiveEvent) => void>());
  const subscribeChat = useCallback<SubscribeLive>((listener) => {
    chatListeners.current.add(listener);
    return () => {
      chatListeners.current.delete(listener);
    };
  }, []);

  // Events streamed while each reload is in flight, applied to its answer (which may predate them).
  const duringReloads = useRef(new Set<LiveEvent[]>());
  const reload = useCallback(async () => {
    const since: LiveEvent[] = [];
    duringReloads.current.add(since);
    try {
      const res = await fetch('/api/pesan/conversations');
      if (!res.ok) return;
      const { items } = (await res.json()) as { items: InboxConversation[] };
      setConversations(catchUp(sortConversations(items), since, selectedId));
    } finally {
      duringReloads.current.delete(since);
    }
  }, [setConversations, selectedId]);

  const streamState = useLiveStream((event) => {
    for (const listener of chatListeners.current) listener(event);
    for (const since of duringReloads.current) since.push(event);
    const r = applyToConversations(listRef.current, event, selectedId);
    setConversations(r.list);
    if (r.unknown) void reload();
  });

  const handoffs = conversations.filter((c) => c.status === 'handoff_requested');
  useEffect(() => {
    document.title = handoffs.length
      ? `(${handoffs.length}) Minta petugas · Pesan Masuk`
      : 'Pesan Masuk · GovConnect';
  }, [handoffs.length]);

  const select = (id: string) => {
    setSelectedId(id);
    window.history.replaceState(window.history.state, '', `/pesan?c=${id}`);
  };
  const selected = conversations.find((c) => c.id === selectedId) ?? null;

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Pesan Masuk</h1>
        <span className="text-xs text-muted-foreground" data-testid="stream-state" data-state={streamState}>
          {streamState === 'live'
            ? '● Langsung'
            : streamState === 'connecting'
              ? '○ Menghubungkan…'
              : '× Terputus'}
        </span>
      </div>
      {handoffs.length > 0 && (
        <div
          role="alert"
          data-testid="handoff-banner"
          className="animate-pulse rounded-lg border-2 border-destructive bg-red-50 p-3 font-medium text-red-800"
        >
          {handoffs.length} warga meminta dilayani petugas:{' '}
          {handoffs.map((c, i) => (
            <button key={c.id} className="underline" onClick={() => select(c.id)}>
              {i > 0 ? ', ' : ''}
              {c.profileName ?? `+${c.waId}`}
            </button>
          ))}
        </div>
      )}
      <div className="grid h-[calc(100vh-12rem)] min-h-[28rem] grid-cols-1 overflow-hidden rounded-lg border bg-card md:grid-cols-[20rem_1fr]">
        <ConversationList
          conversations={conversations}
          selectedId={selectedId}
          onSelect={select}
          me={props.me}
        />
        {selected ? (
          <ChatView key={selected.id} conversation={selected} me={props.me} subscribe={subscribeChat} />
        ) : (
          <div className="hidden items-center justify-center text-sm text-muted-foreground md:flex">
            Pilih percakapan di sebelah kiri.
          </div>
        )}
      </div>
    </div>
  );
}
