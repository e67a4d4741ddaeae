'use client';
// When a page cannot be drawn (a service is down, say): say so in Indonesian and offer a retry.
import { Button } from '../../components/ui/button.tsx';

export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto mt-16 max-w-md rounded-xl border bg-card p-8 text-center shadow" role="alert">
      <h1 className="text-lg font-semibold">Halaman tidak dapat dimuat</h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Salah satu layanan GovConnect sedang tidak menjawab. Coba lagi sebentar lagi.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-muted-foreground">Kode: {error.digest}</p>}
      <Button className="mt-4" onClick={reset}>
        Coba lagi
      </Button>
    </div>
  );
}
