// One chat message: the citizen's on the left, the village's (bot or officer) on the right with who
// sent it underneath; media is loaded through the dashboard's media route.
import { Bell, Bot, UserRound } from 'lucide-react';
import { senderLabel, type InboxMessage } from '../../domain/inbox-state.ts';
import { formatTime } from '../../domain/format.ts';
import { cn } from '../ui/cn.ts';

const STATUS_MARK: Record<string, string> = {
  sent: '✓',
  delivered: '✓✓',
  read: '✓✓ dibaca',
  failed: '⚠ gagal',
};

export function MessageBubble({ m, conversationId }: { m: InboxMessage; conversationId: string }) {
  const inbound = m.direction === 'inbound';
  const media = m.media;
  const sender = senderLabel(m);
  return (
    <div
      className={cn('flex flex-col', inbound ? 'items-start' : 'items-end')}
      data-message-id={m.id}
      data-direction={m.direction}
    >
      <div
        className={cn(
          'max-w-[75%] rounded-lg px-3 py-2 text-sm shadow-sm',
          inbound ? 'bg-card' : 'bg-emerald-100',
        )}
      >
        {media && media.status === 'stored' && media.kind === 'image' && (
          <img
            src={`/api/pesan/${conversationId}/media/${media.id}`}
            alt="Foto dari warga"
            className="mb-1 max-h-60 w-56 max-w-full rounded object-contain"
          />
        )}
        {media && media.status === 'stored' && media.kind !== 'image' && (
          <a href={`/api/pesan/${conversationId}/media/${media.id}`} className="block text-primary underline">
            Unduh {media.kind}
          </a>
        )}
        {media && media.status !== 'stored' && (
          <div className="text-xs italic text-muted-foreground">
            [{media.kind}: {media.status === 'failed' ? 'gagal diunduh' : 'sedang diunduh'}]
          </div>
        )}
        {m.text ? (
          <p className="whitespace-pre-wrap" data-testid="message-text">
            {m.text}
          </p>
        ) : (
          !media && <p className="italic">[{m.type}]</p>
        )}
        <div className="mt-0.5 text-right text-[10px] text-muted-foreground">
          {formatTime(m.sentAt)}
          {!inbound && m.status && ` · ${STATUS_MARK[m.status] ?? m.status}`}
        </div>
      </div>
      {sender && (
        <div className="mt-0.5 px-1 text-[10px] text-muted-foreground" data-testid="message-sender">
          {m.adminId ? (
            <UserRound className="mr-0.5 inline h-3 w-3" aria-hidden />
          ) : m.origin === 'notification' ? (
            <Bell className="mr-0.5 inline h-3 w-3" aria-hidden />
          ) : (
            <Bot className="mr-0.5 inline h-3 w-3" aria-hidden />
          )}
          {sender}
        </div>
      )}
    </div>
  );
}
