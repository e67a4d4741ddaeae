// Shown when the signed-in user may not open what they asked for.
import Link from 'next/link';

export const metadata = { title: 'Akses ditolak' };

export default async function Denied({ searchParams }: { searchParams: Promise<{ alasan?: string }> }) {
  const { alasan } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="max-w-md rounded-xl border bg-card p-8 text-center shadow">
        <h1 className="text-xl font-semibold text-destructive">Akses ditolak</h1>
        <p className="mt-2 text-sm text-muted-foreground" data-testid="denied-reason">
          {alasan ?? 'Anda tidak berhak membuka halaman ini.'}
        </p>
        <Link href="/" className="mt-4 inline-block text-sm text-primary underline">
          Kembali ke Beranda
        </Link>
      </div>
    </main>
  );
}
