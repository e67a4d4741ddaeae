// Akun saya: who is signed in, and the change of one's own password. Open to every role.
import { PasswordChangeForm } from '../../../components/akun/password-change-form.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.tsx';
import { ROLE_LABELS } from '../../../domain/access.ts';
import { pageAccess } from '../../../server/http/current-user.ts';

export const metadata = { title: 'Akun saya' };

export default async function AkunPage() {
  const { user } = await pageAccess('cases:read');
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Akun saya</h1>
      <Card>
        <CardHeader>
          <CardTitle>Data akun</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
            <dt className="text-muted-foreground">Nama</dt>
            <dd>{user.name}</dd>
            <dt className="text-muted-foreground">E-mail</dt>
            <dd>{user.email}</dd>
            <dt className="text-muted-foreground">Peran</dt>
            <dd>{ROLE_LABELS[user.role]}</dd>
            <dt className="text-muted-foreground">Desa</dt>
            <dd>{user.villageId ?? 'Semua desa'}</dd>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Ganti kata sandi</CardTitle>
        </CardHeader>
        <CardContent>
          <PasswordChangeForm />
        </CardContent>
      </Card>
    </div>
  );
}
