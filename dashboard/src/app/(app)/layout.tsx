// The signed-in shell: navigation, who is signed in, and (for a superadmin) which village is shown.
import type { ReactNode } from 'react';
import { AppNav } from '../../components/shell/app-nav.tsx';
import { UserMenu } from '../../components/shell/user-menu.tsx';
import { VillageSwitcher } from '../../components/shell/village-switcher.tsx';
import { ROLE_LABELS } from '../../domain/access.ts';
import { db } from '../../server/db.ts';
import { pageAccess } from '../../server/http/current-user.ts';
import { simulatorEnabled } from '../../server/simulator.ts';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, villageId } = await pageAccess('cases:read');
  // Villages belong to channel-service, which has no list route yet: offer those the users name.
  const known =
    user.role === 'superadmin'
      ? (
          await db().user.findMany({
            where: { villageId: { not: null } },
            distinct: ['villageId'],
            select: { villageId: true },
          })
        )
          .map((u) => u.villageId!)
          .sort()
      : [];
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-56 shrink-0 flex-col border-r bg-card md:flex">
        <div className="px-5 py-4">
          <div className="text-lg font-bold text-primary">GovConnect</div>
          <div className="text-xs text-muted-foreground" data-testid="village">
            {villageId}
          </div>
        </div>
        <AppNav canSeeActivity={user.role !== 'officer'} showSimulator={simulatorEnabled()} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between border-b bg-card px-4">
          <div className="md:hidden">
            <AppNav compact canSeeActivity={user.role !== 'officer'} showSimulator={simulatorEnabled()} />
          </div>
          <div className="ml-auto flex items-center gap-4">
            {user.role === 'superadmin' && <VillageSwitcher current={villageId} known={known} />}
            <UserMenu name={user.name} role={ROLE_LABELS[user.role]} email={user.email} />
          </div>
        </header>
        <main className="flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
