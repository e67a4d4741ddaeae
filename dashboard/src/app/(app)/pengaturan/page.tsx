// Pengaturan (village admin, superadmin): categories and SLA hours, notification templates, on-duty
// numbers, the village's users, its profile (name, WhatsApp phone_number_id) and holidays; for the
// superadmin, the list of villages and new ones.
import Link from 'next/link';
import { CategorySettings } from '../../../components/pengaturan/category-settings.tsx';
import { OnDutySettings } from '../../../components/pengaturan/on-duty-settings.tsx';
import { TemplateSettings } from '../../../components/pengaturan/template-settings.tsx';
import { UserSettings } from '../../../components/pengaturan/user-settings.tsx';
import { HolidaySettings } from '../../../components/pengaturan/holiday-settings.tsx';
import { VillageListSettings } from '../../../components/pengaturan/village-list-settings.tsx';
import { VillageProfileSettings } from '../../../components/pengaturan/village-profile-settings.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { hasPermission } from '../../../domain/access.ts';
import { holidayYear } from '../../../domain/village-settings.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { caseClient } from '../../../server/services/case-client.ts';
import { channelClient } from '../../../server/services/channel-client.ts';
import { notificationClient } from '../../../server/services/notification-client.ts';
import { listVillageUsers } from '../../../server/staff-users.ts';
import { villageProfile } from '../../../server/villages.ts';

export const metadata = { title: 'Pengaturan' };

const SECTIONS = {
  kategori: 'Kategori & SLA',
  notifikasi: 'Templat notifikasi',
  'petugas-jaga': 'Petugas jaga',
  pengguna: 'Pengguna',
  desa: 'Profil desa',
  libur: 'Hari libur',
  'daftar-desa': 'Daftar desa',
} as const;
/** Sections only the superadmin sees (villages:manage). */
const SUPERADMIN_ONLY: readonly Section[] = ['daftar-desa'];
type Section = keyof typeof SECTIONS;

async function SectionBody({
  section,
  villageId,
  selfId,
  year,
}: {
  section: Section;
  villageId: string;
  selfId: string;
  year: number;
}) {
  switch (section) {
    case 'kategori':
      return <CategorySettings categories={(await caseClient.categories(villageId)).categories} />;
    case 'notifikasi':
      return <TemplateSettings templates={(await notificationClient.templates(villageId)).items} />;
    case 'petugas-jaga':
      return <OnDutySettings staff={(await notificationClient.onDuty(villageId)).items} />;
    case 'pengguna': {
      const users = await listVillageUsers(villageId);
      return (
        <UserSettings
          selfId={selfId}
          users={users.map((u) => ({ ...u, lastLoginAt: u.lastLoginAt?.toISOString() ?? null }))}
        />
      );
    }
    case 'desa':
      return <VillageProfileSettings villageId={villageId} profile={await villageProfile(villageId)} />;
    case 'libur':
      return <HolidaySettings year={year} holidays={(await caseClient.holidays(villageId, year)).holidays} />;
    case 'daftar-desa':
      return <VillageListSettings villages={(await channelClient.villages()).villages} />;
  }
}

export default async function PengaturanPage({
  searchParams,
}: {
  searchParams: Promise<{ bagian?: string; tahun?: string }>;
}) {
  const { user, villageId } = await pageAccess('settings:manage');
  const { bagian: asked, tahun } = await searchParams;
  const visible = (Object.keys(SECTIONS) as Section[]).filter(
    (s) => !SUPERADMIN_ONLY.includes(s) || hasPermission(user.role, 'villages:manage'),
  );
  const section: Section = visible.find((s) => s === asked) ?? 'kategori';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Pengaturan</h1>
      <nav className="flex flex-wrap gap-1" aria-label="Bagian pengaturan">
        {visible.map((s) => (
          <Link
            key={s}
            href={`/pengaturan?bagian=${s}`}
            aria-current={s === section ? 'page' : undefined}
            className={cn(
              'rounded-md border px-3 py-1.5 text-sm',
              s === section ? 'bg-primary text-primary-foreground' : 'bg-card hover:bg-accent',
            )}
          >
            {SECTIONS[s]}
          </Link>
        ))}
      </nav>
      <Card>
        <CardHeader>
          <CardTitle>{SECTIONS[section]}</CardTitle>
        </CardHeader>
        <CardContent>
          <SectionBody
            section={section}
            villageId={villageId}
            selfId={user.userId}
            year={holidayYear(tahun)}
          />
        </CardContent>
      </Card>
    </div>
  );
}
