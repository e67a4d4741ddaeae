'use client';
// The village's days off besides weekends (case-service): SLA hours do not run on them. Listed by year.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Holiday } from '../../domain/village-settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input } from '../ui/input.tsx';

const longDay = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});
const dayLabel = (date: string) => longDay.format(new Date(`${date}T12:00:00+07:00`));

export function HolidaySettings({ year, holidays }: { year: number; holidays: Holiday[] }) {
  const router = useRouter();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(e: FormEvent) {
    e.preventDefault();
    const r = await callApi(`/api/pengaturan/libur/${date}`, jsonInit('PUT', { name }));
    if (!r.ok) return setError(r.error);
    setError(null);
    setDate('');
    setName('');
    if (Number(date.slice(0, 4)) === year) router.refresh();
    else router.push(`/pengaturan?bagian=libur&tahun=${date.slice(0, 4)}`);
  }

  async function remove(h: Holiday) {
    if (!window.confirm(`Hapus hari libur ${h.name} (${dayLabel(h.date)})?`)) return;
    const r = await callApi(`/api/pengaturan/libur/${h.date}`, { method: 'DELETE' });
    if (!r.ok) return setError(r.error);
    setError(null);
    router.refresh();
  }

  return (
    <div className="space-y-3" data-testid="holiday-settings">
      <nav className="flex items-center gap-3 text-sm" aria-label="Tahun">
        <Link href={`/pengaturan?bagian=libur&tahun=${year - 1}`}>← {year - 1}</Link>
        <span className="font-semibold">{year}</span>
        <Link href={`/pengaturan?bagian=libur&tahun=${year + 1}`}>{year + 1} →</Link>
      </nav>
      {holidays.length === 0 ? (
        <p className="text-sm text-muted-foreground">Belum ada hari libur di tahun {year}.</p>
      ) : (
        <ul className="divide-y rounded-md border">
          {holidays.map((h) => (
            <li key={h.date} className="flex flex-wrap items-center gap-3 p-2 text-sm" data-date={h.date}>
              <span className="w-64">{dayLabel(h.date)}</span>
              <span className="font-medium">{h.name}</span>
              <Button size="sm" variant="ghost" className="ml-auto" onClick={() => remove(h)}>
                Hapus
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="flex flex-wrap gap-2" aria-label="Tambah hari libur">
        <Input
          type="date"
          className="w-44"
          aria-label="Tanggal"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          required
        />
        <Input
          className="w-72"
          aria-label="Nama hari libur"
          placeholder="mis. Hari Jadi Desa"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <Button type="submit">Tambah</Button>
      </form>
      <p className="text-xs text-muted-foreground">
        Sabtu dan Minggu sudah tidak dihitung. Perubahan berlaku untuk pengaduan yang masuk sesudahnya.
      </p>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
