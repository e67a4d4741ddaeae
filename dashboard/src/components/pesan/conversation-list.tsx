'use client';
// The conversations of the village, by status, with the newest message, unread counts and who holds
// each one.
import { useState } from 'react';
import {
  CONVERSATION_STATUS_LABELS,
  displayName,
  lastMessagePreview,
  type ConversationStatus,
  type InboxConversation,
} from '../../domain/inbox-state.ts';
import { formatTime } from '../../domain/format.ts';
import { Badge } from '../ui/badge.tsx';
import { cn } from '../ui/cn.ts';

const TABS: { key: ConversationStatus | 'all'; label: string }[] = [
  { key: 'all', label: 'Semua' },
  { key: 'handoff_requested', label: 'Minta petugas' },
  { key: 'takeover', label: 'Diambil alih' },
  { key: 'bot', label: 'Bot' },
];

export function ConversationList(props: {
  conversations: InboxConversation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  me: { id: string };
}) {
  const [tab, setTab] = useState<ConversationStatus | 'all'>('all');
  const shown = tab === 'all' ? props.conversations : props.conversations.filter((c) => c.status === tab);
  const count = (k: ConversationStatus) => props.conversations.filter((c) => c.status === k).length;
  return (
    <div className="flex min-h-0 flex-col border-r">
      <div className="flex gap-1 overflow-x-auto border-b p-2 text-xs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.key}
            role="tab"
            aria-selected={tab === t.key}
            onClick={() => setTab(t.key)}
            className={cn(
              'whitespace-nowrap rounded-md px-2 py-1',
              tab === t.key ? 'bg-accent font-semibold' : 'text-muted-foreground',
            )}
          >
            {t.label}
            {t.key !== 'all' && count(t.key) > 0 && ` (${count(t.key)})`}
          </button>
        ))}
      </div>
      <ul className="min-h-0 flex-1 overflow-y-auto" data-testid="conversation-list">
        {shown.map((c) => (
          <li key={c.id}>
            <button
              onClick={() => props.onSelect(c.id)}
              data-conversation-id={c.id}
              data-status={c.status}
              className={cn(
                'flex w-full flex-col gap-0.5 border-b px-3 py-2 text-left hover:bg-accent',
                props.selectedId === c.id && 'bg-accent',
                c.status === 'handoff_requested' && 'border-l-4 border-l-destructive bg-red-50',
              )}
            >
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{displayName(c)}</span>
                <span className="shrink-0 text-xs text-muted-foreground">{formatTime(c.lastMessageAt)}</span>
              </div>
              <div className="flex items-center justify-between gap-2">
                <span className="truncate text-xs text-muted-foreground" data-testid="last-message">
                  {lastMessagePreview(c.lastMessage, props.me.id) ?? 'Belum ada pesan'}
                </span>
                {c.unreadCount > 0 && (
                  <span
                    className="rounded-full bg-primary px-1.5 text-xs font-semibold text-primary-foreground"
                    data-testid="unread"
                  >
                    {c.unreadCount}
                  </span>
                )}
              </div>
              <div className="flex items-center gap-1">
                <Badge
                  tone={
                    c.status === 'handoff_requested'
                      ? 'strong'
                      : c.status === 'takeover'
                        ? 'progress'
                        : 'neutral'
                  }
                >
                  {CONVERSATION_STATUS_LABELS[c.status]}
                </Badge>
                {c.status === 'takeover' && (
                  <span className="truncate text-xs text-muted-foreground">
                    oleh{' '}
                    {c.takeoverAdminId === props.me.id ? 'Anda' : (c.takeoverAdminName ?? 'petugas lain')}
                  </span>
                )}
              </div>
            </button>
          </li>
        ))}
        {shown.length === 0 && (
          <li className="p-4 text-center text-sm text-muted-foreground">Belum ada percakapan.</li>
        )}
      </ul>
    </div>
  );
}
