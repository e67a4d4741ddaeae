// Pengaturan (village admin, superadmin): categories and SLA hours, notification templates, on-duty
// numbers, the village's users, and the village profile (read-only: no service route edits it yet).
import Link from 'next/link';
import { CategorySettings } from '../../../components/pengaturan/category-settings.tsx';
import { OnDutySettings } from '../../../components/pengaturan/on-duty-settings.tsx';
import { TemplateSettings } from '../../../components/pengaturan/template-settings.tsx';
import { UserSettings } from '../../../components/pengaturan/user-settings.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { caseClient } from '../../../server/services/case-client.ts';
import { notificationClient } from '../../../server/services/notification-client.ts';
import { listVillageUsers } from '../../../server/staff-users.ts';

export const metadata = { title: 'Pengaturan' };

const SECTIONS = {
  kategori: 'Kategori & SLA',
  notifikasi: 'Templat notifikasi',
  'petugas-jaga': 'Petugas jaga',
  pengguna: 'Pengguna',
  desa: 'Profil desa',
} as const;
type Section = keyof typeof SECTIONS;

async function SectionBody({
  section,
  villageId,
  selfId,
}: {
  section: Section;
  villageId: string;
  selfId: string;
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
      return (
        <dl className="grid grid-cols-[12rem_1fr] gap-y-2 text-sm" data-testid="village-profile">
          <dt className="text-muted-foreground">Kode desa</dt>
          <dd className="font-mono">{villageId}</dd>
          <dt className="text-muted-foreground">Nama, nomor WhatsApp</dt>
          <dd>
            Belum dapat ditampilkan atau diubah di sini: data desa dan <code>phone_number_id</code>{' '}
            WhatsApp-nya disimpan layanan kanal (channel-service), yang belum menyediakan rute untuk
            membacanya.
          </dd>
        </dl>
      );
  }
}

export default async function PengaturanPage({
  searchParams,
}: {
  searchParams: Promise<{ bagian?: string }>;
}) {
  const { user, villageId } = await pageAccess('settings:manage');
  const asked = (await searchParams).bagian;
  const section: Section = asked && asked in SECTIONS ? (asked as Section) : 'kategori';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Pengaturan</h1>
      <nav className="flex flex-wrap gap-1" aria-label="Bagian pengaturan">
        {(Object.keys(SECTIONS) as Section[]).map((s) => (
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
          <SectionBody section={section} villageId={villageId} selfId={user.userId} />
        </CardContent>
      </Card>
    </div>
  );
}
