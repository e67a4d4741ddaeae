// /login: e-mail and password. A signed-in user goes straight to Beranda.
import { redirect } from 'next/navigation';
import { currentUser } from '../../server/http/current-user.ts';
import { LoginForm } from './login-form.tsx';

export const metadata = { title: 'Masuk' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect('/');
  const { next } = await searchParams;
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-emerald-50 to-slate-100 p-4">
      <div className="w-full max-w-sm rounded-xl border bg-card p-8 shadow-lg">
        <div className="mb-6 text-center">
          <div className="text-2xl font-bold text-primary">GovConnect</div>
          <p className="mt-1 text-sm text-muted-foreground">Dasbor layanan warga desa</p>
        </div>
        <LoginForm next={target} />
      </div>
    </main>
  );
}
