// Shown for a page or record that does not exist (or belongs to another village: the same answer).
import Link from 'next/link';

export const metadata = { title: 'Tidak ditemukan' };

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] items-center justify-center p-4">
      <div className="max-w-md rounded-xl border bg-card p-8 text-center shadow">
        <h1 className="text-xl font-semibold">Tidak ditemukan</h1>
        <p className="mt-2 text-sm text-muted-foreground" data-testid="not-found">
          Halaman atau data yang Anda cari tidak ada, atau bukan milik desa Anda.
        </p>
        <Link href="/" className="mt-4 inline-block text-sm text-primary underline">
          Kembali ke Beranda
        </Link>
      </div>
    </main>
  );
}
