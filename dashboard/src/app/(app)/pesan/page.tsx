// Pesan Masuk: the live inbox. The first list is rendered here; the browser then follows the
// stream (/api/pesan/stream) and never polls.
import { Inbox } from '../../../components/pesan/inbox.tsx';
import { pageAccess } from '../../../server/http/current-user.ts';
import { channelClient } from '../../../server/services/channel-client.ts';
import { sortConversations } from '../../../domain/inbox-state.ts';

export const metadata = { title: 'Pesan Masuk' };

export default async function PesanPage({ searchParams }: { searchParams: Promise<{ c?: string }> }) {
  const { user, villageId } = await pageAccess('inbox:read');
  const { c } = await searchParams;
  const page = await channelClient.conversations(villageId, { limit: 200 });
  return (
    <Inbox
      initial={sortConversations(page.items)}
      selectedId={c && /^[0-9a-f-]{36}$/i.test(c) ? c : null}
      me={{ id: user.userId, name: user.name }}
    />
  );
}
